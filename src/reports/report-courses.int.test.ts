import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase } from '../../tests/support/database.ts';
import {
  createOrganisation,
  createParticipantWithCourse,
  createPartnership,
  giveConsent,
} from '../demo/builders.ts';
import { clockColumns } from '../due/clock.ts';
import { loadDueCourses } from '../due/queries.ts';
import { defaultInstrumentId } from '../measurements/instrument.ts';
import type { DatabaseHandle } from '../platform/db.ts';
import { loadAttendanceByMonth, loadReportCourses } from './queries.ts';

/**
 * The partnership-level reads look everything up per course on an index (issue 11, national
 * volume): these pin down that they still read exactly the rows the rules count, at the edges
 * the index shapes could get wrong — the first and latest measurement with ties on a day, the
 * young person's own scores and other instruments, a participant with two courses, another
 * partnership's rows, and the due clock against the per-course read of the course page.
 */
let database: DatabaseHandle;
let partnership: string;
const ids: Record<string, string> = {};
const asOf = '2024-12-01';

beforeAll(async () => {
  database = await openTestDatabase();
  const db = database.db;
  const municipality = await createOrganisation(db, 'municipality', 'Kantby Kommune');
  const school = await createOrganisation(db, 'institution', 'Kantby Skole');
  const otherSchool = await createOrganisation(db, 'institution', 'Kantby Anden Skole');
  partnership = await createPartnership(db, {
    municipalityId: municipality,
    institutionId: school,
    name: 'Kant',
  });
  const other = await createPartnership(db, {
    municipalityId: municipality,
    institutionId: otherSchool,
    name: 'Kant Anden',
  });
  // The agreement's intervals, not the model's defaults, reach the clock.
  await db.updateTable('partnerships').set({ measurement_months: 3 }).where('id', '=', partnership).execute();

  const course = async (ref: string, partnershipId: string, startDate: string) => {
    const made = await createParticipantWithCourse(db, {
      partnershipId,
      municipalityId: municipality,
      ref,
      givenName: ref,
      familyName: 'Kant',
      birthDate: '2003-03-03',
      gender: 'male',
      startDate,
      grantedMonths: 24,
    });
    ids[ref] = made.courseId;
    ids[`${ref}-participant`] = made.participantId;
    return made;
  };
  const one = await course('K1', partnership, '2024-01-01');
  // K1's participant has a second course in the same partnership.
  const second = await db
    .insertInto('courses')
    .values({
      municipality_id: municipality,
      partnership_id: partnership,
      participant_id: one.participantId,
      referral_date: '2024-03-01',
      start_date: '2024-03-01',
      granted_months: 12,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  ids.K1b = second.id;
  await course('K2', partnership, '2024-02-01');
  await course('K3', partnership, '2025-01-01'); // starts after asOf
  await course('X1', other, '2024-01-01');

  const instrument = await defaultInstrumentId(db);
  const ownInstrument = await db
    .insertInto('measurement_instruments')
    .values({ key: 'kantTracks', version: 1, definition: JSON.stringify({}), partnership_id: partnership })
    .returning('id')
    .executeTakeFirstOrThrow();
  const measure = (
    courseId: string,
    measuredOn: string,
    score: number,
    createdAt: string,
    extra: { perspective?: 'participant'; instrument?: string } = {},
  ) =>
    db
      .insertInto('measurements')
      .values({
        municipality_id: municipality,
        course_id: courseId,
        instrument_id: extra.instrument ?? instrument,
        measured_on: measuredOn,
        scores: JSON.stringify({ motivation: score, workIdentity: 1, clarification: 1, knowledge: 1 }),
        recorded_by: null,
        created_at: createdAt,
        ...(extra.perspective ? { perspective: extra.perspective } : {}),
      })
      .execute();
  const k1 = one.courseId;
  // Recorded out of order; two on the first day and two on the latest: the recorded order decides.
  await measure(k1, '2024-09-01', 5, '2024-09-01T12:00:00Z');
  await measure(k1, '2024-02-01', 2, '2024-02-01T12:00:00Z');
  await measure(k1, '2024-06-01', 3, '2024-06-01T10:00:00Z');
  await measure(k1, '2024-02-01', 1, '2024-02-01T10:00:00Z');
  await measure(k1, '2024-09-01', 4, '2024-09-01T10:00:00Z');
  // Earlier or later than those, and not counted: the young person's own, another form, after asOf.
  await measure(k1, '2024-01-15', 9, '2024-01-15T10:00:00Z', { perspective: 'participant' });
  await measure(k1, '2024-01-10', 9, '2024-01-10T10:00:00Z', { instrument: ownInstrument.id });
  await measure(k1, '2024-11-20', 9, '2024-11-20T10:00:00Z', { perspective: 'participant' });
  await measure(k1, '2025-03-01', 9, '2025-03-01T10:00:00Z');
  await measure(ids.K2!, '2024-05-05', 2, '2024-05-05T10:00:00Z');
  await measure(ids.X1!, '2024-02-01', 7, '2024-02-01T10:00:00Z');

  const consent = (
    participant: string,
    purpose: 'statistics' | 'shareWithMunicipality',
    givenOn: string,
    withdrawnOn?: string,
  ) =>
    giveConsent(db, {
      participantId: participant,
      municipalityId: municipality,
      purpose,
      givenOn,
      withdrawnOn,
    });
  await consent(one.participantId, 'statistics', '2024-01-01');
  await consent(one.participantId, 'shareWithMunicipality', '2024-01-01');
  await consent(one.participantId, 'statistics', '2025-01-01'); // after asOf
  await consent(ids['K2-participant']!, 'statistics', '2024-02-01', '2024-06-01');
  await consent(ids['X1-participant']!, 'statistics', '2024-01-01');

  // Attendance: K1 and K2 in November and December (December after asOf), X1 in November.
  for (const [ref, day, status] of [
    ['K1', '2024-11-04', 'present'],
    ['K1', '2024-11-05', 'absent'],
    ['K1', '2024-12-02', 'present'],
    ['K2', '2024-11-04', 'present'],
    ['K2', '2024-10-04', 'present'],
    ['X1', '2024-11-04', 'present'],
  ] as const)
    await db
      .insertInto('attendance')
      .values({
        municipality_id: municipality,
        course_id: ids[ref]!,
        participant_id: ids[`${ref}-participant`]!,
        day,
        status,
        absence_reason: status === 'absent' ? 'sick' : null,
        hours: 6,
        workplace_organisation_id: school,
      })
      .execute();
});
afterAll(() => database?.close());

describe('loadReportCourses', () => {
  it("reads the partnership's started courses, each with its first and latest measurement in the recorded order", async () => {
    const courses = await loadReportCourses(database.db, partnership, asOf);
    expect(courses.map((c) => c.courseId).sort()).toEqual([ids.K1, ids.K1b, ids.K2].sort());
    const byId = new Map(courses.map((c) => [c.courseId, c]));
    const motivation = (c: string) =>
      byId.get(c)!.measurements.map((m) => [m.date, (m.scores as Record<string, number>).motivation]);
    expect(motivation(ids.K1!)).toEqual([
      ['2024-02-01', 1],
      ['2024-09-01', 5],
    ]);
    // One measurement is both the first and the latest: read once.
    expect(motivation(ids.K2!)).toEqual([['2024-05-05', 2]]);
    expect(motivation(ids.K1b!)).toEqual([]);
  });

  it("gives each course its participant's consents to statistics given by asOf, a second course too", async () => {
    const courses = await loadReportCourses(database.db, partnership, asOf);
    const consents = (c: string) => courses.find((x) => x.courseId === c)!.statisticsConsents;
    expect(consents(ids.K1!)).toEqual([{ givenOn: '2024-01-01', withdrawnOn: null }]);
    expect(consents(ids.K1b!)).toEqual([{ givenOn: '2024-01-01', withdrawnOn: null }]);
    expect(consents(ids.K2!)).toEqual([{ givenOn: '2024-02-01', withdrawnOn: '2024-06-01' }]);
    expect(courses.find((x) => x.courseId === ids.K1)!.ref).toBe('K1');
  });
});

describe('loadAttendanceByMonth', () => {
  it('sums the given courses by month, the days after asOf taken off again', async () => {
    const months = await loadAttendanceByMonth(database.db, [ids.K1!, ids.K2!], '2024-10-01', asOf);
    const total = new Map<string, { present: number; absent: number }>();
    for (const m of months) {
      const t = total.get(m.month) ?? { present: 0, absent: 0 };
      total.set(m.month, { present: t.present + m.present, absent: t.absent + m.absent });
    }
    expect(Object.fromEntries(total)).toEqual({
      '2024-10': { present: 1, absent: 0 },
      '2024-11': { present: 2, absent: 1 },
      '2024-12': { present: 0, absent: 0 },
    });
  });
});

describe('loadDueCourses', () => {
  it("gives every course of the partnership the same clock as the course's own read", async () => {
    const due = await loadDueCourses(database.db, partnership);
    const own = await database.db
      .selectFrom('courses as c')
      .innerJoin('participants as pt', 'pt.id', 'c.participant_id')
      .innerJoin('partnerships as p', 'p.id', 'c.partnership_id')
      .leftJoin('course_facts as cf', 'cf.course_id', 'c.id')
      .select(['c.id', 'c.start_date', 'c.outcome_date', 'pt.ref', ...clockColumns()])
      .where('c.partnership_id', '=', partnership)
      .execute();
    const sorted = <T extends { id: string }>(rows: T[]) =>
      [...rows].sort((a, b) => a.id.localeCompare(b.id));
    expect(sorted(due)).toEqual(sorted(own));
    expect(due).toHaveLength(4);
    const k1 = due.find((r) => r.id === ids.K1)!;
    expect(k1.clock_measured).toEqual([
      '2024-02-01',
      '2024-02-01',
      '2024-06-01',
      '2024-09-01',
      '2024-09-01',
      '2025-03-01',
    ]);
    expect(k1.clock_intervals).toEqual({ baselineMonths: 1, measurementMonths: 3, statusLetterMonths: 3 });
  });
});
