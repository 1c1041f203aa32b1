import type { Me } from '../auth/session.ts';

/**
 * A young person signed in to see their own course: every membership they hold is the
 * participant role. Anyone who also works with courses is staff and keeps the caseload.
 */
export function isParticipant(me: Me | null | undefined): boolean {
  const roles = me?.user.memberships.map((m) => m.role) ?? [];
  return roles.length > 0 && roles.every((role) => role === 'participant');
}
