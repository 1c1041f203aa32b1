import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sessionCache, startTestServer, type TestServer } from '../../tests/support/server.ts';
import { addDays, today } from '../platform/dates.ts';

let server: TestServer;
let url: string;
beforeAll(async () => {
  server = await startTestServer();
  url = `/api/courses/${server.world.courseA.courseId}/journal`;
});
afterAll(() => server?.close());

const { as: signIn } = sessionCache(() => server.baseUrl);
const note = (over: Record<string, unknown> = {}) => ({
  date: addDays(today(), -3),
  body: 'Mødte til tiden og hjalp en ny kollega.',
  visibility: 'team',
  ...over,
});
const auditRows = (action: string) =>
  server.database.db
    .selectFrom('audit_log')
    .selectAll()
    .where('course_id', '=', server.world.courseA.courseId)
    .where('action', '=', action)
    .orderBy('id')
    .execute();

describe('journal notes', () => {
  it('lets the coordinator write notes and lists them newest first with their author', async () => {
    const client = await signIn('coordinator');
    const older = await client.request('POST', url, note({ date: addDays(today(), -10), body: '  first  ' }));
    expect(older.status).toBe(201);
    expect(older.body.note).toMatchObject({
      date: addDays(today(), -10),
      track: null,
      body: 'first',
      visibility: 'team',
      author: { id: server.world.users.coordinator, displayName: 'coordinator' },
    });
    expect(Date.parse(older.body.note.createdAt)).not.toBeNaN();
    const newer = await client.request(
      'POST',
      url,
      note({ track: 'sleepStructure', visibility: 'institution' }),
    );
    expect(newer.status).toBe(201);
    const sameDayLater = await client.request('POST', url, note({ visibility: 'professionals' }));
    const list = await client.request('GET', url);
    expect(list.status).toBe(200);
    const ids = list.body.notes.map((n: { id: string }) => n.id);
    expect(ids.slice(0, 3)).toEqual([sameDayLater.body.note.id, newer.body.note.id, older.body.note.id]);
  });

  it('filters by track and refuses an unknown track', async () => {
    const client = await signIn('coordinator');
    const res = await client.request('GET', `${url}?track=sleepStructure`);
    expect(res.status).toBe(200);
    expect(res.body.notes.length).toBeGreaterThan(0);
    for (const n of res.body.notes) expect(n.track).toBe('sleepStructure');
    const bad = await client.request('GET', `${url}?track=sleeping`);
    expect(bad.status).toBe(400);
    expect(bad.body.error.field).toBe('querystring.track');
    const unknown = await client.request('GET', `${url}?order=asc`);
    expect(unknown.status).toBe(400);
    expect(unknown.body.error.field).toBe('querystring.order');
  });

  it('shows each side only the visibilities it may read', async () => {
    const visibilitiesFor = async (username: string) => {
      const res = await (await signIn(username)).request('GET', url);
      expect(res.status).toBe(200);
      return new Set(res.body.notes.map((n: { visibility: string }) => n.visibility));
    };
    expect(await visibilitiesFor('coordinator')).toEqual(new Set(['team', 'professionals', 'institution']));
    expect(await visibilitiesFor('caseworker')).toEqual(new Set(['team', 'professionals']));
    expect(await visibilitiesFor('companymentor')).toEqual(new Set(['team']));
  });

  it('lets a writer address only readers of their own side', async () => {
    const mentor = await signIn('companymentor');
    const refused = await mentor.request('POST', url, note({ visibility: 'professionals' }));
    expect(refused.status).toBe(400);
    expect(refused.body.error.field).toBe('body.visibility');
    expect((await mentor.request('POST', url, note({ visibility: 'team' }))).status).toBe(201);
    const caseworker = await signIn('caseworker');
    const institutionOnly = await caseworker.request('POST', url, note({ visibility: 'institution' }));
    expect(institutionOnly.status).toBe(400);
    expect(institutionOnly.body.error.field).toBe('body.visibility');
    expect((await caseworker.request('POST', url, note({ visibility: 'professionals' }))).status).toBe(201);
  });

  it.each([
    ['an unknown field', note({ mood: 'good' }), 'body.mood'],
    ['an impossible date', note({ date: '2025-02-30' }), 'body.date'],
    ['a date in the future', note({ date: addDays(today(), 1) }), 'body.date'],
    ['a date before 2000', note({ date: '1999-12-31' }), 'body.date'],
    ['a blank body', note({ body: '   ' }), 'body.body'],
    ['a body that is too long', note({ body: 'x'.repeat(20_001) }), 'body.body'],
    ['a NUL character', note({ body: 'a\u0000b' }), 'body.body'],
    ['an unknown visibility', note({ visibility: 'everyone' }), 'body.visibility'],
    ['an unknown track', note({ track: 'cooking' }), 'body.track'],
    ['a missing date', { body: 'x', visibility: 'team' }, 'body.date'],
  ])('refuses %s with 400 naming the field', async (_what, body, field) => {
    const client = await signIn('coordinator');
    const res = await client.request('POST', url, body);
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('invalid_input');
    expect(res.body.error.field).toBe(field);
  });

  it.each(['othercaseworker', 'withdrawnmentor', 'participant', 'leader'])(
    'answers %s with 404 on every route',
    async (username) => {
      const client = await signIn(username);
      const read = await client.request('GET', url);
      expect(read.status).toBe(404);
      expect(read.body.error.code).toBe('not_found');
      expect((await client.request('POST', url, note())).status).toBe(404);
    },
  );

  it('audits every read once, with counts and never the text', async () => {
    const client = await signIn('companymentor');
    const before = (await auditRows('journal.read')).length;
    await client.request('GET', url);
    const rows = await auditRows('journal.read');
    expect(rows.length).toBe(before + 1);
    const last = rows.at(-1)!;
    expect(last.actor_user_id).toBe(server.world.users.companyMentor);
    expect(last.participant_id).toBe(server.world.courseA.participantId);
    expect(last.purpose).toBe('courseWork');
    expect(typeof (last.detail as { count: unknown }).count).toBe('number');
    const writes = await auditRows('journal.write');
    expect(writes.length).toBeGreaterThan(0);
    for (const row of [...rows, ...writes]) expect(JSON.stringify(row.detail)).not.toContain('Mødte');
  });
});
