import { queryOptions } from '@tanstack/react-query';
import { type CourseRole, rolePermissions } from '../../../src/auth/permissions.ts';
import type { AbsenceReason, DayEntry, DaySaved, Me, MonthView, Ok } from '../api/types.ts';
import { vocabulary } from '../api/vocabulary.ts';
import { api, query } from '../app/api.ts';

/** Shapes generated from src/attendance/schemas.ts. */
export type {
  AbsenceReason,
  AttendanceDay,
  AttendanceStatus,
  DayEntry,
  MonthView,
} from '../api/types.ts';
export const absenceReasons = vocabulary<AbsenceReason>()(['sick', 'agreed', 'unexplained']);

const base = (courseId: string) => `/api/courses/${encodeURIComponent(courseId)}/attendance`;

export const attendanceQuery = (courseId: string, month: string) =>
  queryOptions({
    queryKey: ['course', courseId, 'attendance', month],
    queryFn: () => api<MonthView>('GET', `${base(courseId)}${query({ month })}`),
  });

/** A new day, or (with the version the person saw) a correction of one. */
export const registerDay = (courseId: string, day: string, entry: DayEntry, version?: number) =>
  api<DaySaved>('PUT', `${base(courseId)}/${day}`, entry, version === undefined ? {} : { ifMatch: version });

export const deleteDay = (courseId: string, day: string, version: number) =>
  api<Ok>('DELETE', `${base(courseId)}/${day}`, undefined, { ifMatch: version });

/** Hours as typed by a Dane ("5,5") or anyone else ("5.5"); empty means not given. */
export function parseHours(text: string): number | null | 'invalid' {
  const trimmed = text.trim().replace(',', '.');
  if (!trimmed) return null;
  const value = Number(trimmed);
  return Number.isFinite(value) && value >= 0 && value <= 24 ? value : 'invalid';
}

/** Whether a course role may register attendance: the server's own table (src/auth/permissions.ts). */
export const roleWritesAttendance = (role: string): boolean =>
  Object.hasOwn(rolePermissions, role) && rolePermissions[role as CourseRole].has('attendance.write');

/**
 * Whether the navigation offers the group's attendance page: to staff whose role registers
 * attendance. Decided from their roles, so no course is read (and written in a young person's
 * access log) only to draw the menu; the page itself lists the courses where their course role allows it.
 */
export const mayRegisterForGroups = (me: Me | undefined): boolean =>
  me?.user.memberships.some((m) => m.role !== 'participant' && roleWritesAttendance(m.role)) ?? false;
