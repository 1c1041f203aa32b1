import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import dueExample from '../../tests/fixtures/interchange/due-example.json' with { type: 'json' };
import smallPartnership from '../../tests/fixtures/interchange/small-partnership.json' with { type: 'json' };
import { Client, startTestServer, type TestServer } from '../../tests/support/server.ts';
import { PASSWORD } from '../../tests/support/world.ts';
import { createUser } from '../demo/builders.ts';
import { importInterchange } from '../interchange/import.ts';
import type { InterchangeDocument } from '../interchange/types.ts';
import type { Dashboard } from './dashboard-schemas.ts';

let server: TestServer;
const ids = { small: '', due: '' };

/** Imports a shared example and gives its institution a leader who may read its figures. */
async function importWithLeader(doc: unknown, institution: string, username: string) {
  const db = server.database.db;
  const { partnershipId } = await importInterchange(db, structuredClone(doc) as InterchangeDocument);
  const org = await db
    .selectFrom('organisations')
    .select('id')
    .where('name', '=', institution)
    .executeTakeFirstOrThrow();
  await createUser(db, {
    username,
    displayName: 'Leder',
    password: PASSWORD,
    organisationId: org.id,
    role: 'leader',
  });
  return partnershipId;
}

beforeAll(async () => {
  server = await startTestServer();
  ids.small = await importWithLeader(smallPartnership, 'Eksempel Produktionsskole', 'eksempelleder');
  ids.due = await importWithLeader(dueExample, 'Egeby Værksteder', 'egebyleder');
});
afterAll(() => server?.close());

const dashboardOf = async (username: string, id: string, asOf: string) => {
  const client = await Client.signIn(server.baseUrl, username);
  const res = await client.request('GET', `/api/partnerships/${id}/dashboard?asOf=${asOf}`);
  expect(res.status).toBe(200);
  return { client, body: res.body as Dashboard };
};

