import type { CourseScope } from '../auth/course-scope.ts';
import { today } from '../platform/dates.ts';
import { badRequest, conflict, notFound } from '../platform/errors.ts';
import { type ConsentCategory, categoriesFor, defaultCategories } from './categories.ts';
import { type ConsentRow, consentQueries } from './queries.ts';
import type { ConsentView, GiveConsent } from './schemas.ts';

const view = (row: ConsentRow, day: string): ConsentView => ({
  id: row.id,
  purpose: row.purpose,
  recipient: row.recipient_organisation_id
    ? { id: row.recipient_organisation_id, name: row.recipient_name ?? '' }
    : null,
  categories: row.categories as ConsentCategory[],
  givenOn: row.given_on,
  withdrawnOn: row.withdrawn_on,
  active: row.withdrawn_on === null && row.given_on <= day,
  replacesConsentId: row.replaces_consent_id,
});

export async function getConsents(scope: CourseScope) {
  const rows = await scope.queries(consentQueries).list();
  await scope.audit('consents.read', { objectType: 'participant', objectId: scope.grant.participantId });
  const day = today();
  return { consents: rows.map((r) => view(r, day)) };
}

async function saved(scope: CourseScope, id: string, day: string) {
  const row = await scope.queries(consentQueries).get(id);
  if (!row) throw new Error('consent vanished inside its own transaction');
  return { consent: view(row, day) };
}

function checkCategories(purpose: GiveConsent['purpose'], categories: readonly ConsentCategory[]) {
  const allowed: readonly ConsentCategory[] = categoriesFor[purpose];
  const wrong = categories.find((c) => !allowed.includes(c));
  if (wrong)
    throw badRequest(
      `body.categories: "${wrong}" cannot be shared for ${purpose}${purpose === 'shareWithCompany' ? ' (a company never receives health data)' : ''}`,
      'body.categories',
    );
}

export async function recordConsent(scope: CourseScope, input: GiveConsent) {
  const day = today();
  if (input.givenOn > day) throw badRequest('a consent cannot be given in the future', 'body.givenOn');
  const q = scope.queries(consentQueries);
  if (input.recipientOrganisationId && (await q.companies(input.recipientOrganisationId)).length === 0)
    throw badRequest(
      "the recipient must be a company of the course's network or team",
      'body.recipientOrganisationId',
    );
  const categories = [...new Set(input.categories ?? defaultCategories[input.purpose])];
  checkCategories(input.purpose, categories);
  const id = await q.insert({
    purpose: input.purpose,
    recipientOrganisationId: input.recipientOrganisationId ?? null,
    categories,
    givenOn: input.givenOn,
    recordedBy: scope.actor.userId,
  });
  await scope.audit('consent.give', {
    objectType: 'consent',
    objectId: id,
    detail: { purpose: input.purpose, categories },
  });
  return saved(scope, id, day);
}

const withdrawnMeanwhile = () => conflict('the consent was withdrawn by someone else just now', 'consentId');

async function activeConsent(scope: CourseScope, consentId: string) {
  const existing = await scope.queries(consentQueries).get(consentId);
  if (!existing) throw notFound('consent');
  if (existing.withdrawn_on) throw badRequest('the consent is already withdrawn', 'consentId');
  return existing;
}

/** Withdrawal takes effect at once: the access check reads withdrawn_on on every request. */
export async function withdrawConsent(scope: CourseScope, consentId: string, withdrawnOn?: string) {
  const day = today();
  const on = withdrawnOn ?? day;
  if (on > day) throw badRequest('a withdrawal cannot be dated in the future', 'body.withdrawnOn');
  const existing = await activeConsent(scope, consentId);
  if (on < existing.given_on)
    throw badRequest('a withdrawal cannot be dated before the consent', 'body.withdrawnOn');
  if (!(await scope.queries(consentQueries).withdraw(consentId, on, scope.actor.userId)))
    throw withdrawnMeanwhile();
  await scope.audit('consent.withdraw', { objectType: 'consent', objectId: consentId });
  return saved(scope, consentId, day);
}

/**
 * Shares fewer categories from now on: the consent is withdrawn today and replaced by one naming
 * only the kept categories, so what was shared when stays readable. Takes effect on the next request.
 */
export async function narrowConsent(scope: CourseScope, consentId: string, keep: readonly ConsentCategory[]) {
  const day = today();
  const existing = await activeConsent(scope, consentId);
  const current = existing.categories as ConsentCategory[];
  const kept = [...new Set(keep)];
  const added = kept.find((c) => !current.includes(c));
  if (added)
    throw badRequest(
      `body.categories: "${added}" is not shared now; a new consent is recorded for it`,
      'body.categories',
    );
  if (kept.length === current.length)
    throw badRequest('body.categories: nothing to take away', 'body.categories');
  const q = scope.queries(consentQueries);
  if (!(await q.withdraw(consentId, day, scope.actor.userId))) throw withdrawnMeanwhile();
  const id = await q.insert({
    purpose: existing.purpose,
    recipientOrganisationId: existing.recipient_organisation_id,
    categories: kept,
    givenOn: day,
    recordedBy: scope.actor.userId,
    replaces: consentId,
  });
  await scope.audit('consent.narrow', {
    objectType: 'consent',
    objectId: id,
    detail: { replaces: consentId, removed: current.filter((c) => !kept.includes(c)) },
  });
  return saved(scope, id, day);
}

/** The companies a consent to share can name; company names are not personal data, so no audit row. */
export async function consentRecipients(scope: CourseScope) {
  return { companies: await scope.queries(consentQueries).companies() };
}
