import type { Updateable } from 'kysely';
import { present } from '../auth/present.ts';
import type { Scope } from '../auth/scope.ts';
import { badRequest, notFound } from '../platform/errors.ts';
import type { CompanyContactsTable, CompanyOpeningsTable } from '../platform/schema-companies.ts';
import { type Expected, StaleVersion } from '../platform/versions.ts';
import { networkReader } from './access.ts';
import { auditNetwork } from './network.ts';
import { companyQueries } from './queries.ts';
import type { ContactPatch, NewAssessment, NewContact, NewOpening, OpeningPatch } from './schemas.ts';
import { companyFor } from './service.ts';
import { viewAssessment, viewContact, viewOpening } from './view.ts';

/** A contact's sign-in must be one of this company's mentors. */
async function checkMentorUser(scope: Scope, companyId: string, userId: string | null | undefined) {
  if (!userId) return;
  const mentors = await companyQueries(scope.tx).mentorUsers(companyId);
  if (!mentors.some((m) => m.id === userId))
    throw badRequest("body.userId: not a company mentor's sign-in at this company", 'body.userId');
}

export async function addContact(scope: Scope, companyId: string, input: NewContact) {
  await companyFor(scope, companyId, true);
  await checkMentorUser(scope, companyId, input.userId);
  const row = await companyQueries(scope.tx).insertContact({
    company_id: companyId,
    name: input.name,
    title: input.title ?? '',
    phone: input.phone ?? '',
    email: input.email ?? '',
    is_mentor: input.isMentor ?? false,
    user_id: input.userId ?? null,
  });
  await auditNetwork(scope, 'companies.update', 'companyContact', row.id, { companyId, change: 'add' });
  return viewContact(row);
}

/** A change of a contact, or its removal (`remove`): removed contacts are kept, marked removed. */
export async function changeContact(
  scope: Scope,
  companyId: string,
  contactId: string,
  patch: ContactPatch | 'remove',
) {
  await companyFor(scope, companyId, true);
  const q = companyQueries(scope.tx);
  const current = await q.findContact(companyId, contactId);
  if (!current) throw notFound('contact');
  const changes: Updateable<CompanyContactsTable> = {};
  if (patch === 'remove') {
    if (current.removed_at) return viewContact(current);
    changes.removed_at = new Date();
  } else {
    await checkMentorUser(scope, companyId, patch.userId);
    if (patch.name !== undefined) changes.name = patch.name;
    if (patch.title !== undefined) changes.title = patch.title;
    if (patch.phone !== undefined) changes.phone = patch.phone;
    if (patch.email !== undefined) changes.email = patch.email;
    if (patch.isMentor !== undefined) changes.is_mentor = patch.isMentor;
    if (patch.userId !== undefined) changes.user_id = patch.userId;
  }
  const row = await q.updateContact(companyId, contactId, changes);
  await auditNetwork(scope, 'companies.update', 'companyContact', contactId, {
    companyId,
    change: patch === 'remove' ? 'remove' : 'change',
    fields: Object.keys(changes),
  });
  return viewContact(row);
}

/** A dated assessment of relational capacity; earlier ones stay as its history, the newest counts. */
export async function addAssessment(scope: Scope, companyId: string, input: NewAssessment) {
  await companyFor(scope, companyId, true);
  const row = await companyQueries(scope.tx).insertAssessment({
    company_id: companyId,
    assessed_on: input.assessedOn,
    level: input.level,
    reasons: input.reasons,
    assessed_by: scope.actor.userId,
  });
  await auditNetwork(scope, 'companies.update', 'capacityAssessment', row.id, {
    companyId,
    level: row.level,
  });
  return viewAssessment(row);
}

export async function addOpening(scope: Scope, companyId: string, input: NewOpening) {
  await companyFor(scope, companyId, true);
  const row = await companyQueries(scope.tx).insertOpening({
    company_id: companyId,
    title: input.title,
    work_functions: [...new Set(input.workFunctions ?? [])],
    hours_per_week: input.hoursPerWeek ?? null,
    available_from: input.availableFrom ?? null,
    status: input.status ?? 'open',
    note: input.note ?? '',
    created_by: scope.actor.userId,
  });
  await auditNetwork(scope, 'companies.update', 'companyOpening', row.id, { companyId, change: 'add' });
  return viewOpening(row);
}

export async function changeOpening(
  scope: Scope,
  companyId: string,
  openingId: string,
  patch: OpeningPatch,
  expected: Expected,
) {
  await companyFor(scope, companyId, true);
  const q = companyQueries(scope.tx);
  if (!(await q.findOpening(companyId, openingId))) throw notFound('opening');
  const changes: Updateable<CompanyOpeningsTable> = {};
  if (patch.title !== undefined) changes.title = patch.title;
  if (patch.workFunctions !== undefined) changes.work_functions = [...new Set(patch.workFunctions)];
  if (patch.hoursPerWeek !== undefined) changes.hours_per_week = patch.hoursPerWeek;
  if (patch.availableFrom !== undefined) changes.available_from = patch.availableFrom;
  if (patch.status !== undefined) changes.status = patch.status;
  if (patch.note !== undefined) changes.note = patch.note;
  const row = await q.updateOpening(companyId, openingId, changes, expected);
  if (!row) {
    const now = await q.findOpening(companyId, openingId);
    if (!now) throw notFound('opening');
    throw new StaleVersion(
      now.version,
      present('openingSaved', { opening: viewOpening(now) }, networkReader).opening,
    );
  }
  await auditNetwork(scope, 'companies.update', 'companyOpening', openingId, {
    companyId,
    version: row.version,
    fields: Object.keys(changes),
  });
  return viewOpening(row);
}
