import { queryOptions } from '@tanstack/react-query';
import { api } from '../app/api.ts';
import type { Track } from '../app/tracks.ts';

export type GoalArea = 'employmentEducation' | 'socialHealth' | 'leisureRelations';
export const goalAreas: GoalArea[] = ['employmentEducation', 'socialHealth', 'leisureRelations'];
export type GoalStatus = 'active' | 'achieved' | 'paused' | 'dropped';
export const goalStatuses: GoalStatus[] = ['active', 'achieved', 'paused', 'dropped'];

/** The learning circle's four steps, in order. */
export const circleSteps = ['goal', 'activities', 'measure', 'learned'] as const;
export type CircleStep = (typeof circleSteps)[number];
export type Circle = Record<CircleStep, string>;

export interface SubGoal {
  id: string;
  area: GoalArea;
  track: Track | null;
  title: string;
  status: GoalStatus;
  circle: Circle;
  version: number;
  createdAt: string;
  updatedAt: string;
}
export interface Goal extends SubGoal {
  subGoals: SubGoal[];
}

export interface NewGoal {
  area: GoalArea;
  track?: Track | null;
  title: string;
  parentGoalId?: string;
  circle?: Partial<Circle>;
}

export interface GoalPatch {
  title?: string;
  status?: GoalStatus;
  track?: Track | null;
  area?: GoalArea;
  circle?: Partial<Circle>;
  note?: string;
}

export interface GoalVersion {
  version: number;
  changedAt: string;
  changedBy: { id: string; displayName: string } | null;
  snapshot: {
    title: string;
    status: GoalStatus;
    area: GoalArea;
    track: Track | null;
    circle: Circle;
    note?: string;
  };
}

const base = (courseId: string) => `/api/courses/${encodeURIComponent(courseId)}/goals`;

export const goalsQuery = (courseId: string) =>
  queryOptions({
    queryKey: ['course', courseId, 'goals'],
    queryFn: () => api<{ goals: Goal[] }>('GET', base(courseId)),
  });

export const goalHistoryQuery = (courseId: string, goalId: string) =>
  queryOptions({
    queryKey: ['course', courseId, 'goals', goalId, 'history'],
    queryFn: () =>
      api<{ versions: GoalVersion[] }>('GET', `${base(courseId)}/${encodeURIComponent(goalId)}/history`),
  });

export const createGoal = (courseId: string, goal: NewGoal) =>
  api<{ goal: Goal }>('POST', base(courseId), goal);

export const updateGoal = (courseId: string, goalId: string, patch: GoalPatch) =>
  api<{ goal: Goal }>('PATCH', `${base(courseId)}/${encodeURIComponent(goalId)}`, patch);
