import type { Updateable } from 'kysely';
import type { CourseScope } from '../auth/course-scope.ts';
import { today } from '../platform/dates.ts';
import { badRequest, notFound } from '../platform/errors.ts';
import type { InternshipsTable } from '../platform/schema-companies.ts';
import { type Expected, StaleVersion } from '../platform/versions.ts';
import { recordCompanyChoice } from './consent.ts';
import { type InternshipRow, internshipQueries } from './queries.ts';
import type { InternshipPatch, InternshipView, NewInternship } from './schemas.ts';
import { viewInternship, viewInternships } from './view.ts';

type Agreement = Omit<NewInternship, 'companyId'>;

/** A company reads only its own internships on the course; everyone else on the team reads them all. */
const mayRead = (scope: CourseScope, row: InternshipRow) =>
  scope.grant.side !== 'company' || row.company_id === scope.grant.organisationId;

export async function findInternship(scope: CourseScope, id: string): Promise<InternshipRow> {
  const row = await scope.queries(internshipQueries).find(id);
  if (!row || !mayRead(scope, row)) throw notFound('internship');
  return row;
}

export async function listInternships(scope: CourseScope) {
  const rows = (await scope.queries(internshipQueries).list()).filter((r) => mayRead(scope, r));
  const internships = await viewInternships(scope, rows);
  await scope.audit('internships.read', {
    objectType: 'course',
    objectId: scope.grant.courseId,
    detail: { count: internships.length },
  });
  return { internships };
}

/** The agreement with its follow-ups, the hand-over so far and the mentor's observations. */
export async function readInternship(scope: CourseScope, id: string) {
  const row = await findInternship(scope, id);
  const q = scope.queries(internshipQueries);
  const [internship, followUps, handovers, observations] = await Promise.all([
    viewInternship(scope, row),
    q.followUps(id),
    q.handovers(id),
    q.observations([id]),
  ]);
  await scope.audit('internships.read', { objectType: 'internship', objectId: id });
  return {
    internship,
    followUps: followUps.map((f) => ({
      id: f.id,
      heldOn: f.held_on,
      note: f.note,
      nextOn: f.next_on,
      recordedBy: f.display_name ?? '',
    })),
    handovers: handovers.map((h) => ({
      id: Number(h.id),
      dailyContact: h.daily_contact,
      effectiveOn: h.effective_on,
      note: h.note,
      recordedBy: h.display_name ?? '',
    })),
    observations: observations.map((o) => viewObservation(o, scope.actor.userId)),
  };
}

export const viewObservation = (
  o: {
    id: string;
    observed_on: string;
    text: string;
    written_by: string | null;
    display_name: string | null;
  },
  me: string,
) => ({
  id: o.id,
  observedOn: o.observed_on,
  text: o.text,
  author: o.display_name ?? '',
  mine: o.written_by === me,
});

/** The references an agreement makes, checked against the course and its network: each names its field. */
async function checkReferences(scope: CourseScope, companyId: string, input: Partial<Agreement>) {
  const q = scope.queries(internshipQueries);
  if (input.openingId) {
    const opening = await q.opening(input.openingId);
    if (opening?.company_id !== companyId)
      throw badRequest('body.openingId: not an opening of this company', 'body.openingId');
  }
  let mentorUserId: string | null | undefined;
  if (input.mentorContactId) {
    const contact = await q.contact(input.mentorContactId);
    if (!contact || contact.company_id !== companyId || contact.removed_at)
      throw badRequest('body.mentorContactId: not a contact of this company', 'body.mentorContactId');
    mentorUserId = contact.user_id;
  } else if (input.mentorContactId === null) mentorUserId = null;
  if (input.goalIds?.length) {
    const own = new Set((await q.goals()).map((g) => g.id));
    const foreign = input.goalIds.findIndex((id) => !own.has(id));
    if (foreign >= 0)
      throw badRequest(`body.goalIds[${foreign}]: not a goal of this course`, `body.goalIds[${foreign}]`);
  }
  return { mentorUserId };
}

function checkPeriod(startsOn: string, endsOn: string | null | undefined, field: string) {
  if (endsOn && endsOn < startsOn) throw badRequest(`${field}: must not be before startsOn`, field);
}

