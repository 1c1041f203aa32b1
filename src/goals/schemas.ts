import { z } from 'zod';
import { presentedAs } from '../auth/present.ts';
import { storableText, track } from '../platform/schemas.ts';

export const goalArea = z.enum(['employmentEducation', 'socialHealth', 'leisureRelations']);
export const goalStatus = z.enum(['active', 'achieved', 'paused', 'dropped']);

const title = storableText(500, 1);

/** The learning circle's four steps; each may be empty while the goal is being worked out. */
const circleFields = {
  goal: storableText(5000),
  activities: storableText(5000),
  measure: storableText(5000),
  learned: storableText(5000),
};
export const circle = z.object(circleFields);
export type Circle = z.infer<typeof circle>;
const partialCircle = z.strictObject(circleFields).partial();

export const goalParams = z.strictObject({ courseId: z.uuid(), goalId: z.uuid() });

export const newGoal = z.strictObject({
  area: goalArea,
  track: track.nullable().optional(),
  title,
  parentGoalId: z.uuid().optional(),
  circle: partialCircle.optional(),
});
export type NewGoal = z.infer<typeof newGoal>;

export const goalPatch = z
  .strictObject({
    title: title.optional(),
    status: goalStatus.optional(),
    track: track.nullable().optional(),
    area: goalArea.optional(),
    circle: partialCircle.optional(),
    /** Why it changed: kept with the version, so the history tells the story. */
    note: storableText(2000).optional(),
  })
  .refine(
    (p) =>
      p.title !== undefined ||
      p.status !== undefined ||
      p.track !== undefined ||
      p.area !== undefined ||
      Object.values(p.circle ?? {}).some((v) => v !== undefined),
    { message: 'nothing to change: give title, status, track, area or circle' },
  );
export type GoalPatch = z.infer<typeof goalPatch>;

const goalFields = {
  id: z.string(),
  area: goalArea,
  track: track.nullable(),
  title: z.string(),
  status: goalStatus,
  circle,
  version: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
};
export const subGoalView = presentedAs('subGoal', z.object(goalFields));
export const goalView = presentedAs('goal', z.object({ ...goalFields, subGoals: z.array(subGoalView) }));
export type SubGoalView = z.infer<typeof subGoalView>;
export type GoalView = z.infer<typeof goalView>;

export const goalList = presentedAs('goalList', z.object({ goals: z.array(goalView) }));
export const goalSaved = presentedAs('goalSaved', z.object({ goal: goalView }));

/** What goal_versions keeps of each version. */
export const snapshot = z.object({
  title: z.string(),
  status: goalStatus,
  area: goalArea,
  track: track.nullable(),
  circle,
  note: z.string().optional(),
});
export type Snapshot = z.infer<typeof snapshot>;

export const goalVersion = presentedAs(
  'goalVersion',
  z.object({
    version: z.number().int(),
    changedAt: z.string(),
    changedBy: z.object({ id: z.string(), displayName: z.string() }).nullable(),
    snapshot,
  }),
);
export const goalHistory = presentedAs('goalHistory', z.object({ versions: z.array(goalVersion) }));
export type GoalHistory = z.infer<typeof goalHistory>;
