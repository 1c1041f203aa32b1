import { audit } from '../audit/audit.ts';
import { auditFor, requireCourse } from '../auth/access.ts';
import { today } from '../platform/dates.ts';
import { badRequest, notFound } from '../platform/errors.ts';
import type { Scope } from '../platform/scope.ts';
import { type ConsentRow, listConsents } from './queries.ts';
import type { ConsentView, GiveConsent } from './schemas.ts';

const view = (row: ConsentRow, day: string): ConsentView => ({
  id: row.id,
  purpose: row.purpose,
  recipient: row.recipient_organisation_id
    ? { id: row.recipient_organisation_id, name: row.recipient_name ?? '' }
    : null,
  givenOn: row.given_on,
  withdrawnOn: row.withdrawn_on,
  active: row.withdrawn_on === null && row.given_on <= day,
});

export async function getConsents(scope: Scope, courseId: string) {
  const grant = await requireCourse(scope, courseId, 'consents.read');
  const rows = await listConsents(scope.tx, grant.participantId);
  await audit(
    scope.tx,
    scope.actor,
    auditFor(grant, 'consents.read', { objectType: 'participant', objectId: grant.participantId }),
  );
  const day = today();
  return { consents: rows.map((r) => view(r, day)) };
}

export async function recordConsent(scope: Scope, courseId: string, input: GiveConsent) {
  const grant = await requireCourse(scope, courseId, 'consents.write');
  if (input.givenOn > today()) throw badRequest('a consent cannot be given in the future', 'body.givenOn');
  if (input.recipientOrganisationId) {
    const org = await scope.tx
      .selectFrom('organisations')
      .select('kind')
      .where('id', '=', input.recipientOrganisationId)
      .executeTakeFirst();
    if (org?.kind !== 'company')
      throw badRequest('the recipient must be a company', 'body.recipientOrganisationId');
  }
  const row = await scope.tx
    .insertInto('consents')
    .values({
      municipality_id: grant.municipalityId,
      participant_id: grant.participantId,
      purpose: input.purpose,
      recipient_organisation_id: input.recipientOrganisationId ?? null,
      given_on: input.givenOn,
      recorded_by: scope.actor.userId,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await audit(
    scope.tx,
    scope.actor,
    auditFor(grant, 'consent.give', {
      objectType: 'consent',
      objectId: row.id,
      detail: { purpose: input.purpose },
    }),
  );
  const consents = await listConsents(scope.tx, grant.participantId);
  const created = consents.find((c) => c.id === row.id);
  if (!created) throw new Error('consent vanished inside its own transaction');
  return { consent: view(created, today()) };
}

/** Withdrawal takes effect at once: access checks read withdrawn_on on every request. */
export async function withdrawConsent(
  scope: Scope,
  courseId: string,
  consentId: string,
  withdrawnOn?: string,
) {
  const grant = await requireCourse(scope, courseId, 'consents.withdraw');
  const day = today();
  const on = withdrawnOn ?? day;
  if (on > day) throw badRequest('a withdrawal cannot be dated in the future', 'body.withdrawnOn');
  const existing = await scope.tx
    .selectFrom('consents')
    .select(['id', 'withdrawn_on', 'given_on'])
    .where('id', '=', consentId)
    .where('participant_id', '=', grant.participantId)
    .executeTakeFirst();
  if (!existing) throw notFound('consent');
  if (existing.withdrawn_on) throw badRequest('the consent is already withdrawn', 'consentId');
  if (on < existing.given_on)
    throw badRequest('a withdrawal cannot be dated before the consent', 'body.withdrawnOn');
  await scope.tx
    .updateTable('consents')
    .set({ withdrawn_on: on, withdrawn_by: scope.actor.userId })
    .where('id', '=', consentId)
    .execute();
  await audit(
    scope.tx,
    scope.actor,
    auditFor(grant, 'consent.withdraw', { objectType: 'consent', objectId: consentId }),
  );
  const consents = await listConsents(scope.tx, grant.participantId);
  const updated = consents.find((c) => c.id === consentId);
  if (!updated) throw new Error('consent vanished inside its own transaction');
  return { consent: view(updated, day) };
}

/** The companies a consent to share can name; company names are not personal data, so no audit row. */
export async function consentRecipients(scope: Scope, courseId: string) {
  await requireCourse(scope, courseId, 'consents.write');
  const companies = await scope.tx
    .selectFrom('organisations')
    .select(['id', 'name'])
    .where('kind', '=', 'company')
    .orderBy('name')
    .execute();
  return { companies };
}
