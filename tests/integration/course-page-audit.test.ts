import { afterAll, beforeAll, expect, it } from 'vitest';
import { Client, startTestServer, type TestServer } from '../support/server.ts';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server?.close());

// What the web app's course page fetches: each is a read of personal data.
const coursePageReads = (courseId: string) => [
  { path: `/api/courses/${courseId}`, action: 'course.read' },
  { path: `/api/courses/${courseId}/consents`, action: 'consents.read' },
  { path: `/api/courses/${courseId}/journal`, action: 'journal.read' },
  { path: `/api/courses/${courseId}/attendance?month=2025-03`, action: 'attendance.read' },
  { path: `/api/courses/${courseId}/goals`, action: 'goals.read' },
];

it('writes exactly one audit row per personal-data read of the course page, naming who, what, whose and why', async () => {
  const { courseA, users } = server.world;
  const client = await Client.signIn(server.baseUrl, 'coordinator');
  const { id: lastBefore } = await server.database.db
    .selectFrom('audit_log')
    .select((eb) => eb.fn.coalesce(eb.fn.max('id'), eb.lit(0)).as('id'))
    .executeTakeFirstOrThrow();
  const reads = coursePageReads(courseA.courseId);
  for (const read of reads) expect((await client.request('GET', read.path)).status).toBe(200);
  const rows = await server.database.db
    .selectFrom('audit_log')
    .select(['action', 'actor_user_id', 'participant_id', 'course_id', 'purpose', 'occurred_at'])
    .where('id', '>', Number(lastBefore))
    .orderBy('id')
    .execute();
  expect(rows.map((r) => r.action)).toEqual(reads.map((r) => r.action));
  for (const row of rows) {
    expect(row.actor_user_id).toBe(users.coordinator);
    expect(row.participant_id).toBe(courseA.participantId);
    expect(row.course_id).toBe(courseA.courseId);
    expect(row.purpose).toBe('courseWork');
    expect(row.occurred_at).toBeInstanceOf(Date);
  }
});

it('audits a refused read as refused, and no personal data leaks in the refusal', async () => {
  const client = await Client.signIn(server.baseUrl, 'othercaseworker');
  const before = await server.database.db
    .selectFrom('audit_log')
    .select('id')
    .where('participant_id', '=', server.world.courseA.participantId)
    .execute();
  const reads = coursePageReads(server.world.courseA.courseId);
  for (const read of reads) {
    const res = await client.request('GET', read.path);
    expect(res.status).toBe(404);
    expect(JSON.stringify(res.body)).not.toContain('Sara');
  }
  const after = await server.database.db
    .selectFrom('audit_log')
    .select(['actor_user_id', 'action', 'outcome', 'detail'])
    .where('participant_id', '=', server.world.courseA.participantId)
    .orderBy('id')
    .execute();
  // One row per attempt, each marked refused, none a read.
  const added = after.slice(before.length);
  expect(added).toHaveLength(reads.length);
  for (const row of added)
    expect(row).toMatchObject({
      actor_user_id: server.world.users.otherCaseworker,
      action: 'course.access',
      outcome: 'refused',
    });
});
