import { queryOptions } from '@tanstack/react-query';
import { api } from '../app/api.ts';

/** Shapes of GET /api/caseload and GET /api/courses/:courseId (src/courses/schemas.ts). */

export type CourseStatus = 'active' | 'paused' | 'ended';
export const courseStatuses: CourseStatus[] = ['active', 'paused', 'ended'];
export const outcomeTypes = [
  'ordinaryJob',
  'flexJob',
  'wageSubsidyJob',
  'shelteredEmployment',
  'education',
  'otherCourse',
  'movedAway',
  'stopped',
] as const;
export type OutcomeType = (typeof outcomeTypes)[number];

export type Permission =
  | 'course.read'
  | 'participant.sensitive.read'
  | 'course.status.write'
  | 'journal.read'
  | 'journal.write'
  | 'attendance.read'
  | 'attendance.write'
  | 'goals.read'
  | 'goals.write'
  | 'consents.read'
  | 'consents.write'
  | 'consents.withdraw';

export interface CaseloadItem {
  courseId: string;
  participantName: string;
  role: string;
  status: CourseStatus;
  startDate: string | null;
  attendanceThisMonth: { presentDays: number; registeredDays: number; share: number | null };
  nextDue: { kind: 'statusLetter' | 'measurement'; dueOn: string; overdue: boolean } | null;
}

export interface CourseOverview {
  course: {
    id: string;
    partnership: { id: string; name: string; municipality: string; institution: string };
    referralDate: string | null;
    startDate: string | null;
    grantedMonths: number | null;
    status: CourseStatus;
    outcome: { type: OutcomeType; date: string } | null;
  };
  participant: {
    id: string;
    givenName: string;
    familyName: string;
    phone: string | null;
    email: string | null;
    supportNeeds: string;
    sensitive: {
      birthDate: string;
      gender: 'female' | 'male' | 'other';
      disabilities: string[];
      acquiredStrains: string[];
      cprMasked: string | null;
    } | null;
  };
  team: Array<{ userId: string; displayName: string; role: string; organisation: string }>;
  statusHistory: Array<{ status: CourseStatus; effectiveDate: string; reason: string; changedAt: string }>;
  myRole: string;
  myPermissions: Permission[];
  myNoteVisibilities: Array<'team' | 'professionals' | 'institution'>;
}

export interface StatusChange {
  status: CourseStatus;
  effectiveDate: string;
  reason: string;
  outcome?: { type: OutcomeType; date: string };
}

export const caseloadQuery = queryOptions({
  queryKey: ['caseload'],
  queryFn: () => api<{ items: CaseloadItem[] }>('GET', '/api/caseload'),
});

/** A young person's own course(s); the route may not exist on an older server (404 → none). */
export const myCoursesQuery = queryOptions({
  queryKey: ['myCourses'],
  queryFn: () => api<{ courses: Array<{ courseId: string }> }>('GET', '/api/me/courses'),
  retry: false,
});

export const courseQuery = (courseId: string) =>
  queryOptions({
    queryKey: ['course', courseId],
    queryFn: () => api<CourseOverview>('GET', `/api/courses/${encodeURIComponent(courseId)}`),
  });

export const changeStatus = (courseId: string, change: StatusChange) =>
  api<{ ok: true }>('POST', `/api/courses/${encodeURIComponent(courseId)}/status`, change);

export const can = (overview: CourseOverview | undefined, permission: Permission) =>
  overview?.myPermissions.includes(permission) ?? false;

export const fullName = (data: CourseOverview) =>
  `${data.participant.givenName} ${data.participant.familyName}`;
