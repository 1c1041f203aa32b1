import { sql, type Updateable } from 'kysely';
import type { CourseScope } from '../auth/course-scope.ts';
import { isHealthRecord } from '../auth/health-records.ts';
import { badRequest, notFound } from '../platform/errors.ts';
import type { GoalsTable } from '../platform/schema.ts';
import { type Expected, StaleVersion } from '../platform/versions.ts';
import { type GoalRow, goalQueries } from './queries.ts';
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

/** Whether the reader may read a goal: health goals only with the health class. */
export const mayRead = (scope: CourseScope, goal: { area?: unknown; track?: unknown }) =>
  scope.grant.classes.has(isHealthRecord(goal) ? 'health' : 'goals');

/** One writes only what one may read: health goals only with the health class. */
function mayWrite(scope: CourseScope, goal: { area?: unknown; track?: unknown }) {
  if (!mayRead(scope, goal))
    throw badRequest('body.area: you may not write goals of this kind on this course', 'body.area');
}

/**
 * The course's goals, oldest first, each with its sub-goals: one statement with its audit row
 * (`work.courseRead`). The read leaves out the goals the reader's classes do not open, and the audit
 * counts in SQL what the page shows of the rows read: the top-level goals and their sub-goals.
 */
export async function listCourseGoals(scope: CourseScope) {
  const { grant } = scope;
  const read = scope
    .queries(goalQueries)
    .page({ goals: grant.classes.has('goals'), health: grant.classes.has('health') });
  const rows = await scope.readAudited(
    read,
    'goals.read',
    { objectType: 'course', objectId: grant.courseId },
    {
      count: sql`(select count(*) from rows r where r.parent_goal_id is null
        or exists (select 1 from rows p where p.id = r.parent_goal_id and p.parent_goal_id is null))`,
    },
  );
  const all = rows
    .filter((r) => r.parent_goal_id === null)
    .map((g) =>
      viewGoal(
        g,
        rows.filter((r) => r.parent_goal_id === g.id),
      ),
    );
  const goals = scope.present('goalList', { goals: all }).goals;
  if (count(goals) !== count(all))
    throw new Error('the goals read rows the view policy leaves out: its filter and the policy disagree');
  return { goals };
}

const count = (goals: ReadonlyArray<{ subGoals: unknown[] }>) =>
  goals.reduce((n, g) => n + 1 + g.subGoals.length, 0);

/** A new goal, or a sub-goal under a top-level goal of the same course; its history starts at version 1. */
export async function createGoal(scope: CourseScope, input: NewGoal): Promise<GoalView> {
  const q = scope.queries(goalQueries);
  mayWrite(scope, input);
  if (input.parentGoalId) {
    const parent = await q.find(input.parentGoalId);
    if (!parent || parent.parent_goal_id !== null) {
      throw badRequest('body.parentGoalId: not a top-level goal of this course', 'body.parentGoalId');
    }
  }
  const row = await q.insert({
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
  await q.insertVersion({
    goalId: row.id,
    version: row.version,
    snapshot: snapshotOf(row),
    changedBy: scope.actor.userId,
  });
  await scope.audit('goals.create', {
    objectType: 'goal',
    objectId: row.id,
    detail: { version: row.version, parentGoalId: input.parentGoalId ?? null },
  });
  return viewGoal(row, []);
}

/** Changes a goal as a new version; earlier versions stay as they were. */
export async function changeGoal(
  scope: CourseScope,
  goalId: string,
  patch: GoalPatch,
  expected: Expected,
): Promise<GoalView> {
  const q = scope.queries(goalQueries);
  const current = await q.find(goalId);
  if (!current || !mayRead(scope, current)) throw notFound('goal');
  mayWrite(scope, {
    area: patch.area ?? current.area,
    track: patch.track === undefined ? current.track : patch.track,
  });
  const changes: Updateable<GoalsTable> = {};
  if (patch.title !== undefined) changes.title = patch.title;
  if (patch.status !== undefined) changes.status = patch.status;
  if (patch.track !== undefined) changes.track = patch.track;
  if (patch.area !== undefined) changes.area = patch.area;
  if (patch.circle?.goal !== undefined) changes.circle_goal = patch.circle.goal;
  if (patch.circle?.activities !== undefined) changes.circle_activities = patch.circle.activities;
  if (patch.circle?.measure !== undefined) changes.circle_measure = patch.circle.measure;
  if (patch.circle?.learned !== undefined) changes.circle_learned = patch.circle.learned;
  const row = await q.update(goalId, changes, expected);
  if (!row) {
    // Someone changed it after this reader opened it: refuse, and show them what it is now.
    const now = await q.find(goalId);
    if (!now) throw notFound('goal');
    const subGoals = now.parent_goal_id === null ? await q.listSubGoals(goalId) : [];
    throw new StaleVersion(now.version, scope.present('goalSaved', { goal: viewGoal(now, subGoals) }).goal);
  }
  await q.insertVersion({
    goalId,
    version: row.version,
    snapshot: snapshotOf(row, patch.note),
    changedBy: scope.actor.userId,
  });
  await scope.audit('goals.update', {
    objectType: 'goal',
    objectId: goalId,
    detail: { version: row.version, fields: Object.keys(changes) },
  });
  return viewGoal(row, row.parent_goal_id === null ? await q.listSubGoals(goalId) : []);
}

/** Every version of a goal, oldest first: "two steps forward, one back" stays visible. */
export async function goalHistory(scope: CourseScope, goalId: string): Promise<GoalHistory> {
  const q = scope.queries(goalQueries);
  const goal = await q.find(goalId);
  if (!goal || !mayRead(scope, goal)) throw notFound('goal');
  const rows = await q.listVersions(goalId);
  await scope.audit('goals.history.read', {
    objectType: 'goal',
    objectId: goalId,
    detail: { versions: rows.length },
  });
  return {
    versions: rows.map((r) => ({
      version: r.version,
      changedAt: new Date(r.changed_at).toISOString(),
      changedBy: r.user_id && r.display_name ? { id: r.user_id, displayName: r.display_name } : null,
      snapshot: readSnapshot(r.snapshot),
    })),
  };
}
