import type { Updateable } from 'kysely';
import type { CourseScope } from '../auth/course-scope.ts';
import { badRequest, notFound } from '../platform/errors.ts';
import type { WorkTrialsTable } from '../platform/schema-companies.ts';
import { type Expected, StaleVersion } from '../platform/versions.ts';
import { checkAuthors, checkPeriod, namesOf, type WorkContext, workContext } from './context.ts';
import { jobQueries, type WorkTrialRow } from './queries.ts';
import type { NewWorkTrial, WorkTrialPatch, WorkTrialView } from './schemas.ts';
import { viewWorkTrial } from './view.ts';

/** Exactly one place: a workplace of the institution or a company of its network. */
function checkPlace(places: WorkContext, workplaceId: string | null, companyId: string | null) {
  if (workplaceId && companyId)
    throw badRequest('body.companyId: give a workplace or a company, not both', 'body.companyId');
  if (workplaceId) places.checkWorkplace(workplaceId, 'body.workplaceId');
  else if (companyId) places.checkCompany(companyId, 'body.companyId');
  else
    throw badRequest(
      'body.workplaceId: give the workplace or the company it was tried at',
      'body.workplaceId',
    );
}

async function present(scope: CourseScope, rows: WorkTrialRow[], places: WorkContext) {
  const q = scope.queries(jobQueries);
  const nameOf = await namesOf(
    q,
    rows.flatMap((r) => r.authors),
  );
  return rows.map((r) => viewWorkTrial(r, places, nameOf));
}

/** The work trials the reader may read (a company: those at its own place, with consent). */
export async function listWorkTrials(scope: CourseScope) {
  const q = scope.queries(jobQueries);
  const places = await workContext(q);
  const all = await present(scope, await q.listTrials(), places);
  const { workTrials } = scope.present('workTrialList', { workTrials: all });
  await scope.audit('workAssessment.read', {
    objectType: 'course',
    objectId: scope.grant.courseId,
    detail: { what: 'workTrials', count: workTrials.length },
  });
  return { workTrials };
}

export async function createWorkTrial(scope: CourseScope, input: NewWorkTrial): Promise<WorkTrialView> {
  const q = scope.queries(jobQueries);
  const places = await workContext(q);
  checkPlace(places, input.workplaceId ?? null, input.companyId ?? null);
  checkPeriod(input.fromDate, input.toDate, 'body.toDate');
  // The writer is an author unless they name the authors themselves.
  const authors = input.authors ?? [scope.actor.userId];
  await checkAuthors(q, authors, 'body.authors');
  const row = await q.insertTrial({
    from_date: input.fromDate,
    to_date: input.toDate ?? null,
    workplace_id: input.workplaceId ?? null,
    company_id: input.companyId ?? null,
    work_functions: input.workFunctions,
    what_worked: input.whatWorked,
    pace_and_stamina: input.paceAndStamina,
    support_at_work: input.supportAtWork,
    support_in_daily_life: input.supportInDailyLife,
    authors,
    created_by: scope.actor.userId,
  });
  await scope.audit('workTrials.create', {
    objectType: 'workTrial',
    objectId: row.id,
    detail: { version: row.version },
  });
  return (await present(scope, [row], places))[0] as WorkTrialView;
}

export async function changeWorkTrial(
  scope: CourseScope,
  trialId: string,
  patch: WorkTrialPatch,
  expected: Expected,
): Promise<WorkTrialView> {
  const q = scope.queries(jobQueries);
  const places = await workContext(q);
  const current = await q.findTrial(trialId);
  if (!current) throw notFound('work trial');
  // Naming one place replaces the other: a trial moved from a workplace to a company.
  const workplaceId =
    patch.workplaceId !== undefined ? patch.workplaceId : patch.companyId ? null : current.workplace_id;
  const companyId =
    patch.companyId !== undefined ? patch.companyId : patch.workplaceId ? null : current.company_id;
  if (workplaceId !== current.workplace_id || companyId !== current.company_id)
    checkPlace(places, workplaceId, companyId);
  checkPeriod(
    patch.fromDate ?? current.from_date,
    patch.toDate === undefined ? current.to_date : patch.toDate,
    patch.toDate === undefined ? 'body.fromDate' : 'body.toDate',
  );
  if (patch.authors !== undefined) await checkAuthors(q, patch.authors, 'body.authors');
  const changes: Updateable<WorkTrialsTable> = {};
  if (patch.fromDate !== undefined) changes.from_date = patch.fromDate;
  if (patch.toDate !== undefined) changes.to_date = patch.toDate;
  if (workplaceId !== current.workplace_id) changes.workplace_id = workplaceId;
  if (companyId !== current.company_id) changes.company_id = companyId;
  if (patch.workFunctions !== undefined) changes.work_functions = patch.workFunctions;
  if (patch.whatWorked !== undefined) changes.what_worked = patch.whatWorked;
  if (patch.paceAndStamina !== undefined) changes.pace_and_stamina = patch.paceAndStamina;
  if (patch.supportAtWork !== undefined) changes.support_at_work = patch.supportAtWork;
  if (patch.supportInDailyLife !== undefined) changes.support_in_daily_life = patch.supportInDailyLife;
  if (patch.authors !== undefined) changes.authors = patch.authors;
  const row = await q.updateTrial(trialId, changes, expected);
  if (!row) {
    // Someone changed it after this writer opened it: refuse, and show them what it is now.
    const now = await q.findTrial(trialId);
    if (!now) throw notFound('work trial');
    const [view] = await present(scope, [now], places);
    throw new StaleVersion(now.version, scope.present('workTrialSaved', { workTrial: view }).workTrial);
  }
  await scope.audit('workTrials.update', {
    objectType: 'workTrial',
    objectId: trialId,
    detail: { version: row.version, fields: Object.keys(changes) },
  });
  return (await present(scope, [row], places))[0] as WorkTrialView;
}
