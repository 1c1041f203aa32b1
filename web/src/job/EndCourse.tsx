import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { can, courseQuery } from '../courses/api.ts';
import { StatusChangeForm } from '../courses/StatusChangeForm.tsx';
import { jobAgreementsQuery } from './api.ts';

/**
 * "Afslut forløbet" from the job: the course's own status form, opened for an end. The job
 * agreement's type is suggested in words only; the coordinator chooses the outcome.
 */
export function EndCourse({ courseId }: { courseId: string }) {
  const { t } = useTranslation();
  const course = useQuery(courseQuery(courseId));
  const agreements = useQuery(jobAgreementsQuery(courseId));
  const data = course.data;
  if (!data?.course.status || !can(data, 'course.status.write')) return null;
  if (data.course.status === 'ended') {
    return (
      <section aria-labelledby="end-heading" className="mt-7">
        <h3 id="end-heading">{t('job.end.title')}</h3>
        <p>
          {data.course.outcome
            ? t('job.end.endedWith', { outcome: t(`outcome.${data.course.outcome.type}`) })
            : t('job.end.ended')}
        </p>
      </section>
    );
  }
  const latest = agreements.data?.jobAgreements[0];
  return (
    <section aria-labelledby="end-heading" className="mt-7">
      <h3 id="end-heading">{t('job.end.title')}</h3>
      <p className="app-intro">{t('job.end.intro')}</p>
      <StatusChangeForm
        courseId={courseId}
        current={data.course.status}
        version={data.course.version ?? 0}
        openLabel={t('job.end.open')}
        proposedStatus="ended"
        outcomeHint={latest ? t('job.end.suggestion', { type: t(`jobType.${latest.type}`) }) : undefined}
      />
    </section>
  );
}
