import type { Updateable } from 'kysely';
import type { CourseScope } from '../auth/course-scope.ts';
import { badRequest, notFound } from '../platform/errors.ts';
import type { JobAgreementsTable } from '../platform/schema-companies.ts';
import { type Expected, StaleVersion } from '../platform/versions.ts';
import { workContext } from './context.ts';
import { jobQueries } from './queries.ts';
import type { JobAgreementPatch, JobAgreementView, NewJobAgreement } from './schemas.ts';
import { viewJobAgreement } from './view.ts';

/** Hours of mentor support belong to mentor support: without it they would be paid for nothing. */
function checkCompensation(mentorSupport: boolean, hours: number | null) {
  if (!mentorSupport && hours !== null)
    throw badRequest(
      'body.compensation.mentorSupportHours: only with mentor support',
      'body.compensation.mentorSupportHours',
    );
}

/** The course's job agreements, newest first (a company: only its own). */
export async function listJobAgreements(scope: CourseScope) {
  const q = scope.queries(jobQueries);
  const places = await workContext(q);
  const rows = await q.listAgreements();
  const { jobAgreements } = scope.present('jobAgreementList', {
    jobAgreements: rows.map((r) => viewJobAgreement(r, places)),
  });
  await scope.audit('job.read', {
    objectType: 'course',
    objectId: scope.grant.courseId,
    detail: { count: jobAgreements.length },
  });
  return { jobAgreements };
}

export async function createJobAgreement(
  scope: CourseScope,
  input: NewJobAgreement,
): Promise<JobAgreementView> {
  const q = scope.queries(jobQueries);
  const places = await workContext(q);
  places.checkCompany(input.companyId, 'body.companyId');
  const mentorSupport = input.compensation?.mentorSupport ?? false;
  const mentorSupportHours = input.compensation?.mentorSupportHours ?? null;
  checkCompensation(mentorSupport, mentorSupportHours);
  const row = await q.insertAgreement({
    type: input.type,
    company_id: input.companyId,
    work_functions: input.workFunctions,
    hours_per_week: input.hoursPerWeek,
    efficiency_percent: input.efficiencyPercent ?? null,
    support: input.support,
    mentor_support: mentorSupport,
    mentor_support_hours: mentorSupportHours,
    personal_assistance: input.compensation?.personalAssistance ?? false,
    compensation_note: input.compensation?.note ?? '',
    starts_on: input.startsOn ?? null,
    granted_on: input.grantedOn ?? null,
    created_by: scope.actor.userId,
  });
  await scope.audit('job.create', {
    objectType: 'jobAgreement',
    objectId: row.id,
    detail: { version: row.version, type: row.type, granted: row.granted_on !== null },
  });
  return viewJobAgreement(row, places);
}

/** A change, also the job centre's grant (`grantedOn`); the version guards against lost updates. */
export async function changeJobAgreement(
  scope: CourseScope,
  agreementId: string,
  patch: JobAgreementPatch,
  expected: Expected,
): Promise<JobAgreementView> {
  const q = scope.queries(jobQueries);
  const places = await workContext(q);
  const current = await q.findAgreement(agreementId);
  if (!current) throw notFound('job agreement');
  if (patch.companyId !== undefined && patch.companyId !== current.company_id)
    places.checkCompany(patch.companyId, 'body.companyId');
  const c = patch.compensation ?? {};
  const mentorSupport = c.mentorSupport ?? current.mentor_support;
  const hours =
    c.mentorSupportHours !== undefined
      ? c.mentorSupportHours
      : c.mentorSupport === false
        ? null
        : current.mentor_support_hours === null
          ? null
          : Number(current.mentor_support_hours);
  checkCompensation(mentorSupport, hours);
  const changes: Updateable<JobAgreementsTable> = {};
  if (patch.type !== undefined) changes.type = patch.type;
  if (patch.companyId !== undefined) changes.company_id = patch.companyId;
  if (patch.workFunctions !== undefined) changes.work_functions = patch.workFunctions;
  if (patch.hoursPerWeek !== undefined) changes.hours_per_week = patch.hoursPerWeek;
  if (patch.efficiencyPercent !== undefined) changes.efficiency_percent = patch.efficiencyPercent;
  if (patch.support !== undefined) changes.support = patch.support;
  if (c.mentorSupport !== undefined) changes.mentor_support = c.mentorSupport;
  if (c.mentorSupportHours !== undefined || c.mentorSupport === false) changes.mentor_support_hours = hours;
  if (c.personalAssistance !== undefined) changes.personal_assistance = c.personalAssistance;
  if (c.note !== undefined) changes.compensation_note = c.note;
  if (patch.startsOn !== undefined) changes.starts_on = patch.startsOn;
  if (patch.grantedOn !== undefined) changes.granted_on = patch.grantedOn;
  const row = await q.updateAgreement(agreementId, changes, expected);
  if (!row) {
    // Someone changed it after this writer opened it: refuse, and show them what it is now.
    const now = await q.findAgreement(agreementId);
    if (!now) throw notFound('job agreement');
    const view = viewJobAgreement(now, places);
    throw new StaleVersion(
      now.version,
      scope.present('jobAgreementSaved', { jobAgreement: view }).jobAgreement,
    );
  }
  await scope.audit('job.update', {
    objectType: 'jobAgreement',
    objectId: agreementId,
    detail: { version: row.version, fields: Object.keys(changes) },
  });
  return viewJobAgreement(row, places);
}