function columnsOf(input: Partial<Agreement>): Updateable<InternshipsTable> {
  const c: Updateable<InternshipsTable> = {};
  if (input.openingId !== undefined) c.opening_id = input.openingId;
  if (input.mentorContactId !== undefined) c.mentor_contact_id = input.mentorContactId;
  if (input.startsOn !== undefined) c.starts_on = input.startsOn;
  if (input.endsOn !== undefined) c.ends_on = input.endsOn;
  if (input.purpose !== undefined) c.purpose = input.purpose;
  if (input.workFunctions !== undefined) c.work_functions = [...new Set(input.workFunctions)];
  if (input.workTasks !== undefined) c.work_tasks = input.workTasks;
  if (input.colleagues !== undefined) c.colleagues = input.colleagues;
  if (input.place !== undefined) c.place = input.place;
  if (input.hoursPerWeek !== undefined) c.hours_per_week = input.hoursPerWeek;
  if (input.schedule !== undefined)
    c.schedule = JSON.stringify(
      [...input.schedule].sort((a, b) => a.weekday - b.weekday || a.from.localeCompare(b.from)),
    );
  if (input.supportNeed !== undefined) c.support_need = input.supportNeed;
  if (input.goalIds !== undefined) c.goal_ids = [...new Set(input.goalIds)];
  if (input.followUpPlan !== undefined) c.follow_up_plan = input.followUpPlan;
  return c;
}

/**
 * A new agreement: the company must be in the course's institution network; its mentor, when they
 * have a sign-in, joins the course team for the company; the young person's choice of what the
 * company may read is recorded as their consent. One transaction: all of it, or none.
 */
export async function createInternship(scope: CourseScope, input: NewInternship): Promise<InternshipView> {
  const q = scope.queries(internshipQueries);
  if (!(await q.networkCompany(input.companyId)))
    throw badRequest("body.companyId: not a company in the institution's network", 'body.companyId');
  checkPeriod(input.startsOn, input.endsOn, 'body.endsOn');
  const { mentorUserId } = await checkReferences(scope, input.companyId, input);
  const row = await q.insert({
    ...(columnsOf(input) as { starts_on: string; purpose: string }),
    company_id: input.companyId,
    mentor_user_id: mentorUserId ?? null,
    created_by: scope.actor.userId,
  });
  if (mentorUserId) await q.addMentorToTeam(mentorUserId, input.companyId);
  if (input.companyMayRead) await recordCompanyChoice(scope, input.companyId, input.companyMayRead);
  await scope.audit('internships.create', {
    objectType: 'internship',
    objectId: row.id,
    detail: { companyId: input.companyId, mentorOnTeam: Boolean(mentorUserId) },
  });
  return viewInternship(scope, row);
}

async function stale(scope: CourseScope, id: string): Promise<never> {
  const now = await scope.queries(internshipQueries).find(id);
  if (!now) throw notFound('internship');
  const current = scope.present('internshipSaved', { internship: await viewInternship(scope, now) });
  throw new StaleVersion(now.version, current.internship);
}

export async function changeInternship(
  scope: CourseScope,
  id: string,
  patch: InternshipPatch,
  expected: Expected,
): Promise<InternshipView> {
  const current = await findInternship(scope, id);
  checkPeriod(
    patch.startsOn ?? current.starts_on,
    patch.endsOn === undefined ? current.ends_on : patch.endsOn,
    patch.endsOn === undefined ? 'body.startsOn' : 'body.endsOn',
  );
  const { mentorUserId } = await checkReferences(scope, current.company_id, patch);
  const { companyMayRead, ...agreement } = patch;
  const changes = columnsOf(agreement);
  if (mentorUserId !== undefined) changes.mentor_user_id = mentorUserId;
  const q = scope.queries(internshipQueries);
  // Only the consent changes: the agreement keeps its version, but a stale form is still refused.
  const row =
    Object.keys(changes).length > 0
      ? await q.update(id, changes, expected)
      : expected === 'any' || expected === current.version
        ? current
        : undefined;
  if (!row) return stale(scope, id);
  if (mentorUserId) await q.addMentorToTeam(mentorUserId, row.company_id);
  if (companyMayRead) await recordCompanyChoice(scope, row.company_id, companyMayRead);
  await scope.audit('internships.update', {
    objectType: 'internship',
    objectId: id,
    detail: { version: row.version, fields: Object.keys(patch) },
  });
  return viewInternship(scope, row);
}

/** Ending keeps everything: the date and the reason are set, nothing is deleted. */
export async function endInternship(
  scope: CourseScope,
  id: string,
  input: { endsOn: string; reason: string },
  expected: Expected,
): Promise<InternshipView> {
  const current = await findInternship(scope, id);
  checkPeriod(current.starts_on, input.endsOn, 'body.endsOn');
  const row = await scope
    .queries(internshipQueries)
    .update(id, { ends_on: input.endsOn, end_reason: input.reason }, expected);
  if (!row) return stale(scope, id);
  await scope.audit('internships.end', {
    objectType: 'internship',
    objectId: id,
    detail: { endsOn: input.endsOn },
  });
  return viewInternship(scope, row);
}

