import type { CourseScope } from '../auth/course-scope.ts';
import { notFound } from '../platform/errors.ts';
import { workContext } from './context.ts';
import { jobQueries } from './queries.ts';
import type { WorkOptions } from './schemas.ts';

/**
 * What the forms choose from: the course institution's places and the course's internships. Only
 * for those who write a work trial, an assessment or a job agreement: the institution's network is
 * not for the young person or a company to browse.
 */
export async function workOptions(scope: CourseScope): Promise<WorkOptions> {
  const { permissions } = scope.grant;
  if (!permissions.has('workAssessment.write') && !permissions.has('job.write')) throw notFound('course');
  const q = scope.queries(jobQueries);
  const places = await workContext(q);
  const internships = await q.internships();
  return {
    workplaces: places.workplaces.filter((w) => w.active).map((w) => ({ id: w.id, name: w.name })),
    companies: places.companies,
    internships: internships.map((i) => ({
      id: i.id,
      companyId: i.company_id,
      startsOn: i.starts_on,
      endsOn: i.ends_on,
    })),
  };
}
