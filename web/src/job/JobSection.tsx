import { useQuery } from '@tanstack/react-query';
import { can, courseQuery } from '../courses/api.ts';
import { EndCourse } from './EndCourse.tsx';
import { JobAgreementPart } from './JobAgreementPart.tsx';
import { WorkEfficiencyPart } from './WorkEfficiencyPart.tsx';
import { WorkTrials } from './WorkTrials.tsx';
import './job.css';

/** Work trials, work efficiency and the job agreement on the tab "Praktik og job", and the course's end. */
export function JobSection({ courseId }: { courseId: string }) {
  const course = useQuery(courseQuery(courseId));
  const data = course.data;
  if (!data) return null;
  const writesAssessment = can(data, 'workAssessment.write');
  return (
    <>
      {can(data, 'workAssessment.read') ? (
        <>
          <WorkTrials courseId={courseId} canWrite={writesAssessment} />
          <WorkEfficiencyPart courseId={courseId} canWrite={writesAssessment} />
        </>
      ) : null}
      {can(data, 'job.read') ? (
        <JobAgreementPart courseId={courseId} canWrite={can(data, 'job.write')} />
      ) : null}
      {can(data, 'job.read') ? <EndCourse courseId={courseId} /> : null}
    </>
  );
}
