import { type Insertable, type Selectable, sql, type Updateable } from 'kysely';
import type { Db } from '../platform/db.ts';
import type { GoalsTable } from '../platform/schema.ts';

export type GoalRow = Selectable<GoalsTable>;

/** Every goal of a course, oldest first; sub-goals are grouped by the service. */
export function listGoals(tx: Db, courseId: string) {
  return tx
    .selectFrom('goals')
    .selectAll()
    .where('course_id', '=', courseId)
    .orderBy('created_at')
    .orderBy('id')
    .execute();
}

/** A goal only when it belongs to the course in the URL. */
export function findGoal(tx: Db, courseId: string, goalId: string) {
  return tx
    .selectFrom('goals')
    .selectAll()
    .where('course_id', '=', courseId)
    .where('id', '=', goalId)
    .executeTakeFirst();
}

export function listSubGoals(tx: Db, goalId: string) {
  return tx
    .selectFrom('goals')
    .selectAll()
    .where('parent_goal_id', '=', goalId)
    .orderBy('created_at')
    .orderBy('id')
    .execute();
}

export function insertGoal(tx: Db, values: Insertable<GoalsTable>) {
  return tx.insertInto('goals').values(values).returningAll().executeTakeFirstOrThrow();
}

/**
 * Applies a change and bumps the version in one statement: the row lock makes a concurrent
 * change wait and then take the next version, so two edits never claim the same number.
 */
export function updateGoal(tx: Db, courseId: string, goalId: string, changes: Updateable<GoalsTable>) {
  return tx
    .updateTable('goals')
    .set({ ...changes, version: sql`version + 1`, updated_at: sql`now()` })
    .where('course_id', '=', courseId)
    .where('id', '=', goalId)
    .returningAll()
    .executeTakeFirst();
}

export function insertVersion(
  tx: Db,
  values: { municipalityId: string; goalId: string; version: number; snapshot: unknown; changedBy: string },
) {
  return tx
    .insertInto('goal_versions')
    .values({
      municipality_id: values.municipalityId,
      goal_id: values.goalId,
      version: values.version,
      snapshot: JSON.stringify(values.snapshot),
      changed_by: values.changedBy,
    })
    .execute();
}

export function listVersions(tx: Db, goalId: string) {
  return tx
    .selectFrom('goal_versions as v')
    .leftJoin('users as u', 'u.id', 'v.changed_by')
    .select(['v.version', 'v.changed_at', 'v.snapshot', 'u.id as user_id', 'u.display_name'])
    .where('v.goal_id', '=', goalId)
    .orderBy('v.version')
    .execute();
}
