import { queryOptions } from '@tanstack/react-query';
import type {
  Caseload,
  CourseOverview,
  CourseStatus,
  MyCourses,
  Ok,
  Permission,
  StatusChange,
} from '../api/types.ts';
import { vocabulary } from '../api/vocabulary.ts';
import { api } from '../app/api.ts';

export { outcomeTypes } from '../../../src/courses/outcomes.ts';
/** Shapes of GET /api/caseload and GET /api/courses/:courseId: generated from src/courses/schemas.ts. */
export type {
  Caseload,
  CaseloadItem,
  CourseOverview,
  CourseStatus,
  OutcomeType,
  Permission,
  StatusChange,
} from '../api/types.ts';
export const courseStatuses = vocabulary<CourseStatus>()(['active', 'paused', 'ended']);

export const caseloadQuery = queryOptions({
  queryKey: ['caseload'],
  queryFn: () => api<Caseload>('GET', '/api/caseload'),
});

/** A young person's own course(s); the route may not exist on an older server (404 → none). */
export const myCoursesQuery = queryOptions({
  queryKey: ['myCourses'],
  queryFn: () => api<MyCourses>('GET', '/api/me/courses'),
  retry: false,
});

export const courseQuery = (courseId: string) =>
  queryOptions({
    queryKey: ['course', courseId],
    queryFn: () => api<CourseOverview>('GET', `/api/courses/${encodeURIComponent(courseId)}`),
  });

export const changeStatus = (courseId: string, change: StatusChange, version: number) =>
  api<Ok>('POST', `/api/courses/${encodeURIComponent(courseId)}/status`, change, { ifMatch: version });

export const can = (overview: CourseOverview | undefined, permission: Permission) =>
  overview?.myPermissions.includes(permission) ?? false;

export const fullName = (data: CourseOverview) =>
  `${data.participant.givenName} ${data.participant.familyName}`;
