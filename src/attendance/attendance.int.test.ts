import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sessionCache, startTestServer, type TestServer } from '../../tests/support/server.ts';
import { addDays, today } from '../platform/dates.ts';

let server: TestServer;
let base: string;
beforeAll(async () => {
  server = await startTestServer();
  base = `/api/courses/${server.world.courseA.courseId}/attendance`;
});
afterAll(() => server?.close());

const { as } = sessionCache(() => server.baseUrl);
/** A new day without If-Match; a correction names the version it corrects. */
const put = async (username: string, day: string, body: unknown, version?: number) =>
  (await as(username)).request(
    'PUT',
    `${base}/${day}`,
    body,
    version === undefined ? {} : { 'if-match': `"${version}"` },
  );

describe('attendance', () => {
  it('registers days, corrects one, and shows the month with summary and six-month trend', async () => {
    expect((await put('coordinator', '2025-02-03', { status: 'present', hours: 6 })).status).toBe(200);
    expect((await put('coordinator', '2025-03-03', { status: 'present', hours: 7.5 })).status).toBe(200);
    expect(
      (await put('workshopmentor', '2025-03-04', { status: 'absent', absenceReason: 'sick' })).status,
    ).toBe(200);
    const saved = await put('companymentor', '2025-03-05', {
      status: 'absent',
      absenceReason: 'unexplained',
    });
    expect(saved.status).toBe(200);
    // A company mentor's day is at their own workplace.
    expect(saved.body.day).toEqual({
      day: '2025-03-05',
      status: 'absent',
      absenceReason: 'unexplained',
      hours: 0,
      workplace: { id: server.world.organisations.company, name: 'Testby Tømrer ApS' },
      recordedByMe: true,
      version: 1,
    });
    // A correction replaces the day: one row per participant and day.
    const corrected = await put(
      'coordinator',
      '2025-03-05',
      { status: 'absent', absenceReason: 'agreed', hours: 0 },
      1,
    );
    expect(corrected.body.day.absenceReason).toBe('agreed');
    expect(corrected.body.day.version).toBe(2);
    const res = await (await as('coordinator')).request('GET', `${base}?month=2025-03`);
    expect(res.status).toBe(200);
    expect(res.body.month).toBe('2025-03');
    const institution = { id: server.world.organisations.institution, name: 'Testby Erhvervsskole' };
    const company = { id: server.world.organisations.company, name: 'Testby Tømrer ApS' };
    // The correction keeps the day's workplace; whoever registered last owns the row.
    expect(res.body.days).toEqual([
      {
        day: '2025-03-03',
        status: 'present',
        absenceReason: null,
        hours: 7.5,
        workplace: institution,
        recordedByMe: true,
        version: 1,
      },
      {
        day: '2025-03-04',
        status: 'absent',
        absenceReason: 'sick',
        hours: 0,
        workplace: institution,
        recordedByMe: false,
        version: 1,
      },
      {
        day: '2025-03-05',
        status: 'absent',
        absenceReason: 'agreed',
        hours: 0,
        workplace: company,
        recordedByMe: true,
        version: 2,
      },
    ]);
    expect(res.body.summary).toEqual({
      registeredDays: 3,
      presentDays: 1,
      absentDays: { sick: 1, agreed: 1, unexplained: 0 },
      hours: 7.5,
      presentShare: 1 / 3,
    });
    expect(res.body.trend).toEqual([
      { month: '2024-10', registeredDays: 0, presentDays: 0, presentShare: null },
      { month: '2024-11', registeredDays: 0, presentDays: 0, presentShare: null },
      { month: '2024-12', registeredDays: 0, presentDays: 0, presentShare: null },
      { month: '2025-01', registeredDays: 0, presentDays: 0, presentShare: null },
      { month: '2025-02', registeredDays: 1, presentDays: 1, presentShare: 1 },
      { month: '2025-03', registeredDays: 3, presentDays: 1, presentShare: 1 / 3 },
    ]);
  });

  it('shows the current month by default', async () => {
    const res = await (await as('caseworker')).request('GET', base);
    expect(res.status).toBe(200);
    expect(res.body.month).toBe(today().slice(0, 7));
    expect(res.body.trend).toHaveLength(6);
    expect(res.body.trend.at(-1).month).toBe(today().slice(0, 7));
  });

  it('accepts an agreed absence ahead of time, but no presence or sickness in the future', async () => {
    const tomorrow = addDays(today(), 1);
    const agreed = await put('coordinator', tomorrow, { status: 'absent', absenceReason: 'agreed' });
    expect(agreed.status).toBe(200);
    for (const body of [
      { status: 'present', hours: 4 },
      { status: 'absent', absenceReason: 'sick' },
    ]) {
      const res = await put('coordinator', tomorrow, body);
      expect(res.status).toBe(400);
      expect(res.body.error.field).toBe('params.day');
    }
  });

  it('deletes a day registered by mistake, and says 404 for a day that is not there', async () => {
    const client = await as('coordinator');
    expect((await put('coordinator', '2025-04-01', { status: 'present', hours: 5 })).status).toBe(200);
    expect((await client.request('DELETE', `${base}/2025-04-01`)).status).toBe(428);
    const removed = await client.request('DELETE', `${base}/2025-04-01`, undefined, { 'if-match': '"1"' });
    expect(removed.status).toBe(200);
    expect(removed.body).toEqual({ ok: true });
    const month = await client.request('GET', `${base}?month=2025-04`);
    expect(month.body.days).toEqual([]);
    expect(
      (await client.request('DELETE', `${base}/2025-04-01`, undefined, { 'if-match': '"1"' })).status,
    ).toBe(404);
  });

  it.each([
    ['an absence without reason', '2025-03-10', { status: 'absent' }, 'body.absenceReason'],
    [
      'a present day with a reason',
      '2025-03-10',
      { status: 'present', absenceReason: 'sick' },
      'body.absenceReason',
    ],
    ['an unknown field', '2025-03-10', { status: 'present', mood: 'ok' }, 'body.mood'],
    ['an unknown status', '2025-03-10', { status: 'late' }, 'body.status'],
    ['an unknown reason', '2025-03-10', { status: 'absent', absenceReason: 'holiday' }, 'body.absenceReason'],
    ['too many hours', '2025-03-10', { status: 'present', hours: 24.5 }, 'body.hours'],
    ['negative hours', '2025-03-10', { status: 'present', hours: -1 }, 'body.hours'],
    ['hours as text', '2025-03-10', { status: 'present', hours: '7' }, 'body.hours'],
    ['an impossible day', '2025-02-30', { status: 'present' }, 'params.day'],
    ['a day that is not a date', 'monday', { status: 'present' }, 'params.day'],
    ['a day before the course start', '2025-01-05', { status: 'present' }, 'params.day'],
  ])('refuses %s with 400 naming the field', async (_what, day, body, field) => {
    const res = await put('coordinator', day, body);
    expect(res.status).toBe(400);
    expect(res.body.error.field).toBe(field);
  });

  it('keeps one row when the same day is registered concurrently: the first wins, the others are refused', async () => {
    const results = await Promise.all(
      ['coordinator', 'workshopmentor', 'jobconsultant', 'coordinator'].map((who, i) =>
        put(who, '2025-05-05', { status: 'present', hours: i + 1 }),
      ),
    );
    expect(results.filter((r) => r.status === 200)).toHaveLength(1);
    // Racing the insert: 412 with the day now; arriving after it: 428, a correction needs If-Match.
    const refused = results.filter((r) => r.status === 412 || r.status === 428);
    expect(refused).toHaveLength(3);
    const winner = results.find((r) => r.status === 200)?.body.day;
    for (const r of refused.filter((r) => r.status === 412))
      expect(r.body.current).toMatchObject({ hours: winner.hours, version: 1 });
    const month = await (await as('coordinator')).request('GET', `${base}?month=2025-05`);
    expect(month.body.days).toHaveLength(1);
    expect(month.body.days[0].hours).toBe(winner.hours);
  });

  it('refuses a correction based on a stale read (412 with the day now), and one without If-Match (428)', async () => {
    expect((await put('coordinator', '2025-05-06', { status: 'present', hours: 6 })).status).toBe(200);
    expect((await put('workshopmentor', '2025-05-06', { status: 'present', hours: 4 }, 1)).status).toBe(200);
    const stale = await put('coordinator', '2025-05-06', { status: 'absent', absenceReason: 'sick' }, 1);
    expect(stale.status).toBe(412);
    expect(stale.body.current).toMatchObject({ status: 'present', hours: 4, version: 2 });
    const blind = await put('coordinator', '2025-05-06', { status: 'absent', absenceReason: 'sick' });
    expect(blind.status).toBe(428);
    const month = await (await as('coordinator')).request('GET', `${base}?month=2025-05`);
    expect(month.body.days.find((d: { day: string }) => d.day === '2025-05-06')).toMatchObject({ hours: 4 });
    // Based on a day someone removed meanwhile: refused, not silently recreated.
    const client = await as('coordinator');
    expect(
      (await client.request('DELETE', `${base}/2025-05-06`, undefined, { 'if-match': '"2"' })).status,
    ).toBe(200);
    const gone = await put('workshopmentor', '2025-05-06', { status: 'present', hours: 5 }, 2);
    expect(gone.status).toBe(412);
    expect(gone.body.current).toBeNull();
  });

  it('does not overwrite a day registered on another course of the same participant', async () => {
    const { db } = server.database;
    const { world } = server;
    const second = await db
      .insertInto('courses')
      .values({
        municipality_id: world.organisations.municipality,
        partnership_id: world.partnership,
        participant_id: world.courseA.participantId,
        start_date: '2025-01-06',
        granted_months: 12,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await db
      .insertInto('course_team')
      .values({
        municipality_id: world.organisations.municipality,
        course_id: second.id,
        user_id: world.users.coordinator,
        organisation_id: world.organisations.institution,
        role: 'youthCoordinator',
      })
      .execute();
    const client = await as('coordinator');
    const res = await client.request('PUT', `/api/courses/${second.id}/attendance/2025-03-03`, {
      status: 'absent',
      absenceReason: 'unexplained',
    });
    expect(res.status).toBe(409);
    expect(res.body.error.field).toBe('params.day');
    const first = await client.request('GET', `${base}?month=2025-03`);
    expect(first.body.days[0]).toMatchObject({ day: '2025-03-03', status: 'present' });
  });

  it.each([
    ['2025-13', 'querystring.month'],
    ['2025-3', 'querystring.month'],
    ['1899-01', 'querystring.month'],
  ])('refuses month %s', async (month, field) => {
    const res = await (await as('coordinator')).request('GET', `${base}?month=${month}`);
    expect(res.status).toBe(400);
    expect(res.body.error.field).toBe(field);
  });
});
