import { queryOptions } from '@tanstack/react-query';
import type {
  CircleStep,
  GoalArea,
  GoalHistory,
  GoalList,
  GoalPatch,
  GoalSaved,
  GoalStatus,
  NewGoal,
} from '../api/types.ts';
import { vocabulary } from '../api/vocabulary.ts';
import { api } from '../app/api.ts';

/** Shapes generated from src/goals/schemas.ts. */
export type {
  Circle,
  CircleStep,
  Goal,
  GoalArea,
  GoalPatch,
  GoalStatus,
  GoalVersion,
  NewGoal,
  SubGoal,
} from '../api/types.ts';
export const goalAreas = vocabulary<GoalArea>()(['employmentEducation', 'socialHealth', 'leisureRelations']);
export const goalStatuses = vocabulary<GoalStatus>()(['active', 'achieved', 'paused', 'dropped']);

/** The learning circle's four steps, in order. */
export const circleSteps = vocabulary<CircleStep>()(['goal', 'activities', 'measure', 'learned']);

const base = (courseId: string) => `/api/courses/${encodeURIComponent(courseId)}/goals`;

export const goalsQuery = (courseId: string) =>
  queryOptions({
    queryKey: ['course', courseId, 'goals'],
    queryFn: () => api<GoalList>('GET', base(courseId)),
  });

export const goalHistoryQuery = (courseId: string, goalId: string) =>
  queryOptions({
    queryKey: ['course', courseId, 'goals', goalId, 'history'],
    queryFn: () => api<GoalHistory>('GET', `${base(courseId)}/${encodeURIComponent(goalId)}/history`),
  });

export const createGoal = (courseId: string, goal: NewGoal) => api<GoalSaved>('POST', base(courseId), goal);

/** A change to the version the person saw; someone else's change in between gives 412. */
export const updateGoal = (courseId: string, goalId: string, patch: GoalPatch, version: number) =>
  api<GoalSaved>('PATCH', `${base(courseId)}/${encodeURIComponent(goalId)}`, patch, { ifMatch: version });
