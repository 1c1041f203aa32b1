import type { CourseRole } from '../auth/permissions.ts';

/**
 * Which of a course's meetings a team member sees (issue 8): a company mentor only those they are
 * invited to, the young person only those they are invited to, everyone else on the team all of
 * them. The one rule: the course's meeting list, the shared overview, the calendar feed and the
 * young person's page all ask it. Class rules (consent, health) apply on top, in the view policy.
 */
export type MeetingReach = 'all' | 'invitedAsUser' | 'invitedAsYoungPerson';

export function meetingReach(role: CourseRole): MeetingReach {
  if (role === 'companyMentor') return 'invitedAsUser';
  if (role === 'participant') return 'invitedAsYoungPerson';
  return 'all';
}

/** Whether a meeting with these invitees is within the reader's reach. */
export function withinReach(
  reach: MeetingReach,
  userId: string,
  invitees: ReadonlyArray<{ kind: 'user' | 'youngPerson' | 'external'; userId: string | null }>,
): boolean {
  if (reach === 'all') return true;
  if (reach === 'invitedAsYoungPerson') return invitees.some((i) => i.kind === 'youngPerson');
  return invitees.some((i) => i.kind === 'user' && i.userId === userId);
}
