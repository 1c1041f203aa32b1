import { randomBytes } from 'node:crypto';
import { audit } from '../audit/audit.ts';
import { hashPassword } from '../auth/passwords.ts';
import type { Db } from '../platform/db.ts';
import { insertUser, type OrganisationKind, organisationNamed, usernameTaken } from './queries.ts';

export const organisationRoles = [
  'administrator',
  'youthCoordinator',
  'caseworker',
  'workshopMentor',
  'jobConsultant',
  'companyMentor',
  'leader',
] as const;
export type OrganisationRole = (typeof organisationRoles)[number];

export interface NewUser {
  username: string;
  displayName: string;
  organisation: string;
  kind: OrganisationKind;
  role: OrganisationRole;
}

/**
 * Creates a user with one membership and a random password, shown once to whoever creates them
 * (the person changes it later). One transaction; audited without the password.
 */
export async function createUser(db: Db, input: NewUser): Promise<{ userId: string; password: string }> {
  const username = input.username.trim().toLowerCase();
  if (!/^[a-z0-9._-]{2,64}$/.test(username))
    throw new Error('username: 2–64 of a–z, 0–9, dot, dash or underscore');
  const password = randomBytes(12).toString('base64url');
  const passwordHash = await hashPassword(password);
  return db.transaction().execute(async (tx) => {
    if (await usernameTaken(tx, username)) throw new Error(`username: ${username} is taken`);
    const organisationId = await organisationNamed(tx, input.kind, input.organisation.trim());
    const userId = await insertUser(tx, {
      username,
      displayName: input.displayName.trim(),
      passwordHash,
      organisationId,
      role: input.role,
    });
    await audit(tx, null, {
      action: 'admin.user.create',
      purpose: 'administration',
      objectType: 'user',
      objectId: userId,
      detail: { role: input.role, organisationKind: input.kind },
    });
    return { userId, password };
  });
}
