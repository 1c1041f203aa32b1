import type { CaseloadItem } from '../courses/api.ts';
import {
  type AbsenceReason,
  type AttendanceDay,
  absenceReasons,
  type DayEntry,
  parseHours,
  roleWritesAttendance,
} from './api.ts';

/** The group attendance page's rows (GroupAttendancePage.tsx): pure, no React. */

/** One young person's day as chosen on this page: present, or absent for one of the reasons. */
export type Choice = 'present' | AbsenceReason;
export const choices: readonly Choice[] = ['present', ...absenceReasons];

export interface Row {
  choice: Choice | '';
  hours: string;
}

export type Outcome = { ok: true; text: string } | { ok: false; text: string; serverSaid: string | null };

const emptyRow: Row = { choice: '', hours: '' };

/** What is registered for the day, as a row of this page (hours in the reader's own notation). */
export function rowOf(day: AttendanceDay | undefined, number: (value: number) => string): Row {
  if (!day) return emptyRow;
  if (day.status === 'present') return { choice: 'present', hours: day.hours > 0 ? number(day.hours) : '' };
  return { choice: day.absenceReason ?? '', hours: '' };
}

/** Two rows mean the same registration: the same choice, and for a present day the same hours. */
export function sameRow(a: Row, b: Row): boolean {
  if (a.choice !== b.choice) return false;
  if (a.choice !== 'present') return true;
  return (parseHours(a.hours) ?? 0) === (parseHours(b.hours) ?? 0);
}

export function entryOf(row: Row): DayEntry {
  if (row.choice === 'present') {
    const hours = parseHours(row.hours);
    return typeof hours === 'number' ? { status: 'present', hours } : { status: 'present' };
  }
  return { status: 'absent', absenceReason: row.choice as AbsenceReason };
}

/** The courses whose attendance the person registers: their role allows it and the course runs. */
export function splitCourses(items: CaseloadItem[]) {
  const mine = items.filter((item) => roleWritesAttendance(item.role));
  return {
    // A reader who may not see the status (a company) has no status here: those courses count as running.
    running: mine.filter((item) => item.status !== 'paused' && item.status !== 'ended'),
    notRunning: mine.filter((item) => item.status === 'paused' || item.status === 'ended').length,
  };
}
