import { type Insertable, sql, type Updateable } from 'kysely';
import type { Db } from '../platform/db.ts';
import type { WorkplacesTable } from '../platform/schema-companies.ts';
import type { Expected } from '../platform/versions.ts';

/** The institutions' own workplaces and their mentors; callers have decided which institutions. */
export const workplaceQueries = (tx: Db) => ({
  list: (institutionIds: string[]) =>
    tx
      .selectFrom('workplaces')
      .selectAll()
      .where('institution_id', 'in', institutionIds)
      .orderBy('active', 'desc')
      .orderBy('name')
      .execute(),
  find: (id: string) => tx.selectFrom('workplaces').selectAll().where('id', '=', id).executeTakeFirst(),
  nameTaken: async (institutionId: string, name: string, except: string | null) =>
    (await tx
      .selectFrom('workplaces')
      .select('id')
      .where('institution_id', '=', institutionId)
      .where('name', '=', name)
      .$if(except !== null, (q) => q.where('id', '<>', except as string))
      .executeTakeFirst()) !== undefined,
  insert: (values: Insertable<WorkplacesTable>) =>
    tx.insertInto('workplaces').values(values).returningAll().executeTakeFirstOrThrow(),
  update: (id: string, changes: Updateable<WorkplacesTable>, expected: Expected) =>
    tx
      .updateTable('workplaces')
      .set({ ...changes, version: sql`version + 1`, updated_at: sql`now()` })
      .where('id', '=', id)
      .$if(expected !== 'any', (q) => q.where('version', '=', expected as number))
      .returningAll()
      .executeTakeFirst(),
  mentorsOf: (workplaceIds: string[]) =>
    workplaceIds.length === 0
      ? Promise.resolve([])
      : tx
          .selectFrom('workplace_mentors as w')
          .innerJoin('users as u', 'u.id', 'w.user_id')
          .select(['w.workplace_id', 'u.id', 'u.display_name as displayName'])
          .where('w.workplace_id', 'in', workplaceIds)
          .orderBy('u.display_name')
          .execute(),
  setMentors: async (workplaceId: string, userIds: string[]) => {
    await tx.deleteFrom('workplace_mentors').where('workplace_id', '=', workplaceId).execute();
    if (userIds.length > 0)
      await tx
        .insertInto('workplace_mentors')
        .values(userIds.map((user_id) => ({ workplace_id: workplaceId, user_id })))
        .execute();
  },
  /** The institutions' workshop mentors: who may be a workplace's mentor. */
  mentorOptions: (institutionIds: string[]) =>
    tx
      .selectFrom('memberships as m')
      .innerJoin('users as u', 'u.id', 'm.user_id')
      .select(['u.id', 'u.display_name as displayName', 'm.organisation_id as institutionId'])
      .where('m.organisation_id', 'in', institutionIds)
      .where('m.role', '=', 'workshopMentor')
      .where('u.disabled_at', 'is', null)
      .orderBy('u.display_name')
      .execute(),
});
