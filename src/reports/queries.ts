import { sql } from 'kysely';
import { DEFAULT_INSTRUMENT_KEY } from '../measurements/instrument.ts';
import type { IsoDate } from '../platform/dates.ts';
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
 * Registered attendance per course and calendar month between two days: the dashboard's trend.
 * Whole months come from the monthly counts the attendance triggers keep (migrations/022); only
 * the month of `to` is counted from its days, since "as of" stops inside it.
 */
export async function loadAttendanceByMonth(tx: Db, partnershipId: string, from: IsoDate, to: IsoDate) {
  const monthOfTo = `${to.slice(0, 7)}-01`;
  const inPartnership = tx.selectFrom('courses').select('id').where('partnership_id', '=', partnershipId);
  const [months, days] = await Promise.all([
    tx
      .selectFrom('attendance_months')
      .select(['course_id', sql<string>`to_char(month, 'YYYY-MM')`.as('month'), 'present', 'absent'])
      .where('course_id', 'in', inPartnership)
      .where('month', '>=', from)
      .where('month', '<', monthOfTo)
      .execute(),
    tx
      .selectFrom('attendance as a')
      .select((eb) => [
        'a.course_id',
        eb.fn.count<string>('a.day').filterWhere('a.status', '=', 'present').as('present'),
        eb.fn.count<string>('a.day').filterWhere('a.status', '=', 'absent').as('absent'),
      ])
      .where('a.course_id', 'in', inPartnership)
      .where('a.day', '>=', monthOfTo)
      .where('a.day', '<=', to)
      .groupBy('a.course_id')
      .execute(),
  ]);
  return [
    ...months,
    ...days.map((r) => ({
      course_id: r.course_id,
      month: to.slice(0, 7),
      present: Number(r.present),
      absent: Number(r.absent),
    })),
  ];
}

/** The partnership's promise and due intervals, as its current agreement set them (migrations/020). */
export async function loadPartnershipTerms(tx: Db, partnershipId: string) {
  const row = await tx
    .selectFrom('partnerships')
    .select(['first_contact_promise_days', 'baseline_months', 'measurement_months', 'status_letter_months'])
    .where('id', '=', partnershipId)
    .executeTakeFirstOrThrow();
  return {
    firstContactDays: row.first_contact_promise_days,
    intervals: {
      baselineMonths: row.baseline_months,
      measurementMonths: row.measurement_months,
      statusLetterMonths: row.status_letter_months,
    },
  };
}
