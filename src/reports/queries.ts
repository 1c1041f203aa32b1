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
 * Two queries whatever the size, joined up in memory.
 *
 * Everything about a course is looked up per course on an index (issue 11, national volume):
 * joined or filtered by `… in (the partnership's courses)`, the planner prefers hashing a
 * sequential scan of the whole participants, consents and measurements tables to 2,000 index
 * probes, and the read then grows with the nation instead of the partnership.
 */
export async function loadReportCourses(
  tx: Db,
  partnershipId: string,
  asOf: IsoDate,
): Promise<RecordedCourse[]> {
  const courses = await tx
    .selectFrom('courses as c')
    // OFFSET 0 keeps the planner from flattening the lateral into a join (which it would hash).
    .innerJoinLateral(
      (eb) =>
        eb
          .selectFrom('participants as p')
          .select(['p.birth_date', 'p.gender', 'p.disabilities', 'p.ref', 'p.given_name', 'p.family_name'])
          .whereRef('p.id', '=', 'c.participant_id')
          .offset(0)
          .as('pt'),
      (join) => join.onTrue(),
    )
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
      // The participant's consents to statistics (any order): a participant with two courses has them on both.
      sql<
        Array<{ givenOn: IsoDate; withdrawnOn: IsoDate | null }>
      >`(select coalesce(json_agg(json_build_object(
          'givenOn', k.given_on, 'withdrawnOn', k.withdrawn_on)), '[]'::json)
        from consents k where k.participant_id = c.participant_id and k.purpose = 'statistics'
          and k.given_on <= ${asOf})`.as('statistics_consents'),
    ])
    .where('c.partnership_id', '=', partnershipId)
    .where('c.start_date', '<=', asOf)
    .orderBy('c.start_date')
    .orderBy('c.id')
    .execute();

  // Only the distance-to-labour-market form (any version) measures distance to the labour market,
  // and only the professional's scores count (the young person's own are recorded beside them).
  // Development is the latest minus the first (DOMAIN.md "Measurement"), so of each course only
  // those two are read, each the first row of the course's index in one direction
  // (migrations/024); the rows between are never touched. Returned in the recorded order, as
  // development() expects.
  const oneEnd = (direction: 'asc' | 'desc') => {
    const d = sql.raw(direction);
    return sql`(select m.id, m.course_id, m.measured_on, m.created_at, m.scores
      from measurements m join measurement_instruments i on i.id = m.instrument_id and i.key = ${DEFAULT_INSTRUMENT_KEY}
      where m.course_id = c.id and m.perspective = 'professional' and m.measured_on <= ${asOf}
      order by m.measured_on ${d}, m.created_at ${d}, m.id ${d} limit 1)`;
  };
  const { rows: measurements } = await sql<{
    course_id: string;
    measured_on: IsoDate;
    scores: Record<string, number>;
  }>`select m.course_id, m.measured_on, m.scores
    from courses c cross join lateral (${oneEnd('asc')} union ${oneEnd('desc')}) m
    where c.partnership_id = ${partnershipId}
    order by m.measured_on, m.created_at, m.id`.execute(tx);

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
    statisticsConsents: c.statistics_consents,
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
  // Per course on the (course_id, month) key: joined, the planner hashes the whole table. OFFSET 0
  // keeps the lateral from being flattened into that join.
  const { rows } = await sql<{ month: string; present: string; absent: string }>`
    select to_char(m.month, 'YYYY-MM') as month, sum(m.present) as present, sum(m.absent) as absent
    from ${ids} cross join lateral (select am.month, am.present, am.absent from attendance_months am
      where am.course_id = ids.id and am.month >= ${from} and am.month < ${nextMonth} offset 0) m
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
