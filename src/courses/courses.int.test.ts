import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client, startTestServer, type TestServer } from '../../tests/support/server.ts';
import { addMonths, today } from '../platform/dates.ts';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server?.close());

const auditRows = (courseId: string, action: string) =>
  server.database.db
    .selectFrom('audit_log')
    .selectAll()
    .where('course_id', '=', courseId)
    .where('action', '=', action)
    .execute();

describe('course overview', () => {
  it('shows the coordinator the whole record with CPR masked, and audits the read once', async () => {
    const { courseA, users } = server.world;
    const client = await Client.signIn(server.baseUrl, 'coordinator');
    const before = (await auditRows(courseA.courseId, 'course.read')).length;
    const res = await client.request('GET', `/api/courses/${courseA.courseId}`);
    expect(res.status).toBe(200);
    expect(res.body.participant.givenName).toBe('Sara');
    expect(res.body.participant.sensitive.cprMasked).toBe('100401-xxxx');
    expect(JSON.stringify(res.body)).not.toContain('1234');
    expect(res.body.participant.sensitive.disabilities).toEqual(['cognitive', 'psychological']);
    expect(res.body.team.map((m: { role: string }) => m.role)).toContain('caseworker');
    const after = await auditRows(courseA.courseId, 'course.read');
    expect(after.length).toBe(before + 1);
    expect(after.at(-1)?.actor_user_id).toBe(users.coordinator);
    expect(after.at(-1)?.participant_id).toBe(courseA.participantId);
    expect(after.at(-1)?.purpose).toBe('courseWork');
  });

  it('never gives a company mentor CPR, disability or health fields', async () => {
    const client = await Client.signIn(server.baseUrl, 'companymentor');
    const res = await client.request('GET', `/api/courses/${server.world.courseA.courseId}`);
    expect(res.status).toBe(200);
    expect(res.body.participant.sensitive).toBeUndefined();
    for (const field of ['status', 'referralDate', 'grantedMonths', 'startDate', 'outcome'])
      expect(res.body.course).not.toHaveProperty(field);
    expect(res.body.statusHistory ?? []).toEqual([]);
    const text = JSON.stringify(res.body);
    for (const secret of ['100401', 'cognitive', 'anxiety', '2001-04-10']) expect(text).not.toContain(secret);
    expect(res.body.participant.supportNeeds).toBe('Needs a fixed plan for the day');
  });

  it('refuses a caseworker from another municipality with 404, as if the course did not exist', async () => {
    const client = await Client.signIn(server.baseUrl, 'othercaseworker');
    const res = await client.request('GET', `/api/courses/${server.world.courseA.courseId}`);
    expect(res.status).toBe(404);
    expect(res.body.error.code).toBe('not_found');
    const own = await client.request('GET', `/api/courses/${server.world.courseB.courseId}`);
    expect(own.status).toBe(200);
  });

  it('refuses a company mentor whose consent was withdrawn', async () => {
    const client = await Client.signIn(server.baseUrl, 'withdrawnmentor');
    const res = await client.request('GET', `/api/courses/${server.world.courseA.courseId}`);
    expect(res.status).toBe(404);
  });
});

describe('caseload', () => {
  it('lists the coordinator their courses with this month and the next thing due', async () => {
    const client = await Client.signIn(server.baseUrl, 'coordinator');
    const res = await client.request('GET', '/api/caseload');
    expect(res.status).toBe(200);
    expect(res.body.items).toHaveLength(1);
    const [item] = res.body.items;
    expect(item.courseId).toBe(server.world.courseA.courseId);
    expect(item.participantName).toBe('Sara Holm');
    expect(item.status).toBe('active');
    // No measurement recorded: the baseline was due a month after the start and is overdue.
    expect(item.nextDue).toEqual({ kind: 'measurement', dueOn: '2025-02-06', overdue: true });
  });

  it("counts this month's attendance, a correction included, and not last month's", async () => {
    const client = await Client.signIn(server.baseUrl, 'coordinator');
    const base = `/api/courses/${server.world.courseA.courseId}/attendance`;
    const day = today();
    const lastMonth = addMonths(`${day.slice(0, 7)}-01`, -1);
    const month = async () =>
      (await client.request('GET', '/api/caseload')).body.items[0].attendanceThisMonth;
    expect(
      (await client.request('PUT', `${base}/${lastMonth}`, { status: 'present', hours: 6 })).status,
    ).toBe(200);
    expect((await client.request('PUT', `${base}/${day}`, { status: 'present', hours: 6 })).status).toBe(200);
    expect(await month()).toEqual({ presentDays: 1, registeredDays: 1, share: 1 });
    const corrected = await client.request(
      'PUT',
      `${base}/${day}`,
      { status: 'absent', absenceReason: 'sick', hours: 0 },
      { 'if-match': '"1"' },
    );
    expect(corrected.status).toBe(200);
    expect(await month()).toEqual({ presentDays: 0, registeredDays: 1, share: 0 });
  });
});

