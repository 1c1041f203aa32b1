import { sql } from 'kysely';
import { type CourseScope, refuse } from '../auth/course-scope.ts';
import { addDays, monthRange, today } from '../platform/dates.ts';
import { AppError, badRequest, conflict, notFound } from '../platform/errors.ts';
import { type Expected, StaleVersion } from '../platform/versions.ts';
import { attendanceQueries, type DayRow } from './queries.ts';
import type { AttendanceQuery, DayEntry, DayView, MonthView } from './schemas.ts';
import { monthsEndingWith, summarise, trend } from './summary.ts';

const TREND_MONTHS = 6;

const viewDay = (r: DayRow, userId: string): DayView => ({
  day: r.day,
  status: r.status,
  absenceReason: r.absence_reason,
  hours: Number(r.hours),
  workplace: { id: r.workplace_id, name: r.workplace_name },
  recordedByMe: r.recorded_by === userId,
  version: r.version,
});

/** 412 with the day as it is now, as this reader may see it (nothing when it is gone). */
function stale(scope: CourseScope, now: DayRow | undefined) {
  if (!now) return new StaleVersion(null, null);
  const current = scope.present('attendanceDaySaved', { day: viewDay(now, scope.actor.userId) }).day;
  return new StaleVersion(now.version, current ?? null);
}

/**
 * A month of attendance with its summary and the six-month trend (default: this month): one
 * statement with its audit row (`work.courseRead`), which counts in SQL the days the reader receives.
 */
export async function getMonth(scope: CourseScope, query: AttendanceQuery): Promise<MonthView> {
  const { grant } = scope;
  const month = query.month ?? today().slice(0, 7);
  const { first, last } = monthRange(month);
  const months = monthsEndingWith(month, TREND_MONTHS);
  // The view policy's attendance-day rule: a company receives the days at its own workplace with
  // class attendance and the others with attendanceAllWorkplaces; everyone else all with attendance.
  const company = grant.side === 'company';
  const shown = {
    workplaceId: grant.organisationId,
    own: grant.classes.has('attendance'),
    others: grant.classes.has(company ? 'attendanceAllWorkplaces' : 'attendance'),
  };
  const [row] = await scope.readAudited(
    scope.queries(attendanceQueries).month(first, last, `${months[0]}-01`, shown),
    'attendance.read',
    { objectType: 'course', objectId: grant.courseId, detail: { month } },
    { days: sql`(select shown from rows)` },
  );
  if (!row) throw new Error('the month read returned no row');
  const days = row.days.map((r) => viewDay(r, scope.actor.userId));
  const view = scope.present('attendanceMonth', {
    month,
    days,
    summary: summarise(days),
    trend: trend(months, row.counts),
  });
  if (view.days.length !== Number(row.shown))
    throw new Error('the month read counted other days than the view policy shows: they disagree');
  return view;
}

/**
 * A company mentor works with the days at their own workplace, and changes only the days they
 * registered themselves; anything else is refused as if it did not exist, and the attempt audited.
 */
function mayChange(
  scope: CourseScope,
  existing: DayRow | undefined,
  action: 'attendance.write' | 'attendance.delete',
  day: string,
) {
  if (scope.grant.side !== 'company' || !existing) return;
  if (existing.recorded_by !== scope.actor.userId)
    throw refuse(scope, notFound('attendance day'), action, {
      objectType: 'attendanceDay',
      objectId: day,
      detail: { day, reason: 'registeredByOthers' },
    });
}

async function workplaceFor(
  scope: CourseScope,
  requested: string | undefined,
  existing: DayRow | undefined,
  institutionId: string,
) {
  const { grant } = scope;
  if (grant.side === 'company') {
    if (requested && requested !== grant.organisationId)
      throw badRequest(
        'body.workplaceId: a company mentor registers attendance at their own workplace',
        'body.workplaceId',
      );
    return grant.organisationId;
  }
  // A correction keeps where the day was spent unless it says otherwise.
  if (!requested) return existing?.workplace_id ?? institutionId;
  if (requested === institutionId) return institutionId;
  if ((await scope.queries(attendanceQueries).organisationKind(requested)) !== 'company')
    throw badRequest('body.workplaceId: the institution or a company', 'body.workplaceId');
  return requested;
}

/**
 * Registers one day (or corrects it). A day is within the course; only an agreed absence may be
 * registered ahead of time — presence, sickness and unexplained absence are facts after the day.
 */
export async function saveDay(
  scope: CourseScope,
  day: string,
  entry: DayEntry,
  expected: Expected | null,
): Promise<DayView> {
  const q = scope.queries(attendanceQueries);
  // One writes only what one may read.
  if (!scope.grant.classes.has('attendance'))
    throw badRequest('attendance is not shared with you on this course', 'params.day');
  const { start_date: start, institution_id: institutionId } = await q.course();
  if (start && day < start) throw badRequest(`params.day: the course starts on ${start}`, 'params.day');
  if (!start && day < '2000-01-01')
    throw badRequest('params.day: must not be before 2000-01-01', 'params.day');
  const now = today();
  if (day > now && entry.absenceReason !== 'agreed') {
    throw badRequest('params.day: only an agreed absence may be registered for a future day', 'params.day');
  }
  if (day > addDays(now, 366)) throw badRequest('params.day: more than a year ahead', 'params.day');
  const existing = await q.findDay(day);
  mayChange(scope, existing, 'attendance.write', day);
  const workplaceId = await workplaceFor(scope, entry.workplaceId, existing, institutionId);
  const values = {
    day,
    status: entry.status,
    absenceReason: entry.status === 'absent' ? (entry.absenceReason ?? null) : null,
    hours: entry.hours ?? 0,
    workplaceId,
    recordedBy: scope.actor.userId,
  };
  let row: DayRow | undefined;
  if (existing) {
    // A correction names the version it corrects; a second writer who saw the same day loses.
    if (expected === null)
      throw new AppError(
        428,
        'precondition_required',
        'this day is already registered: send its version in If-Match to correct it',
        'If-Match',
      );
    row = await q.updateDay(values, expected);
    if (!row) throw stale(scope, await q.findDay(day));
  } else {
    // Based on a day that is gone (removed by someone else): refuse rather than recreate it.
    if (expected !== null) throw stale(scope, undefined);
    row = await q.insertDay(values);
    if (!row) {
      const now = await q.findDay(day);
      if (now) throw stale(scope, now);
      throw conflict('params.day: this day is registered on another course of the participant', 'params.day');
    }
  }
  await scope.audit('attendance.write', {
    objectType: 'attendanceDay',
    objectId: day,
    detail: { day, status: entry.status },
  });
  return viewDay(row, scope.actor.userId);
}

/** Removes a day registered by mistake. */
export async function removeDay(scope: CourseScope, day: string, expected: Expected): Promise<void> {
  const q = scope.queries(attendanceQueries);
  const existing = await q.findDay(day);
  mayChange(scope, existing, 'attendance.delete', day);
  if (!existing) throw notFound('attendance day');
  if (!(await q.deleteDay(day, expected))) throw stale(scope, await q.findDay(day));
  await scope.audit('attendance.delete', { objectType: 'attendanceDay', objectId: day, detail: { day } });
}
