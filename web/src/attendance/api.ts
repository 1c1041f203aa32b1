import { queryOptions } from '@tanstack/react-query';
import { api, query } from '../app/api.ts';

export type AttendanceStatus = 'present' | 'absent';
export type AbsenceReason = 'sick' | 'agreed' | 'unexplained';
export const absenceReasons: AbsenceReason[] = ['sick', 'agreed', 'unexplained'];

export interface AttendanceDay {
  day: string;
  status: AttendanceStatus;
  absenceReason: AbsenceReason | null;
  hours: number;
}

export interface MonthView {
  month: string;
  days: AttendanceDay[];
  summary: {
    registeredDays: number;
    presentDays: number;
    absentDays: { sick: number; agreed: number; unexplained: number };
    hours: number;
    presentShare: number | null;
  };
  trend: Array<{ month: string; registeredDays: number; presentDays: number; presentShare: number | null }>;
}

export interface DayEntry {
  status: AttendanceStatus;
  absenceReason?: AbsenceReason | null;
  hours?: number;
}

const base = (courseId: string) => `/api/courses/${encodeURIComponent(courseId)}/attendance`;

export const attendanceQuery = (courseId: string, month: string) =>
  queryOptions({
    queryKey: ['course', courseId, 'attendance', month],
    queryFn: () => api<MonthView>('GET', `${base(courseId)}${query({ month })}`),
  });

export const registerDay = (courseId: string, day: string, entry: DayEntry) =>
  api<{ day: AttendanceDay }>('PUT', `${base(courseId)}/${day}`, entry);

export const deleteDay = (courseId: string, day: string) =>
  api<unknown>('DELETE', `${base(courseId)}/${day}`);
