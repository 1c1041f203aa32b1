import type { Updateable } from 'kysely';
import type { CourseScope } from '../auth/course-scope.ts';
import { badRequest, notFound } from '../platform/errors.ts';
import type { ParallelEffortsTable } from '../platform/schema.ts';
import { type Expected, StaleVersion } from '../platform/versions.ts';
import { isHealthEffort } from './kinds.ts';
import { effortQueries } from './queries.ts';
import type { EffortPatch, EffortView, NewEffort } from './schemas.ts';
import { snapshotOf, viewEffort } from './view.ts';

/** Whether the reader may read an effort: health efforts only with the health class. */
const mayRead = (scope: CourseScope, effort: { kind?: unknown; legalBasis?: unknown }) =>
  scope.grant.classes.has(isHealthEffort(effort) ? 'health' : 'efforts');

/** One writes only what one may read: a caseworker without the health category writes no health effort. */
function mayWrite(scope: CourseScope, effort: { kind?: unknown; legalBasis?: unknown }, field: string) {
  if (!mayRead(scope, effort))
    throw badRequest(`${field}: you may not write health efforts on this course`, field);
}

function checkPeriod(startsOn: string, endsOn: string | null | undefined, field: string) {
  if (endsOn && endsOn < startsOn) throw badRequest(`${field}: must not be before startsOn`, field);
}

/** The whole plan beside the course, as far as the reader may see it (DOMAIN.md "Parallel efforts"). */
export async function listEfforts(scope: CourseScope) {
  const rows = await scope.queries(effortQueries).list();
  const { efforts } = scope.present('effortList', { efforts: rows.map(viewEffort) });
  await scope.audit('efforts.read', {
    objectType: 'course',
    objectId: scope.grant.courseId,
    detail: { count: efforts.length },
  });
  return { efforts };
}

export async function createEffort(scope: CourseScope, input: NewEffort): Promise<EffortView> {
  mayWrite(scope, input, isHealthEffort({ kind: input.kind }) ? 'body.kind' : 'body.legalBasis');
  checkPeriod(input.startsOn, input.endsOn, 'body.endsOn');
  const q = scope.queries(effortQueries);
  const row = await q.insert({
    kind: input.kind,
    provider: input.provider,
    contact_name: input.contact?.name ?? '',
    contact_phone: input.contact?.phone ?? '',
    contact_email: input.contact?.email ?? '',
    starts_on: input.startsOn,
    ends_on: input.endsOn ?? null,
    legal_basis: input.legalBasis,
    note: input.note ?? '',
    created_by: scope.actor.userId,
  });
  await q.insertVersion(row, snapshotOf(row), scope.actor.userId);
  await scope.audit('efforts.create', {
    objectType: 'parallelEffort',
    objectId: row.id,
    detail: { version: row.version },
  });
  return viewEffort(row);
}

/** Changes an effort (ending it sets endsOn) as a new version; the earlier ones stay. */
export async function changeEffort(
  scope: CourseScope,
  effortId: string,
  patch: EffortPatch,
  expected: Expected,
): Promise<EffortView> {
  const q = scope.queries(effortQueries);
  const current = await q.find(effortId);
  if (!current || !mayRead(scope, viewEffort(current))) throw notFound('effort');
  const next = { kind: patch.kind ?? current.kind, legalBasis: patch.legalBasis ?? current.legal_basis };
  mayWrite(scope, next, patch.kind !== undefined ? 'body.kind' : 'body.legalBasis');
  checkPeriod(
    patch.startsOn ?? current.starts_on,
    patch.endsOn === undefined ? current.ends_on : patch.endsOn,
    patch.endsOn === undefined ? 'body.startsOn' : 'body.endsOn',
  );
  const changes: Updateable<ParallelEffortsTable> = {};
  if (patch.kind !== undefined) changes.kind = patch.kind;
  if (patch.provider !== undefined) changes.provider = patch.provider;
  if (patch.contact?.name !== undefined) changes.contact_name = patch.contact.name;
  if (patch.contact?.phone !== undefined) changes.contact_phone = patch.contact.phone;
  if (patch.contact?.email !== undefined) changes.contact_email = patch.contact.email;
  if (patch.startsOn !== undefined) changes.starts_on = patch.startsOn;
  if (patch.endsOn !== undefined) changes.ends_on = patch.endsOn;
  if (patch.legalBasis !== undefined) changes.legal_basis = patch.legalBasis;
  if (patch.note !== undefined) changes.note = patch.note;
  const row = await q.update(effortId, changes, expected);
  if (!row) {
    // Someone changed it after this reader opened it: refuse, and show them what it is now.
    const now = await q.find(effortId);
    if (!now) throw notFound('effort');
    throw new StaleVersion(now.version, scope.present('effortSaved', { effort: viewEffort(now) }).effort);
  }
  await q.insertVersion(row, snapshotOf(row), scope.actor.userId);
  await scope.audit(patch.endsOn && !current.ends_on ? 'efforts.end' : 'efforts.update', {
    objectType: 'parallelEffort',
    objectId: effortId,
    detail: { version: row.version, fields: Object.keys(changes) },
  });
  return viewEffort(row);
}