describe('GET /api/partnerships/:id/dashboard', () => {
  it("holds the report exactly as the report route (and `cli report`) gives it, and the outcomes against the model's split", async () => {
    const { client, body } = await dashboardOf('eksempelleder', ids.small, '2019-06-30');
    const report = await client.request('GET', `/api/partnerships/${ids.small}/report?asOf=2019-06-30`);
    expect(body.report).toEqual(report.body);
    expect(body.report).toMatchObject({
      admitted: 5,
      inStatistics: 4,
      atLeastOneYear: 3,
      closerToLabourMarket: 1,
    });
    // No agreement yet: the template's 80/20 split; the one flex job is the only outcome in a group.
    expect(body.agreementVersion).toBeNull();
    expect(body.outcomeSplit.map((g) => [g.outcomes, g.target, g.count, g.actual])).toEqual([
      [['ordinaryJob', 'flexJob'], 0.8, 1, 1],
      [['wageSubsidyJob', 'shelteredEmployment'], 0.2, 0, 0],
    ]);
    expect(body.partnership).toMatchObject({ id: ids.small, municipality: 'Eksempel Kommune' });
  });

  it("counts what the courses owe as DOMAIN.md's due example lists it, and as the due list does", async () => {
    const { client, body } = await dashboardOf('egebyleder', ids.due, '2021-06-30');
    // The expected list: E2 measurement and E3, E1 letters overdue; E3's measurement (19 July) due
    // within 30 days; E2's letter (3 August) and E1's measurement (22 September) later.
    expect(body.due).toEqual({
      measurements: { dueSoon: 1, overdue: 1 },
      statusLetters: { dueSoon: 0, overdue: 2 },
    });
    const list = (await client.request('GET', `/api/partnerships/${ids.due}/due?asOf=2021-06-30`)).body as {
      items: Array<{ kind: string; overdue: boolean }>;
    };
    const overdue = (kind: string) => list.items.filter((i) => i.kind === kind && i.overdue).length;
    expect([body.due.measurements.overdue, body.due.statusLetters.overdue]).toEqual([
      overdue('measurement'),
      overdue('statusLetter'),
    ]);
  });

  it('shows the attendance trend of participants in statistics, month by month up to the day', async () => {
    const db = server.database.db;
    const course = await db
      .selectFrom('courses as c')
      .innerJoin('participants as p', 'p.id', 'c.participant_id')
      .innerJoin('partnerships as ps', 'ps.id', 'c.partnership_id')
      .select(['c.id', 'c.participant_id', 'c.municipality_id', 'ps.institution_id'])
      .where('c.partnership_id', '=', ids.due)
      .where('p.ref', '=', 'E1')
      .executeTakeFirstOrThrow();
    const day = (d: string, status: 'present' | 'absent') => ({
      course_id: course.id,
      participant_id: course.participant_id,
      municipality_id: course.municipality_id,
      day: d,
      status,
      absence_reason: status === 'absent' ? ('sick' as const) : null,
      hours: status === 'present' ? 6 : 0,
      workplace_organisation_id: course.institution_id,
    });
    await db
      .insertInto('attendance')
      .values([day('2021-05-03', 'present'), day('2021-05-04', 'absent'), day('2021-06-01', 'present')])
      .execute();
    const { body } = await dashboardOf('egebyleder', ids.due, '2021-06-30');
    expect(body.attendance).toHaveLength(12);
    expect(body.attendance.at(-2)).toEqual({ month: '2021-05', present: 1, absent: 1, share: 0.5 });
    expect(body.attendance.at(-1)).toEqual({ month: '2021-06', present: 1, absent: 0, share: 1 });
    // As of an earlier day, June's registration has not happened yet.
    const earlier = await dashboardOf('egebyleder', ids.due, '2021-05-31');
    expect(earlier.body.attendance.at(-1)).toEqual({ month: '2021-05', present: 1, absent: 1, share: 0.5 });
  });

  it('counts the attendance of participants in statistics only, in whole months and in the month of the day', async () => {
    const db = server.database.db;
    const courses = await db
      .selectFrom('courses as c')
      .innerJoin('partnerships as ps', 'ps.id', 'c.partnership_id')
      .select(['c.id', 'c.participant_id', 'c.municipality_id', 'ps.institution_id'])
      .where('c.partnership_id', '=', ids.small)
      .where('c.start_date', '<=', '2019-05-01')
      .execute();
    // Five admitted by May, one of them without a statistics consent (the report's 5 and 4).
    expect(courses).toHaveLength(5);
    await db
      .insertInto('attendance')
      .values(
        courses.flatMap((c) =>
          ['2019-05-06', '2019-06-03', '2019-06-20'].map((day) => ({
            course_id: c.id,
            participant_id: c.participant_id,
            municipality_id: c.municipality_id,
            day,
            status: 'present' as const,
            absence_reason: null,
            hours: 6,
            workplace_organisation_id: c.institution_id,
          })),
        ),
      )
      .execute();
    const { body } = await dashboardOf('eksempelleder', ids.small, '2019-06-30');
    expect(body.report.inStatistics).toBe(4);
    expect(body.attendance.slice(-2)).toEqual([
      { month: '2019-05', present: 4, absent: 0, share: 1 },
      { month: '2019-06', present: 8, absent: 0, share: 1 },
    ]);
    // As of 10 June the days registered after it do not count yet.
    const earlier = await dashboardOf('eksempelleder', ids.small, '2019-06-10');
    expect(earlier.body.attendance.at(-1)).toEqual({ month: '2019-06', present: 4, absent: 0, share: 1 });
  });

  it('keeps the monthly counts equal to the days through registrations, corrections and deletions', async () => {
    const db = server.database.db;
    const recount = () =>
      db
        .selectFrom('attendance')
        .select((eb) => [
          'course_id',
          sql<string>`to_char(date_trunc('month', day), 'YYYY-MM-DD')`.as('month'),
          eb.fn.count<string>('day').filterWhere('status', '=', 'present').as('present'),
          eb.fn.count<string>('day').filterWhere('status', '=', 'absent').as('absent'),
        ])
        .groupBy(['course_id', sql`date_trunc('month', day)`])
        .execute();
    const kept = () =>
      db
        .selectFrom('attendance_months')
        .select(['course_id', sql<string>`to_char(month, 'YYYY-MM-DD')`.as('month'), 'present', 'absent'])
        .where((eb) => eb.or([eb('present', '>', 0), eb('absent', '>', 0)]))
        .execute();
    const normalise = (
      rows: Array<{ course_id: string; month: string; present: unknown; absent: unknown }>,
    ) => rows.map((r) => `${r.course_id} ${r.month} ${Number(r.present)} ${Number(r.absent)}`).sort();
    await db
      .updateTable('attendance')
      .set({ status: 'absent', absence_reason: 'agreed', hours: 0 })
      .where('day', '=', '2021-05-03')
      .execute();
    await db.deleteFrom('attendance').where('day', '=', '2021-06-01').execute();
    expect(normalise(await kept())).toEqual(normalise(await recount()));
    const { body } = await dashboardOf('egebyleder', ids.due, '2021-06-30');
    expect(body.attendance.at(-2)).toEqual({ month: '2021-05', present: 0, absent: 2, share: 0 });
    expect(body.attendance.at(-1)).toEqual({ month: '2021-06', present: 0, absent: 0, share: null });
  });

  it('audits each read as a report read of the partnership', async () => {
    const before = await auditCount(ids.small);
    await dashboardOf('eksempelleder', ids.small, '2019-06-30');
    expect(await auditCount(ids.small)).toBe(before + 1);
  });

  it('is refused with 404 to anyone outside the development group, and names a bad date', async () => {
    const other = await Client.signIn(server.baseUrl, 'egebyleder');
    expect(
      (await other.request('GET', `/api/partnerships/${ids.small}/dashboard?asOf=2019-06-30`)).status,
    ).toBe(404);
    const bad = await other.request('GET', `/api/partnerships/${ids.due}/dashboard?asOf=2021-02-30`);
    expect(bad.status).toBe(400);
    expect(JSON.stringify(bad.body)).toContain('asOf');
  });
});

async function auditCount(partnershipId: string) {
  const rows = await server.database.db
    .selectFrom('audit_log')
    .select('id')
    .where('action', '=', 'report.read')
    .where('object_id', '=', partnershipId)
    .execute();
  return rows.length;
}
