import type { Db } from '../platform/db.ts';

export type OrganisationKind = 'municipality' | 'institution' | 'company' | 'other';

/** The organisation of that kind and name, created when missing. */
export async function organisationNamed(db: Db, kind: OrganisationKind, name: string): Promise<string> {
  const existing = await db
    .selectFrom('organisations')
    .select('id')
    .where('kind', '=', kind)
    .where('name', '=', name)
    .executeTakeFirst();
  if (existing) return existing.id;
  const row = await db
    .insertInto('organisations')
    .values({ kind, name })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export function usernameTaken(db: Db, username: string) {
  return db
    .selectFrom('users')
    .select('id')
    .where('username', '=', username)
    .executeTakeFirst()
    .then((r) => r !== undefined);
}

export async function insertUser(
  db: Db,
  values: {
    username: string;
    displayName: string;
    passwordHash: string;
    organisationId: string;
    role: string;
  },
) {
  const user = await db
    .insertInto('users')
    .values({
      username: values.username,
      display_name: values.displayName,
      password_hash: values.passwordHash,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await db
    .insertInto('memberships')
    .values({ user_id: user.id, organisation_id: values.organisationId, role: values.role })
    .execute();
  return user.id;
}
