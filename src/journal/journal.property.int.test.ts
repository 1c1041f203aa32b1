import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { anyJson, mutated, nastyString, segment, Tally } from '../../tests/support/arbitrary-input.ts';
import { Client, startTestServer, type TestServer } from '../../tests/support/server.ts';

/**
 * Whatever a client sends — a valid note with fields mutated, arbitrary JSON, broken JSON, odd ids
 * and queries — the journal answers with success or a client error, never a 5xx. Each endpoint
 * gets a focused run (right user and course, so bodies reach the database) and a wild one.
 */
let server: TestServer;
let clients: Client[];
let courseA: string;
beforeAll(async () => {
  server = await startTestServer();
  courseA = server.world.courseA.courseId;
  clients = await Promise.all(
    ['coordinator', 'caseworker', 'companymentor'].map((u) => Client.signIn(server.baseUrl, u)),
  );
});
afterAll(() => server?.close());

const strings = nastyString('2025-03-03', 'team', 'professionals', 'institution', 'sleepStructure');
const validNote = { date: '2025-03-03', track: 'sleepStructure', body: 'Godt arbejde', visibility: 'team' };
const anyClient = () => fc.constantFrom(...clients);
const anyCourse = () =>
  fc.oneof(fc.constant(courseA), fc.constant(server.world.courseB.courseId), fc.uuid(), strings);
const post = (c: Client, id: string, body: unknown) =>
  c.request('POST', `/api/courses/${segment(id)}/journal`, body);

describe('journal under arbitrary input', () => {
  it('never answers a mutated note with a 5xx', async () => {
    const tally = new Tally();
    await fc.assert(
      fc.asyncProperty(mutated(validNote, strings), async (body) => {
        tally.check(await post(clients[0]!, courseA, body));
      }),
      { numRuns: 150 },
    );
    expect(tally.ok).toBeGreaterThan(0);
    expect(tally.refused).toBeGreaterThan(0);
  });

  it('never answers arbitrary notes, users and courses with a 5xx', async () => {
    const tally = new Tally();
    await fc.assert(
      fc.asyncProperty(anyClient(), anyCourse(), anyJson(strings), async (c, id, body) => {
        tally.check(await post(c, id, body));
      }),
      { numRuns: 60 },
    );
    expect(tally.refused).toBeGreaterThan(0);
  });

  it('never answers a listing with a 5xx', async () => {
    const tally = new Tally();
    const query = fc.dictionary(fc.oneof({ weight: 3, arbitrary: fc.constant('track') }, strings), strings, {
      maxKeys: 2,
    });
    await fc.assert(
      fc.asyncProperty(
        anyClient(),
        fc.oneof({ weight: 3, arbitrary: fc.constant(courseA) }, anyCourse()),
        query,
        async (c, id, q) => {
          const search = new URLSearchParams(q as Record<string, string>).toString();
          tally.check(await c.request('GET', `/api/courses/${segment(id)}/journal?${search}`));
        },
      ),
      { numRuns: 150 },
    );
    expect(tally.ok).toBeGreaterThan(0);
  });
});
