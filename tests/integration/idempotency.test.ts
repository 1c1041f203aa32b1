import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sessionCache, startTestServer, type TestServer } from '../support/server.ts';

let server: TestServer;
let course: string;
beforeAll(async () => {
  server = await startTestServer();
  course = `/api/courses/${server.world.courseA.courseId}`;
});
afterAll(() => server?.close());

const { as } = sessionCache(() => server.baseUrl);
const withKey = (key: string) => ({ 'idempotency-key': key });

const countNotes = async (body: string) =>
  (
    await server.database.db
      .selectFrom('journal_notes')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('body', '=', body)
      .executeTakeFirstOrThrow()
  ).n;

describe('Idempotency-Key on POST', () => {
  it('a repeated note, goal or consent with the same key is written once and answered the same', async () => {
    const client = await as('coordinator');
    const cases = [
      {
        path: `${course}/journal`,
        body: { date: '2025-03-03', body: `once ${randomUUID()}`, visibility: 'team' },
      },
      { path: `${course}/goals`, body: { area: 'employmentEducation', title: `goal ${randomUUID()}` } },
      { path: `${course}/consents`, body: { purpose: 'statistics', givenOn: '2025-03-03' } },
    ];
    for (const { path, body } of cases) {
      const key = randomUUID();
      const first = await client.request('POST', path, body, withKey(key));
      const again = await client.request('POST', path, body, withKey(key));
      expect(first.status, path).toBe(201);
      expect(again.status).toBe(201);
      expect(again.body).toEqual(first.body);
    }
    expect(await countNotes(cases[0]?.body.body as string)).toBe(1);
    const goals = await server.database.db
      .selectFrom('goals')
      .select('id')
      .where('title', '=', cases[1]?.body.title as string)
      .execute();
    expect(goals).toHaveLength(1);
  });

  it('marks the replay, so a client can tell', async () => {
    const client = await as('coordinator');
    const key = randomUUID();
    const body = { date: '2025-03-04', body: `marked ${randomUUID()}`, visibility: 'team' };
    // Through fetch itself: the test client does not show headers.
    const send = () =>
      fetch(`${server.baseUrl}${course}/journal`, {
        method: 'POST',
        headers: {
          cookie: client.cookie ?? '',
          'x-csrf-token': client.csrfToken ?? '',
          'content-type': 'application/json',
          'idempotency-key': key,
        },
        body: JSON.stringify(body),
      });
    const first = await send();
    expect(first.headers.get('idempotent-replayed')).toBeNull();
    const again = await send();
    expect(again.status).toBe(201);
    expect(again.headers.get('idempotent-replayed')).toBe('true');
    expect(again.headers.get('content-type')).toMatch(/application\/json/);
  });

  it('ten parallel sends of one submission write one note; the rest wait or replay', async () => {
    const client = await as('coordinator');
    const key = randomUUID();
    const body = { date: '2025-03-05', body: `parallel ${randomUUID()}`, visibility: 'team' };
    const answers = await Promise.all(
      Array.from({ length: 10 }, () => client.request('POST', `${course}/journal`, body, withKey(key))),
    );
    expect(await countNotes(body.body)).toBe(1);
    for (const answer of answers) expect([201, 409]).toContain(answer.status);
    expect(answers.filter((a) => a.status === 201).length).toBeGreaterThanOrEqual(1);
  });

  it('refuses the same key for a different request, naming the header', async () => {
    const client = await as('coordinator');
    const key = randomUUID();
    const first = { date: '2025-03-06', body: `first ${randomUUID()}`, visibility: 'team' };
    expect((await client.request('POST', `${course}/journal`, first, withKey(key))).status).toBe(201);
    const other = await client.request(
      'POST',
      `${course}/journal`,
      { ...first, body: 'something else' },
      withKey(key),
    );
    expect(other.status).toBe(422);
    expect(other.body.error).toMatchObject({ code: 'idempotency_key_reused', field: 'Idempotency-Key' });
    expect(await countNotes('something else')).toBe(0);
  });

  it('keeps keys apart per person, and without a key every POST writes', async () => {
    const coordinator = await as('coordinator');
    const mentor = await as('workshopmentor');
    const key = randomUUID();
    const body = { date: '2025-03-07', body: `shared key ${randomUUID()}`, visibility: 'team' };
    expect((await coordinator.request('POST', `${course}/journal`, body, withKey(key))).status).toBe(201);
    expect((await mentor.request('POST', `${course}/journal`, body, withKey(key))).status).toBe(201);
    expect((await mentor.request('POST', `${course}/journal`, body)).status).toBe(201);
    expect(await countNotes(body.body)).toBe(3);
  });

  it('refuses a malformed key and a replay to someone who may no longer make the request', async () => {
    const coordinator = await as('coordinator');
    const bad = await coordinator.request(
      'POST',
      `${course}/journal`,
      { date: '2025-03-08', body: 'x', visibility: 'team' },
      withKey('not a key with spaces'),
    );
    expect(bad.status).toBe(400);
    expect(bad.body.error.field).toBe('Idempotency-Key');

    // Another municipality's caseworker reusing a key gets the usual refusal, not someone's answer.
    const stranger = await as('othercaseworker');
    const key = randomUUID();
    const body = { date: '2025-03-08', body: `private ${randomUUID()}`, visibility: 'team' };
    expect((await coordinator.request('POST', `${course}/journal`, body, withKey(key))).status).toBe(201);
    const refused = await stranger.request('POST', `${course}/journal`, body, withKey(key));
    expect(refused.status).toBe(404);
    expect(JSON.stringify(refused.body)).not.toContain('private');
  });

  it('after a process died mid-request: runs a retry if nothing was written, refuses it if it was', async () => {
    const client = await as('coordinator');
    const { db } = server.database;
    const { sql } = await import('kysely');
    const abandon = (key: string, written: boolean) =>
      db
        .updateTable('idempotency_keys')
        .set({
          status_code: null,
          response_body: null,
          write_committed: written,
          created_at: sql`now() - interval '2 minutes'`,
        })
        .where('key', '=', key)
        .execute();

    // Died before its transaction committed: nothing was written, so the retry runs it.
    const lostKey = randomUUID();
    const lost = { date: '2025-03-09', body: `never written ${randomUUID()}`, visibility: 'team' };
    expect((await client.request('POST', `${course}/journal`, lost, withKey(lostKey))).status).toBe(201);
    await db.deleteFrom('journal_notes').where('body', '=', lost.body).execute();
    await abandon(lostKey, false);
    expect((await client.request('POST', `${course}/journal`, lost, withKey(lostKey))).status).toBe(201);
    expect(await countNotes(lost.body)).toBe(1);

    // Died after committing, before its answer was kept: the retry must not write it again.
    const doneKey = randomUUID();
    const done = { date: '2025-03-09', body: `written once ${randomUUID()}`, visibility: 'team' };
    expect((await client.request('POST', `${course}/journal`, done, withKey(doneKey))).status).toBe(201);
    await abandon(doneKey, true);
    const retried = await client.request('POST', `${course}/journal`, done, withKey(doneKey));
    expect(retried.status).toBe(409);
    expect(retried.body.error.code).toBe('idempotency_answer_lost');
    expect(await countNotes(done.body)).toBe(1);
  });
});