describe('what the course owes', () => {
  it('shows staff and the young person the same due dates as the caseload, and a company nothing of them', async () => {
    const id = server.world.courseA.courseId;
    const coordinator = await Client.signIn(server.baseUrl, 'coordinator');
    const res = await coordinator.request('GET', `/api/courses/${id}`);
    // Started 2025-01-06 with no measurement or letter: both long overdue.
    expect(res.body.owed).toEqual([
      { kind: 'measurement', due: '2025-02-06', overdue: true },
      { kind: 'statusLetter', due: '2025-04-06', overdue: true },
    ]);
    const participant = await Client.signIn(server.baseUrl, 'participant');
    expect((await participant.request('GET', `/api/courses/${id}`)).body.owed).toEqual(res.body.owed);
    const mentor = await Client.signIn(server.baseUrl, 'companymentor');
    expect((await mentor.request('GET', `/api/courses/${id}`)).body).not.toHaveProperty('owed');
  });
});

describe('course status', () => {
  it('pauses and resumes a course keeping its history, and refuses an end without outcome', async () => {
    const client = await Client.signIn(server.baseUrl, 'coordinator');
    const id = server.world.courseA.courseId;
    const before = await client.request('GET', `/api/courses/${id}`);
    const v = before.body.course.version as number;
    const at = (version: number) => ({ 'if-match': `"${version}"` });
    const bad = await client.request(
      'POST',
      `/api/courses/${id}/status`,
      { status: 'ended', effectiveDate: '2026-01-01' },
      at(v),
    );
    expect(bad.status).toBe(400);
    expect(bad.body.error.field).toBe('body.outcome');
    const pause = await client.request(
      'POST',
      `/api/courses/${id}/status`,
      { status: 'paused', effectiveDate: '2026-02-01', reason: 'Barsel' },
      at(v),
    );
    expect(pause.status).toBe(200);
    const resume = await client.request(
      'POST',
      `/api/courses/${id}/status`,
      { status: 'active', effectiveDate: '2026-05-01' },
      at(v + 1),
    );
    expect(resume.status).toBe(200);
    const res = await client.request('GET', `/api/courses/${id}`);
    expect(res.body.course.status).toBe('active');
    expect(res.body.course.version).toBe(v + 2);
    expect(res.body.statusHistory.map((h: { status: string }) => h.status)).toEqual([
      'active',
      'paused',
      'active',
    ]);
  });

  it('serialises parallel status changes: of two based on the same version one wins, the other gets 412', async () => {
    const coordinator = await Client.signIn(server.baseUrl, 'coordinator');
    const caseworker = await Client.signIn(server.baseUrl, 'caseworker');
    const id = server.world.courseA.courseId;
    const opened = await fetch(`${server.baseUrl}/api/courses/${id}`, {
      headers: { cookie: coordinator.cookie ?? '' },
    });
    const etag = opened.headers.get('etag') ?? '';
    expect(etag).toMatch(/^"\d+"$/);
    const [a, b] = await Promise.all([
      coordinator.request(
        'POST',
        `/api/courses/${id}/status`,
        { status: 'paused', effectiveDate: '2026-06-01', reason: 'Sygdom' },
        { 'if-match': etag },
      ),
      caseworker.request(
        'POST',
        `/api/courses/${id}/status`,
        {
          status: 'ended',
          effectiveDate: '2026-06-01',
          outcome: { type: 'ordinaryJob', date: '2026-06-01' },
        },
        { 'if-match': etag },
      ),
    ]);
    expect([a?.status, b?.status].sort()).toEqual([200, 412]);
    const refused = a?.status === 412 ? a : b;
    expect(refused?.body.current.version).toBe(Number(etag.replaceAll('"', '')) + 1);
    const res = await coordinator.request('GET', `/api/courses/${id}`);
    // One change in the history, not two.
    expect(
      res.body.statusHistory.filter((h: { effectiveDate: string }) => h.effectiveDate === '2026-06-01'),
    ).toHaveLength(1);
    const missing = await coordinator.request('POST', `/api/courses/${id}/status`, {
      status: 'active',
      effectiveDate: '2026-07-01',
    });
    expect(missing.status).toBe(428);
    // A company mentor does not see the status, and so gets no version of it either.
    const mentor = await Client.signIn(server.baseUrl, 'companymentor');
    const asMentor = await fetch(`${server.baseUrl}/api/courses/${id}`, {
      headers: { cookie: mentor.cookie ?? '' },
    });
    expect(asMentor.headers.get('etag')).toBeNull();
    expect((await asMentor.json()).course).not.toHaveProperty('version');
  });

  it('refuses a state change without the CSRF token', async () => {
    const client = await Client.signIn(server.baseUrl, 'coordinator');
    client.csrfToken = null;
    const res = await client.request('POST', `/api/courses/${server.world.courseA.courseId}/status`, {
      status: 'paused',
      effectiveDate: '2026-02-01',
    });
    expect(res.status).toBe(403);
    expect(res.body.error.code).toBe('csrf');
  });
});
