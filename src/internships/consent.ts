import type { CourseScope } from '../auth/course-scope.ts';
import type { ConsentCategory } from '../consents/categories.ts';
import { consentQueries } from '../consents/queries.ts';
import { narrowConsent, recordConsent, withdrawConsent } from '../consents/service.ts';
import { today } from '../platform/dates.ts';
import { activeCompanyConsents } from './view.ts';

/**
 * "Hvad må virksomheden se?": the young person's choice for the internship's company, recorded as
 * their consent to share with that company through the consents service. Taking something away
 * narrows the consent (withdrawn today, replaced by one naming less); adding something is a new
 * consent (the old one withdrawn today); choosing nothing withdraws it. The same choice again
 * changes nothing.
 */
export async function recordCompanyChoice(
  scope: CourseScope,
  companyId: string,
  chosen: readonly ConsentCategory[],
): Promise<void> {
  const wanted = [...new Set(chosen)];
  const active = activeCompanyConsents(await scope.queries(consentQueries).list(), companyId);
  const current = active.length === 1 ? (active[0]?.categories as ConsentCategory[]) : null;
  const same = (a: readonly string[], b: readonly string[]) =>
    a.length === b.length && a.every((c) => b.includes(c));
  if (active.length === 0) {
    if (wanted.length > 0)
      await recordConsent(scope, {
        purpose: 'shareWithCompany',
        recipientOrganisationId: companyId,
        categories: wanted,
        givenOn: today(),
      });
    return;
  }
  if (current && same(current, wanted)) return;
  if (current && active[0] && wanted.length > 0 && wanted.every((c) => current.includes(c))) {
    await narrowConsent(scope, active[0].id, wanted);
    return;
  }
  for (const consent of active) await withdrawConsent(scope, consent.id);
  if (wanted.length > 0)
    await recordConsent(scope, {
      purpose: 'shareWithCompany',
      recipientOrganisationId: companyId,
      categories: wanted,
      givenOn: today(),
    });
}
