import { randomBytes } from 'node:crypto';
import { audit } from '../audit/audit.ts';
import { hashPassword } from '../auth/passwords.ts';
import type { Db } from '../platform/db.ts';
import { badRequest, conflict } from '../platform/errors.ts';
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

export const usernamePattern = /^[a-z0-9._-]{2,64}$/;

/**
 * A user with one membership and a random password, shown once to whoever creates them. Runs in
 * the caller's transaction; audited without the password.
 */
export async function createUserIn(
  tx: Db,
  actor: { userId: string } | null,
  input: { username: string; displayName: string; organisationId: string; role: OrganisationRole },
): Promise<{ userId: string; username: string; password: string }> {
  const username = input.username.trim().toLowerCase();
  if (!usernamePattern.test(username))
    throw badRequest('body.username: 2–64 of a–z, 0–9, dot, dash or underscore', 'body.username');
  if (await usernameTaken(tx, username))
    throw conflict(`body.username: ${username} is taken`, 'body.username');
  const password = randomBytes(12).toString('base64url');
  const userId = await insertUser(tx, {
    username,
    displayName: input.displayName.trim(),
    passwordHash: await hashPassword(password),
    organisationId: input.organisationId,
    role: input.role,
  });
  await audit(tx, actor, {
    action: 'admin.user.create',
    purpose: 'administration',
    objectType: 'user',
    objectId: userId,
    detail: { role: input.role, organisationId: input.organisationId },
  });
  return { userId, username, password };
}

/** From the command line: the organisation by kind and name (created when missing). */
export async function createUser(db: Db, input: NewUser): Promise<{ userId: string; password: string }> {
  return db.transaction().execute(async (tx) => {
    const organisationId = await organisationNamed(tx, input.kind, input.organisation.trim());
    return createUserIn(tx, null, { ...input, organisationId });
  });
}
