import { queryOptions } from '@tanstack/react-query';
import type { AbsenceReason, DayEntry, DaySaved, MonthView, Ok } from '../api/types.ts';
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
