import { sql } from 'kysely';
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

export const listOrganisations = (db: Db) =>
  db.selectFrom('organisations').select(['id', 'kind', 'name']).orderBy('kind').orderBy('name').execute();

export const listUsers = (db: Db) =>
  db
    .selectFrom('users as u')
    .select([
      'u.id',
      'u.username',
      'u.display_name as displayName',
      sql<boolean>`u.disabled_at is not null`.as('disabled'),
      sql<Array<{ organisationId: string; organisationName: string; role: string }>>`(
        select coalesce(json_agg(json_build_object('organisationId', o.id, 'organisationName', o.name, 'role', m.role)
          order by o.name, m.role), '[]'::json)
        from memberships m join organisations o on o.id = m.organisation_id where m.user_id = u.id)`.as(
        'memberships',
      ),
    ])
    // Young people's own sign-ins are managed on their course, not here.
    .where(({ not, exists, selectFrom }) =>
      not(
        exists(
          selectFrom('memberships as p')
            .select('p.user_id')
            .whereRef('p.user_id', '=', 'u.id')
            .where('p.role', '=', 'participant'),
        ),
      ),
    )
    .orderBy('u.username')
    .execute();

export const insertOrganisation = (db: Db, kind: OrganisationKind, name: string) =>
  db
    .insertInto('organisations')
    .values({ kind, name })
    .returning(['id', 'kind', 'name'])
    .executeTakeFirstOrThrow();

export const organisationKind = (db: Db, id: string) =>
  db
    .selectFrom('organisations')
    .select('kind')
    .where('id', '=', id)
    .executeTakeFirst()
    .then((r) => r?.kind);

export const userExists = (db: Db, id: string) =>
  db
    .selectFrom('users')
    .select('id')
    .where('id', '=', id)
    .executeTakeFirst()
    .then((r) => r !== undefined);

export const addMembership = (db: Db, userId: string, organisationId: string, role: string) =>
  db
    .insertInto('memberships')
    .values({ user_id: userId, organisation_id: organisationId, role })
    .onConflict((oc) => oc.doNothing())
    .execute();

export const removeMembership = (db: Db, userId: string, organisationId: string, role: string) =>
  db
    .deleteFrom('memberships')
    .where('user_id', '=', userId)
    .where('organisation_id', '=', organisationId)
    .where('role', '=', role)
    .executeTakeFirst()
    .then((r) => r.numDeletedRows > 0n);

export const insertPartnership = (
  db: Db,
  v: { name: string; municipalityId: string; institutionId: string },
) =>
  db
    .insertInto('partnerships')
    .values({ name: v.name, municipality_id: v.municipalityId, institution_id: v.institutionId })
    .returning('id')
    .executeTakeFirstOrThrow();