export async function addFollowUp(
  scope: CourseScope,
  id: string,
  input: { heldOn: string; note: string; nextOn?: string | null },
) {
  await findInternship(scope, id);
  if (input.nextOn && input.nextOn < input.heldOn)
    throw badRequest('body.nextOn: must not be before heldOn', 'body.nextOn');
  const { id: followUpId } = await scope.queries(internshipQueries).insertFollowUp(id, {
    heldOn: input.heldOn,
    note: input.note,
    nextOn: input.nextOn ?? null,
    by: scope.actor.userId,
  });
  await scope.audit('internships.followUp', { objectType: 'internship', objectId: id });
  return {
    followUp: {
      id: followUpId,
      heldOn: input.heldOn,
      note: input.note,
      nextOn: input.nextOn ?? null,
      recordedBy: scope.actor.displayName,
    },
  };
}

/** One dated step of the hand-over of daily contact; the step becomes the agreement's current holder. */
export async function handOver(
  scope: CourseScope,
  id: string,
  input: { dailyContact: InternshipRow['daily_contact']; effectiveOn: string; note?: string },
) {
  const current = await findInternship(scope, id);
  if (input.effectiveOn < current.starts_on)
    throw badRequest('body.effectiveOn: must not be before the internship starts', 'body.effectiveOn');
  const q = scope.queries(internshipQueries);
  const { id: handoverId } = await q.insertHandover(id, {
    dailyContact: input.dailyContact,
    effectiveOn: input.effectiveOn,
    note: input.note ?? '',
    by: scope.actor.userId,
  });
  const row = (await q.update(id, { daily_contact: input.dailyContact }, 'any')) ?? current;
  await scope.audit('internships.handover', {
    objectType: 'internship',
    objectId: id,
    detail: { dailyContact: input.dailyContact, effectiveOn: input.effectiveOn },
  });
  return {
    handover: {
      id: Number(handoverId),
      dailyContact: input.dailyContact,
      effectiveOn: input.effectiveOn,
      note: input.note ?? '',
      recordedBy: scope.actor.displayName,
    },
    internship: await viewInternship(scope, row),
  };
}

/** The mentor's short observation of the day (a company mentor on their own company's internship only). */
export async function observe(scope: CourseScope, id: string, input: { text: string; observedOn?: string }) {
  await findInternship(scope, id);
  // One writes only what one may read: observations are part of the agreement (class internship).
  if (!scope.grant.classes.has('internship')) throw notFound('internship');
  const observedOn = input.observedOn ?? today();
  if (observedOn > today()) throw badRequest('body.observedOn: not in the future', 'body.observedOn');
  const { id: observationId } = await scope
    .queries(internshipQueries)
    .insertObservation(id, { observedOn, text: input.text, by: scope.actor.userId });
  await scope.audit('internships.observe', { objectType: 'internship', objectId: id });
  return {
    observation: {
      id: observationId,
      observedOn,
      text: input.text,
      author: scope.actor.displayName,
      mine: true,
    },
  };
}

/** The agreement as this reader may read it, for the PDF (a company's leaves out what its consent does not name). */
export async function internshipPdfDocument(scope: CourseScope, id: string): Promise<InternshipView> {
  const row = await findInternship(scope, id);
  const view = scope.present('internship', await viewInternship(scope, row));
  await scope.audit('internships.pdf', { objectType: 'internship', objectId: id });
  return view;
}

/** The network's companies with their contacts and open places, for the form (no one's personal data). */
export async function internshipChoices(scope: CourseScope) {
  const q = scope.queries(internshipQueries);
  const companies = await q.networkCompanies();
  const ids = companies.map((c) => c.id);
  const [contacts, openings] = await Promise.all([q.contactsOf(ids), q.openingsOf(ids)]);
  return {
    companies: companies.map((c) => ({
      id: c.id,
      name: c.name,
      contacts: contacts
        .filter((k) => k.company_id === c.id)
        .map((k) => ({ id: k.id, name: k.name, isMentor: k.is_mentor, hasSignIn: k.user_id !== null })),
      openings: openings.filter((o) => o.company_id === c.id).map((o) => ({ id: o.id, title: o.title })),
    })),
  };
}
