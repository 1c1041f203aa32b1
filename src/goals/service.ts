import type { Updateable } from 'kysely';
import { audit } from '../audit/audit.ts';
import { auditFor, requireCourse } from '../auth/access.ts';
import { badRequest, notFound } from '../platform/errors.ts';
import type { GoalsTable } from '../platform/schema.ts';
import type { Scope } from '../platform/scope.ts';
import {
  findGoal,
  type GoalRow,
  insertGoal,
  insertVersion,
  listGoals,
  listSubGoals,
  listVersions,
  updateGoal,
} from './queries.ts';
import type { GoalHistory, GoalPatch, GoalView, NewGoal, SubGoalView } from './schemas.ts';
import { readSnapshot, snapshotOf } from './snapshot.ts';

function viewSubGoal(row: GoalRow): SubGoalView {
  const { title, status, area, track, circle } = snapshotOf(row);
  return {
    id: row.id,
    area,
    track,
    title,
    status,
    circle,
    version: row.version,
    createdAt: new Date(row.created_at).toISOString(),
    updatedAt: new Date(row.updated_at).toISOString(),
  };
}

const viewGoal = (row: GoalRow, subGoals: GoalRow[]): GoalView => ({
  ...viewSubGoal(row),
  subGoals: subGoals.map(viewSubGoal),
});

/** The course's goals, oldest first, each with its sub-goals. */
export async function listCourseGoals(scope: Scope, courseId: string) {
  const grant = await requireCourse(scope, courseId, 'goals.read');
  const rows = await listGoals(scope.tx, courseId);
  const goals = rows
    .filter((r) => r.parent_goal_id === null)
    .map((g) =>
      viewGoal(
        g,
        rows.filter((r) => r.parent_goal_id === g.id),
      ),
    );
  await audit(
    scope.tx,
    scope.actor,
    auditFor(grant, 'goals.read', {
      objectType: 'course',
      objectId: courseId,
      detail: { count: rows.length },
    }),
  );
  return { goals };
}

/** A new goal, or a sub-goal under a top-level goal of the same course; its history starts at version 1. */
export async function createGoal(scope: Scope, courseId: string, input: NewGoal): Promise<GoalView> {
  const grant = await requireCourse(scope, courseId, 'goals.write');
  if (input.parentGoalId) {
    const parent = await findGoal(scope.tx, courseId, input.parentGoalId);
    if (!parent || parent.parent_goal_id !== null) {
      throw badRequest('body.parentGoalId: not a top-level goal of this course', 'body.parentGoalId');
    }
  }
  const row = await insertGoal(scope.tx, {
    municipality_id: grant.municipalityId,
    course_id: courseId,
    parent_goal_id: input.parentGoalId ?? null,
    area: input.area,
    track: input.track ?? null,
    title: input.title,
    circle_goal: input.circle?.goal ?? '',
    circle_activities: input.circle?.activities ?? '',
    circle_measure: input.circle?.measure ?? '',
    circle_learned: input.circle?.learned ?? '',
    created_by: scope.actor.userId,
  });
  await insertVersion(scope.tx, {
    municipalityId: grant.municipalityId,
    goalId: row.id,
    version: row.version,
    snapshot: snapshotOf(row),
    changedBy: scope.actor.userId,
  });
  await audit(
    scope.tx,
    scope.actor,
    auditFor(grant, 'goals.create', {
      objectType: 'goal',
      objectId: row.id,
      detail: { version: row.version, parentGoalId: input.parentGoalId ?? null },
    }),
  );
  return viewGoal(row, []);
}

/** Changes a goal as a new version; earlier versions stay as they were. */
export async function changeGoal(
  scope: Scope,
  courseId: string,
  goalId: string,
  patch: GoalPatch,
): Promise<GoalView> {
  const grant = await requireCourse(scope, courseId, 'goals.write');
  const changes: Updateable<GoalsTable> = {};
  if (patch.title !== undefined) changes.title = patch.title;
  if (patch.status !== undefined) changes.status = patch.status;
  if (patch.track !== undefined) changes.track = patch.track;
  if (patch.area !== undefined) changes.area = patch.area;
  if (patch.circle?.goal !== undefined) changes.circle_goal = patch.circle.goal;
  if (patch.circle?.activities !== undefined) changes.circle_activities = patch.circle.activities;
  if (patch.circle?.measure !== undefined) changes.circle_measure = patch.circle.measure;
  if (patch.circle?.learned !== undefined) changes.circle_learned = patch.circle.learned;
  const row = await updateGoal(scope.tx, courseId, goalId, changes);
  if (!row) throw notFound('goal');
  await insertVersion(scope.tx, {
    municipalityId: grant.municipalityId,
    goalId,
    version: row.version,
    snapshot: snapshotOf(row, patch.note),
    changedBy: scope.actor.userId,
  });
  await audit(
    scope.tx,
    scope.actor,
    auditFor(grant, 'goals.update', {
      objectType: 'goal',
      objectId: goalId,
      detail: { version: row.version, fields: Object.keys(changes) },
    }),
  );
  return viewGoal(row, row.parent_goal_id === null ? await listSubGoals(scope.tx, goalId) : []);
}

/** Every version of a goal, oldest first: "two steps forward, one back" stays visible. */
export async function goalHistory(scope: Scope, courseId: string, goalId: string): Promise<GoalHistory> {
  const grant = await requireCourse(scope, courseId, 'goals.read');
  if (!(await findGoal(scope.tx, courseId, goalId))) throw notFound('goal');
  const rows = await listVersions(scope.tx, goalId);
  await audit(
    scope.tx,
    scope.actor,
    auditFor(grant, 'goals.history.read', {
      objectType: 'goal',
      objectId: goalId,
      detail: { versions: rows.length },
    }),
  );
  return {
    versions: rows.map((r) => ({
      version: r.version,
      changedAt: new Date(r.changed_at).toISOString(),
      changedBy: r.user_id && r.display_name ? { id: r.user_id, displayName: r.display_name } : null,
      snapshot: readSnapshot(r.snapshot),
    })),
  };
}
