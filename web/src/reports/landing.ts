import type { Me } from '../api/types.ts';

/**
 * A leader with no other role has no caseload: they start at the partnership's figures. Anyone
 * with a course role as well (a leader who is also a coordinator) keeps the caseload.
 */
export const onlyLeader = (me: Me) =>
  me.user.memberships.length > 0 && me.user.memberships.every((m) => m.role === 'leader');
