import { sql } from 'kysely';
import { DEFAULT_INSTRUMENT_KEY } from '../measurements/instrument.ts';
import { addMonths, type IsoDate } from '../platform/dates.ts';
import type { Db } from '../platform/db.ts';
import type { ReportCourse } from './compute.ts';

/** A course as the report reads it, with who it is: the rows behind a figure name them. */
export interface RecordedCourse extends ReportCourse {
  courseId: string;
  participantId: string;
  ref: string;
  givenName: string;
  familyName: string;
  referralDate: IsoDate | null;
  firstContactDate: IsoDate | null;
}

/**
 * The partnership's courses with what the report needs, already narrowed to what was recorded
 * on or before `asOf` (computeReport applies the same rules again; this only saves reading).
 * Three queries whatever the size, joined up in memory.
 */
export async function loadReportCourses(
  tx: Db,
  partnershipId: string,
  asOf: IsoDate,
): Promise<RecordedCourse[]> {
  const courses = await tx
    .selectFrom('courses as c')
    .innerJoin('participants as pt', 'pt.id', 'c.participant_id')
    .select([
      'c.id',
      'c.participant_id',
      'c.start_date',
      'c.granted_months',
      'c.outcome_type',
      'c.outcome_date',
      'pt.birth_date',
      'pt.gender',
      'pt.disabilities',
      'pt.ref',
      'pt.given_name',
      'pt.family_name',
      'c.referral_date',
      'c.first_contact_date',
    ])
    .where('c.partnership_id', '=', partnershipId)
    .where('c.start_date', '<=', asOf)
    .orderBy('c.start_date')
    .orderBy('c.id')
    .execute();

  const consents = await tx
    .selectFrom('consents as k')
    .select(['k.participant_id', 'k.given_on', 'k.withdrawn_on'])
    .where(
      'k.participant_id',
      'in',
      tx.selectFrom('courses').select('participant_id').where('partnership_id', '=', partnershipId),
    )
    .where('k.purpose', '=', 'statistics')
    .where('k.given_on', '<=', asOf)
    .execute();

  // Only the distance-to-labour-market form (any version) measures distance to the labour market,
  // and only the professional's scores count (the young person's own are recorded beside them).
  // Development is the latest minus the first (DOMAIN.md "Measurement"), so of each course only
  // those two are read: ranked both ways in the recorded order, the rows between never leave
  // the database. Returned in the recorded order, as development() expects.
  const ranked = tx
    .selectFrom('measurements as m')
    .innerJoin('courses as c', 'c.id', 'm.course_id')
    .innerJoin('measurement_instruments as i', 'i.id', 'm.instrument_id')
    .select([
      'm.course_id',
      'm.measured_on',
      'm.scores',
      'm.created_at',
      'm.id',
      sql<number>`row_number() over (partition by m.course_id order by m.measured_on, m.created_at, m.id)`.as(
        'from_first',
      ),
      sql<number>`row_number() over (partition by m.course_id order by m.measured_on desc, m.created_at desc, m.id desc)`.as(
        'from_latest',
      ),
    ])
    .where('c.partnership_id', '=', partnershipId)
    .where('i.key', '=', DEFAULT_INSTRUMENT_KEY)
    .where('m.perspective', '=', 'professional')
    .where('m.measured_on', '<=', asOf);
  const measurements = await tx
    .selectFrom(ranked.as('r'))
    .select(['r.course_id', 'r.measured_on', 'r.scores'])
    .where((eb) => eb.or([eb('r.from_first', '=', 1), eb('r.from_latest', '=', 1)]))
    .orderBy('r.measured_on')
    .orderBy('r.created_at')
    .orderBy('r.id')
    .execute();

  const consentsOf = groupBy(consents, (k) => k.participant_id);
  const measurementsOf = groupBy(measurements, (m) => m.course_id);
  return courses.map((c) => ({
    courseId: c.id,
    participantId: c.participant_id,
    ref: c.ref,
    givenName: c.given_name,
    familyName: c.family_name,
    referralDate: c.referral_date,
    firstContactDate: c.first_contact_date,
    startDate: c.start_date,
    grantedMonths: c.granted_months,
    outcome: c.outcome_type && c.outcome_date ? { type: c.outcome_type, date: c.outcome_date } : null,
    participant: { birthDate: c.birth_date, gender: c.gender, disabilities: c.disabilities },
    statisticsConsents: (consentsOf.get(c.participant_id) ?? []).map((k) => ({
      givenOn: k.given_on,
      withdrawnOn: k.withdrawn_on,
    })),
    measurements: (measurementsOf.get(c.id) ?? []).map((m) => ({ date: m.measured_on, scores: m.scores })),
  }));
}

function groupBy<T>(rows: readonly T[], key: (row: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const k = key(row);
    const list = groups.get(k);
    if (list) list.push(row);
    else groups.set(k, [row]);
  }
  return groups;
}

/** "Følte du dig hørt?" answers for the partnership's meetings held on or before the day. */
export async function loadFeltHeardAnswers(tx: Db, partnershipId: string, asOf: IsoDate) {
  const rows = await tx
    .selectFrom('meeting_feedback')
    .select('answer')
    .where('partnership_id', '=', partnershipId)
    .where('meeting_day', '<=', asOf)
    .execute();
  return rows.map((r) => r.answer);
}

/**
 * Registered attendance per calendar month between two days, summed over the given courses (the
 * dashboard's trend counts participants in statistics only): twelve rows, not one per course.
 * The months come from the monthly counts the attendance triggers keep (migrations/022); in the
 * month of `to`, "as of" stops inside it, so the days after `to` (usually none) are taken off
 * again, looked up per course on the (course, day) index.
 */
export async function loadAttendanceByMonth(
  tx: Db,
  courseIds: readonly string[],
  from: IsoDate,
  to: IsoDate,
) {
  if (courseIds.length === 0) return [];
  const ids = sql`unnest(${[...courseIds]}::uuid[]) as ids(id)`;
  const nextMonth = addMonths(`${to.slice(0, 7)}-01`, 1);
  const { rows } = await sql<{ month: string; present: string; absent: string }>`
    select to_char(m.month, 'YYYY-MM') as month, sum(m.present) as present, sum(m.absent) as absent
    from ${ids} join attendance_months m on m.course_id = ids.id
    where m.month >= ${from} and m.month < ${nextMonth}
    group by m.month
    union all
    select ${to.slice(0, 7)}, -count(*) filter (where a.status = 'present'), -count(*) filter (where a.status = 'absent')
    from ${ids} join attendance a on a.course_id = ids.id and a.day > ${to} and a.day < ${nextMonth}`.execute(
    tx,
  );
  return rows.map((r) => ({ month: r.month, present: Number(r.present), absent: Number(r.absent) }));
}

/** Days from referral to first contact the partnership promises, as its current agreement set them (migrations/020). */
export async function loadFirstContactPromise(tx: Db, partnershipId: string): Promise<number> {
  const row = await tx
    .selectFrom('partnerships')
    .select('first_contact_promise_days')
    .where('id', '=', partnershipId)
    .executeTakeFirstOrThrow();
  return row.first_contact_promise_days;
}
