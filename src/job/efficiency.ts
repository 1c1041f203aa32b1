import type { CourseScope } from '../auth/course-scope.ts';
import { badRequest } from '../platform/errors.ts';
import { namesOf, workContext } from './context.ts';
import { jobQueries } from './queries.ts';
import type { NewWorkEfficiency, WorkEfficiencyView } from './schemas.ts';
import { viewWorkEfficiency } from './view.ts';

/** Every assessment, oldest first: how the work efficiency developed. */
export async function listWorkEfficiency(scope: CourseScope) {
  const q = scope.queries(jobQueries);
  const places = await workContext(q);
  const rows = await q.listEfficiency();
  const nameOf = await namesOf(
    q,
    rows.flatMap((r) => (r.assessed_by ? [r.assessed_by] : [])),
  );
  const { assessments } = scope.present('workEfficiencyList', {
    assessments: rows.map((r) => viewWorkEfficiency(r, places, nameOf)),
  });
  await scope.audit('workAssessment.read', {
    objectType: 'course',
    objectId: scope.grant.courseId,
    detail: { what: 'workEfficiency', count: assessments.length },
  });
  return { assessments };
}

/** An assessment is a dated fact: it is recorded, not changed (a new one shows the development). */
export async function createWorkEfficiency(
  scope: CourseScope,
  input: NewWorkEfficiency,
): Promise<WorkEfficiencyView> {
  const q = scope.queries(jobQueries);
  const places = await workContext(q);
  places.checkCompany(input.companyId, 'body.companyId');
  if (input.internshipId) {
    const internship = await q.internship(input.internshipId);
    if (!internship)
      throw badRequest('body.internshipId: not an internship of this course', 'body.internshipId');
    if (internship.company_id !== input.companyId)
      throw badRequest('body.internshipId: the internship is with another company', 'body.internshipId');
  }
  const row = await q.insertEfficiency({
    assessed_on: input.assessedOn,
    percent: input.percent,
    hours_per_week: input.hoursPerWeek,
    company_id: input.companyId,
    internship_id: input.internshipId ?? null,
    company_assessor: input.companyAssessor,
    note: input.note,
    assessed_by: scope.actor.userId,
  });
  await scope.audit('workEfficiency.create', {
    objectType: 'workEfficiencyAssessment',
    objectId: row.id,
    detail: { percent: row.percent },
  });
  return viewWorkEfficiency(row, places, await namesOf(q, [scope.actor.userId]));
}
