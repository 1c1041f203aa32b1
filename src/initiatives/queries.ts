import { type Insertable, type Selectable, sql } from 'kysely';
import type { Db } from '../platform/db.ts';
import type { InitiativesTable } from '../platform/schema-initiatives.ts';
import type { Expected } from '../platform/versions.ts';
import { initiativeWriterRoles } from './access.ts';

/** An initiative with the names it shows: municipality, responsible user, partnership, last editor. */
export type InitiativeRow = Selectable<InitiativesTable> & {
  municipality: string;
  responsible_name: string | null;
  partnership_name: string | null;
  updated_by_name: string | null;
};
export type InitiativeContent = Omit<
  Insertable<InitiativesTable>,
  'id' | 'municipality_id' | 'version' | 'created_by' | 'created_at' | 'updated_by' | 'updated_at'
>;

const withNames = (tx: Db) =>
  tx
    .selectFrom('initiatives as i')
    .innerJoin('organisations as m', 'm.id', 'i.municipality_id')
    .leftJoin('users as r', 'r.id', 'i.responsible_user_id')
    .leftJoin('partnerships as p', 'p.id', 'i.partnership_id')
    .leftJoin('users as u', 'u.id', 'i.updated_by')
    .selectAll('i')
    .select([
      'm.name as municipality',
      'r.display_name as responsible_name',
      'p.name as partnership_name',
      'u.display_name as updated_by_name',
    ]);

/** The initiatives' SQL; every caller has already decided which municipalities it may touch. */
export const initiativeQueries = (tx: Db) => ({
  /** The portfolio: the nearest follow-up first, then those without a date, by theme. */
  list: (municipalityIds: readonly string[]): Promise<InitiativeRow[]> =>
    municipalityIds.length === 0
      ? Promise.resolve([])
      : withNames(tx)
          .where('i.municipality_id', 'in', municipalityIds)
          .orderBy(sql`i.status = 'ended'`)
          .orderBy(sql`i.follow_up_on asc nulls last`)
          .orderBy('i.theme')
          .orderBy('i.id')
          .execute(),

  find: (id: string): Promise<InitiativeRow | undefined> =>
    withNames(tx).where('i.id', '=', id).executeTakeFirst(),

  insert: async (municipalityId: string, content: InitiativeContent, userId: string) => {
    const row = await tx
      .insertInto('initiatives')
      .values({ ...content, municipality_id: municipalityId, created_by: userId, updated_by: userId })
      .returning('id')
      .executeTakeFirstOrThrow();
    return row.id;
  },

  /** Compare and set the version in one statement: a parallel change finds it moved on. */
  update: async (id: string, content: InitiativeContent, expected: Expected, userId: string) => {
    const row = await tx
      .updateTable('initiatives')
      .set({ ...content, version: sql`version + 1`, updated_by: userId, updated_at: sql`now()` })
      .where('id', '=', id)
      .$if(expected !== 'any', (q) => q.where('version', '=', expected as number))
      .returning('id')
      .executeTakeFirst();
    return row?.id;
  },

  /** Names of the municipalities (for a reader of a portfolio that is still empty). */
  municipalities: (ids: readonly string[]) =>
    ids.length === 0
      ? Promise.resolve([])
      : tx
          .selectFrom('organisations')
          .select(['id', 'name'])
          .where('id', 'in', ids)
          .where('kind', '=', 'municipality')
          .orderBy('name')
          .execute(),

  partnershipsOf: (municipalityIds: readonly string[]) =>
    municipalityIds.length === 0
      ? Promise.resolve([])
      : tx
          .selectFrom('partnerships')
          .select(['id', 'name', 'municipality_id'])
          .where('municipality_id', 'in', municipalityIds)
          .orderBy('name')
          .execute(),

  /** Who may be responsible for a municipality's initiative: its active leaders and caseworkers. */
  writersOf: (municipalityIds: readonly string[]) =>
    municipalityIds.length === 0
      ? Promise.resolve([])
      : tx
          .selectFrom('memberships as ms')
          .innerJoin('users as u', 'u.id', 'ms.user_id')
          .select(['u.id', 'u.display_name', 'ms.organisation_id'])
          .distinct()
          .where('ms.organisation_id', 'in', municipalityIds)
          .where('ms.role', 'in', [...initiativeWriterRoles])
          .where('u.disabled_at', 'is', null)
          .orderBy('u.display_name')
          .orderBy('u.id')
          .execute(),
});
