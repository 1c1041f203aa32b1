import { type Insertable, type Selectable, sql, type Updateable } from 'kysely';
import type { CourseQueries } from '../auth/course-scope.ts';
import type { ParallelEffortsTable } from '../platform/schema.ts';
import type { Expected } from '../platform/versions.ts';

export type EffortRow = Selectable<ParallelEffortsTable>;

/** The course's parallel efforts, bound to one course: no query here reaches another course. */
export const effortQueries = ((tx, { courseId, municipalityId }) => {
  const efforts = () => tx.selectFrom('parallel_efforts').selectAll().where('course_id', '=', courseId);
  return {
    /** Running efforts first (by start), then ended ones: the plan as it is now leads. */
    list: () =>
      efforts()
        .orderBy(sql`ends_on is not null`)
        .orderBy('starts_on')
        .orderBy('created_at')
        .orderBy('id')
        .execute(),
    find: (effortId: string) => efforts().where('id', '=', effortId).executeTakeFirst(),
    insert: (values: Omit<Insertable<ParallelEffortsTable>, 'course_id' | 'municipality_id'>) =>
      tx
        .insertInto('parallel_efforts')
        .values({ ...values, course_id: courseId, municipality_id: municipalityId })
        .returningAll()
        .executeTakeFirstOrThrow(),
    /** Compare and set the version in one statement: a parallel change finds it moved on. */
    update: (effortId: string, changes: Updateable<ParallelEffortsTable>, expected: Expected) =>
      tx
        .updateTable('parallel_efforts')
        .set({ ...changes, version: sql`version + 1`, updated_at: sql`now()` })
        .where('course_id', '=', courseId)
        .where('id', '=', effortId)
        .$if(expected !== 'any', (q) => q.where('version', '=', expected as number))
        .returningAll()
        .executeTakeFirst(),
    insertVersion: (row: EffortRow, snapshot: unknown, changedBy: string) =>
      tx
        .insertInto('parallel_effort_versions')
        .values({
          municipality_id: municipalityId,
          effort_id: row.id,
          version: row.version,
          snapshot: JSON.stringify(snapshot),
          changed_by: changedBy,
        })
        .execute(),
  };
}) satisfies CourseQueries<unknown>;
