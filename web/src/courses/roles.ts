import { courseRoles } from '../../../src/auth/permissions.ts';

/**
 * The roles the app has words for (in the roles section of the strings, and the contacts on the
 * young person's own page): the course roles and the leader; a role the server adds later reads
 * as other. A module of its own, so that the young person's pages use it without loading the
 * caseload's. No key is written out here: web/vite-strings.ts would carry that section with this
 * module.
 */
const knownRoles = [...courseRoles, 'leader'] as const;
export type RoleKey = (typeof knownRoles)[number] | 'other';
export const roleKey = (role: string): RoleKey =>
  (knownRoles as readonly string[]).includes(role) ? (role as RoleKey) : 'other';
