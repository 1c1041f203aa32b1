import { api } from '../app/api.ts';
import type { Me } from '../auth/session.ts';
import type { Consent } from '../consents/api.ts';

/**
 * A young person signed in to see their own course: every membership they hold is the
 * participant role. Anyone who also works with courses is staff and keeps the caseload.
 */
export function isParticipant(me: Me | null | undefined): boolean {
  const roles = me?.user.memberships.map((m) => m.role) ?? [];
  return roles.length > 0 && roles.every((role) => role === 'participant');
}

/** POST …/consents/:consentId/withdraw: takes effect at once, dated today by the server. */
export const withdrawConsent = (courseId: string, consentId: string) =>
  api<{ consent: Consent }>(
    'POST',
    `/api/courses/${encodeURIComponent(courseId)}/consents/${encodeURIComponent(consentId)}/withdraw`,
  );
