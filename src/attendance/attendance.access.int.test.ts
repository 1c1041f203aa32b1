import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sessionCache, startTestServer, type TestServer } from '../../tests/support/server.ts';

/** Who may read and write attendance, and what each read leaves in the audit log. */
let server: TestServer;
let base: string;
beforeAll(async () => {
  server = await startTestServer();
  base = `/api/courses/${server.world.courseA.courseId}/attendance`;
  await put('coordinator', '2025-03-03', { status: 'present', hours: 6 });
  await put('coordinator', '2025-03-04', { status: 'absent', absenceReason: 'sick' });
  await put('coordinator', '2025-03-05', { status: 'absent', absenceReason: 'agreed' });
});
afterAll(() => server?.close());

const { as } = sessionCache(() => server.baseUrl);
const put = async (username: string, day: string, body: unknown) =>
  (await as(username)).request('PUT', `${base}/${day}`, body);

describe('attendance access', () => {
  it('lets the caseworker read but not write (404, as for any refused object)', async () => {
    const client = await as('caseworker');
    expect((await client.request('GET', `${base}?month=2025-03`)).status).toBe(200);
    expect((await put('caseworker', '2025-03-11', { status: 'present' })).status).toBe(404);
    expect((await client.request('DELETE', `${base}/2025-03-03`)).status).toBe(404);
    const month = await client.request('GET', `${base}?month=2025-03`);
    expect(month.body.days.map((d: { day: string }) => d.day)).toContain('2025-03-03');
  });

  it.each(['othercaseworker', 'withdrawnmentor', 'leader'])(
    'answers %s with 404 on every route',
    async (who) => {
      const client = await as(who);
      expect((await client.request('GET', `${base}?month=2025-03`)).status).toBe(404);
      expect((await put(who, '2025-03-12', { status: 'present' })).status).toBe(404);
      expect((await client.request('DELETE', `${base}/2025-03-03`)).status).toBe(404);
    },
  );

  it('audits each read once, as the participant reading their own record', async () => {
    const rows = () =>
      server.database.db
        .selectFrom('audit_log')
        .selectAll()
        .where('action', '=', 'attendance.read')
        .where('actor_user_id', '=', server.world.users.participant)
        .execute();
    const before = (await rows()).length;
    const res = await (await as('participant')).request('GET', `${base}?month=2025-03`);
    expect(res.status).toBe(200);
    const after = await rows();
    expect(after.length).toBe(before + 1);
    expect(after.at(-1)).toMatchObject({
      participant_id: server.world.courseA.participantId,
      course_id: server.world.courseA.courseId,
      purpose: 'ownRecord',
      detail: { month: '2025-03', days: 3 },
    });
    expect((await put('participant', '2025-03-12', { status: 'present' })).status).toBe(404);
  });
});
