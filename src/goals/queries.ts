import { type Insertable, type Selectable, sql, type Updateable } from 'kysely';
import type { CourseQueries } from '../auth/course-scope.ts';
import { healthRecordSql } from '../auth/health-records.ts';
import type { GoalsTable } from '../platform/schema.ts';
import type { Expected } from '../platform/versions.ts';

export type GoalRow = Selectable<GoalsTable>;

/** The course's goals, bound to one course: no query here reaches another course's goals. */
export const goalQueries = ((tx, { courseId, municipalityId }) => {
  const goals = () => tx.selectFrom('goals').selectAll().where('course_id', '=', courseId);
  return {
    /** Every goal of the course, oldest first; sub-goals are grouped by the service. */
    list: () => goals().orderBy('created_at').orderBy('id').execute(),
    /**
     * The goals page's read, to run with its audit row (`scope.readAudited`): oldest first, only the
     * goals the reader's classes open (the view policy's goal rule: health goals are class health).
     */
    page: (classes: { goals: boolean; health: boolean }) => {
      const health = healthRecordSql({ area: 'area', track: 'track' });
      let query = goals();
      if (!classes.health) query = query.where(sql<boolean>`not ${health}`);
      if (!classes.goals) query = query.where(health);
      return query.orderBy('created_at').orderBy('id');
    },
    find: (goalId: string) => goals().where('id', '=', goalId).executeTakeFirst(),
    listSubGoals: (goalId: string) =>
      goals().where('parent_goal_id', '=', goalId).orderBy('created_at').orderBy('id').execute(),
    insert: (values: Omit<Insertable<GoalsTable>, 'course_id' | 'municipality_id'>) =>
      tx
        .insertInto('goals')
        .values({ ...values, course_id: courseId, municipality_id: municipalityId })
        .returningAll()
        .executeTakeFirstOrThrow(),
    /**
     * Applies a change and bumps the version in one statement: the row lock makes a concurrent
     * change wait and then take the next version, so two edits never claim the same number.
     */
    update: (goalId: string, changes: Updateable<GoalsTable>, expected: Expected) =>
      tx
        .updateTable('goals')
        .set({ ...changes, version: sql`version + 1`, updated_at: sql`now()` })
        .where('course_id', '=', courseId)
        .where('id', '=', goalId)
        // Compare and set in one statement: a parallel change waits for the row lock, then finds
        // the version moved on and changes nothing.
        .$if(expected !== 'any', (q) => q.where('version', '=', expected as number))
        .returningAll()
        .executeTakeFirst(),
    insertVersion: (values: { goalId: string; version: number; snapshot: unknown; changedBy: string }) =>
      tx
        .insertInto('goal_versions')
        .values({
          municipality_id: municipalityId,
          goal_id: values.goalId,
          version: values.version,
          snapshot: JSON.stringify(values.snapshot),
          changed_by: values.changedBy,
        })
        .execute(),
    /** Every version of one of the course's goals, oldest first. */
    listVersions: (goalId: string) =>
      tx
        .selectFrom('goal_versions as v')
        .innerJoin('goals as g', 'g.id', 'v.goal_id')
        .leftJoin('users as u', 'u.id', 'v.changed_by')
        .select(['v.version', 'v.changed_at', 'v.snapshot', 'u.id as user_id', 'u.display_name'])
        .where('v.goal_id', '=', goalId)
        .where('g.course_id', '=', courseId)
        .orderBy('v.version')
        .execute(),
  };
}) satisfies CourseQueries<unknown>;
