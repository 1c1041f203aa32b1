import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client, sessionCache, startTestServer, type TestServer } from '../../tests/support/server.ts';

let server: TestServer;
let base: string;
beforeAll(async () => {
  server = await startTestServer();
  base = `/api/courses/${server.world.courseA.courseId}`;
});
afterAll(() => server?.close());
const { call } = sessionCache(() => server.baseUrl);

describe("the young person's access log", () => {
  it('shows who read what, newest first, with name, role and organisation', async () => {
    expect((await call('companymentor', 'GET', `${base}/goals`)).status).toBe(200);
    const res = await call('participant', 'GET', `${base}/access-log`);
    expect(res.status).toBe(200);
    expect(res.body.participantName).toBe('Sara Holm');
    const newest = res.body.entries[0];
    expect(newest).toMatchObject({
      action: 'goals.read',
      outcome: 'ok',
      who: 'companymentor',
      role: 'companyMentor',
      organisation: 'Testby Tømrer ApS',
    });
    const times = res.body.entries.map((e: { at: string }) => e.at);
    expect([...times].sort().reverse()).toEqual(times);
  });

  it('shows refused attempts too', async () => {
    const other = await Client.signIn(server.baseUrl, 'othercaseworker');
    expect((await other.request('GET', base)).status).toBe(404);
    const res = await call('participant', 'GET', `${base}/access-log`);
    expect(res.body.entries[0]).toMatchObject({
      action: 'course.access',
      outcome: 'refused',
      who: 'othercaseworker',
    });
  });

  it('audits reading it, and the coordinator can download the same log as CSV', async () => {
    const before = await server.database.db
      .selectFrom('audit_log')
      .select('id')
      .where('action', '=', 'accessLog.export')
      .execute();
    const res = await fetch(`${server.baseUrl}${base}/access-log.csv`, {
      headers: {
        cookie:
          (await (await import('../../tests/support/server.ts')).Client.signIn(server.baseUrl, 'coordinator'))
            .cookie ?? '',
      },
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/csv');
    expect(res.headers.get('content-disposition')).toContain('attachment');
    const bytes = Buffer.from(await res.arrayBuffer());
    // A byte-order mark first, so Danish spreadsheets read the letters right.
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.subarray(3).toString('utf8');
    const lines = text.trim().split('\r\n');
    expect(lines[0]).toBe('Tidspunkt;Hvem;Rolle;Organisation;Hvad;Kode;Udfald');
    expect(text).toContain('companymentor;virksomhedsmentor;Testby Tømrer ApS;Så dine mål.;goals.read;ok');
    const after = await server.database.db
      .selectFrom('audit_log')
      .select('id')
      .where('action', '=', 'accessLog.export')
      .execute();
    expect(after.length).toBe(before.length + 1);
    const reads = await server.database.db
      .selectFrom('audit_log')
      .select(['actor_user_id'])
      .where('action', '=', 'accessLog.read')
      .where('participant_id', '=', server.world.courseA.participantId)
      .execute();
    expect(reads.map((r) => r.actor_user_id)).toContain(server.world.users.participant);
  });

  it('is for the young person and their coordinator only', async () => {
    for (const who of ['caseworker', 'workshopmentor', 'companymentor']) {
      expect((await call(who, 'GET', `${base}/access-log`)).status, who).toBe(404);
      expect((await call(who, 'GET', `${base}/access-log.csv`)).status, who).toBe(404);
    }
  });
});
