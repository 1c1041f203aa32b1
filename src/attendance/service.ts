import { audit } from '../audit/audit.ts';
import { auditFor, requireCourse } from '../auth/access.ts';
import { addDays, monthRange, today } from '../platform/dates.ts';
import { badRequest, conflict, notFound } from '../platform/errors.ts';
import type { Scope } from '../platform/scope.ts';
import { courseStart, deleteDay, listDays, monthlyCounts, upsertDay } from './queries.ts';
import type { AttendanceQuery, DayEntry, DayView, MonthView } from './schemas.ts';
import { monthsEndingWith, summarise, trend } from './summary.ts';

const TREND_MONTHS = 6;

const viewDay = (r: {
  day: string;
  status: DayView['status'];
  absence_reason: DayView['absenceReason'];
  hours: number;
}): DayView => ({ day: r.day, status: r.status, absenceReason: r.absence_reason, hours: Number(r.hours) });

/** A month of attendance with its summary and the six-month trend (default: this month). */
export async function getMonth(scope: Scope, courseId: string, query: AttendanceQuery): Promise<MonthView> {
  const grant = await requireCourse(scope, courseId, 'attendance.read');
  const month = query.month ?? today().slice(0, 7);
  const { first, last } = monthRange(month);
  const months = monthsEndingWith(month, TREND_MONTHS);
  const days = (await listDays(scope.tx, courseId, first, last)).map(viewDay);
  const counts = await monthlyCounts(scope.tx, courseId, `${months[0]}-01`, last);
  await audit(
    scope.tx,
    scope.actor,
    auditFor(grant, 'attendance.read', {
      objectType: 'course',
      objectId: courseId,
      detail: { month, days: days.length },
    }),
  );
  return { month, days, summary: summarise(days), trend: trend(months, counts) };
}

/**
 * Registers one day (or corrects it). A day is within the course; only an agreed absence may be
 * registered ahead of time — presence, sickness and unexplained absence are facts after the day.
 */
export async function saveDay(
  scope: Scope,
  courseId: string,
  day: string,
  entry: DayEntry,
): Promise<DayView> {
  const grant = await requireCourse(scope, courseId, 'attendance.write');
  const start = await courseStart(scope.tx, courseId);
  if (start && day < start) throw badRequest(`params.day: the course starts on ${start}`, 'params.day');
  if (!start && day < '2000-01-01')
    throw badRequest('params.day: must not be before 2000-01-01', 'params.day');
  const now = today();
  if (day > now && entry.absenceReason !== 'agreed') {
    throw badRequest('params.day: only an agreed absence may be registered for a future day', 'params.day');
  }
  if (day > addDays(now, 366)) throw badRequest('params.day: more than a year ahead', 'params.day');
  const absenceReason = entry.status === 'absent' ? (entry.absenceReason ?? null) : null;
  const row = await upsertDay(scope.tx, {
    municipalityId: grant.municipalityId,
    courseId,
    participantId: grant.participantId,
    day,
    status: entry.status,
    absenceReason,
    hours: entry.hours ?? 0,
    recordedBy: scope.actor.userId,
  });
  if (!row)
    throw conflict('params.day: this day is registered on another course of the participant', 'params.day');
  await audit(
    scope.tx,
    scope.actor,
    auditFor(grant, 'attendance.write', {
      objectType: 'attendanceDay',
      objectId: day,
      detail: { day, status: entry.status },
    }),
  );
  return viewDay(row);
}

/** Removes a day registered by mistake. */
export async function removeDay(scope: Scope, courseId: string, day: string): Promise<void> {
  const grant = await requireCourse(scope, courseId, 'attendance.write');
  if (!(await deleteDay(scope.tx, courseId, day))) throw notFound('attendance day');
  await audit(
    scope.tx,
    scope.actor,
    auditFor(grant, 'attendance.delete', { objectType: 'attendanceDay', objectId: day, detail: { day } }),
  );
}
