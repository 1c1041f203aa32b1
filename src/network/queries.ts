import { type Insertable, type Selectable, sql, type Updateable } from 'kysely';
import type { CourseQueries } from '../auth/course-scope.ts';
import type { NetworkMembersTable } from '../platform/schema.ts';
import type { Expected } from '../platform/versions.ts';

export type MemberRow = Selectable<NetworkMembersTable>;

/** The young person's network on one course; people who were removed stay in the table, not in the list. */
export const networkQueries = ((tx, { courseId, municipalityId }) => {
  const current = () =>
    tx
      .selectFrom('network_members')
      .selectAll()
      .where('course_id', '=', courseId)
      .where('removed_at', 'is', null);
  return {
    /** Close people first, then by name: the map's inner ring leads the list too. */
    list: () => current().orderBy(sql`closeness = 'close'`, 'desc').orderBy('name').orderBy('id').execute(),
    find: (memberId: string) => current().where('id', '=', memberId).executeTakeFirst(),
    insert: (values: Omit<Insertable<NetworkMembersTable>, 'course_id' | 'municipality_id'>) =>
      tx
        .insertInto('network_members')
        .values({ ...values, course_id: courseId, municipality_id: municipalityId })
        .returningAll()
        .executeTakeFirstOrThrow(),
    /** Compare and set the version in one statement; a removed person is not changed. */
    update: (memberId: string, changes: Updateable<NetworkMembersTable>, expected: Expected) =>
      tx
        .updateTable('network_members')
        .set({ ...changes, version: sql`version + 1`, updated_at: sql`now()` })
        .where('course_id', '=', courseId)
        .where('id', '=', memberId)
        .where('removed_at', 'is', null)
        .$if(expected !== 'any', (q) => q.where('version', '=', expected as number))
        .returningAll()
        .executeTakeFirst(),
  };
}) satisfies CourseQueries<unknown>;
