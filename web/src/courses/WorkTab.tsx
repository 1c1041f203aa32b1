import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useDocumentTitle } from '../app/title.ts';
import { InternshipsSection } from '../internships/InternshipsSection.tsx';
import { JobSection } from '../job/JobSection.tsx';
import { MatchingSection } from '../matching/MatchingSection.tsx';
import { can, courseQuery, fullName } from './api.ts';

/**
 * "Praktik og job" (DOMAIN.md "Company collaboration"): suggested companies, internships, the work
 * trial, work efficiency and the job agreement. Each section shows only what the reader may read.
 */
export function WorkTab({ courseId }: { courseId: string }) {
  const { t } = useTranslation();
  const course = useQuery(courseQuery(courseId));
  const data = course.data;
  useDocumentTitle(t('course.tabs.work'), data ? fullName(data) : null);
  return (
    <>
      <h2 data-tab-heading tabIndex={-1}>
        {t('course.tabs.work')}
      </h2>
      {data && can(data, 'internships.read') ? <InternshipsSection courseId={courseId} /> : null}
      {data && can(data, 'workAssessment.read') ? <JobSection courseId={courseId} /> : null}
      {data && can(data, 'matching.read') ? <MatchingSection courseId={courseId} /> : null}
    </>
  );
}
