import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useDocumentTitle } from '../app/title.ts';
import { can, courseQuery, fullName } from '../courses/api.ts';
import { EffortsSection } from '../efforts/EffortsSection.tsx';
import { NetworkSection } from './NetworkSection.tsx';
import './network.css';

/** "Netværk": the young person's network as a map and a list, and the parallel efforts beside the course. */
export function NetworkTab({ courseId }: { courseId: string }) {
  const { t } = useTranslation();
  const course = useQuery(courseQuery(courseId));
  const data = course.data;
  useDocumentTitle(t('course.tabs.network'), data ? fullName(data) : null);
  // A reader whose access rests on consent sees a section only when the consent shares it.
  const shares = (category: 'network' | 'efforts') => data?.myConsentCategories?.includes(category) ?? true;
  return (
    <>
      <h2 data-tab-heading tabIndex={-1}>
        {t('course.tabs.network')}
      </h2>
      {data && can(data, 'network.read') && shares('network') ? (
        <NetworkSection
          courseId={courseId}
          centreName={data.participant.givenName}
          canWrite={can(data, 'network.write')}
        />
      ) : null}
      {data && can(data, 'efforts.read') && shares('efforts') ? (
        <EffortsSection courseId={courseId} canWrite={can(data, 'efforts.write')} />
      ) : null}
    </>
  );
}
