import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { anyJson, mutated, nastyString, segment, Tally } from '../../tests/support/arbitrary-input.ts';
import { Client, startTestServer, type TestServer } from '../../tests/support/server.ts';
import { addDays, today } from '../platform/dates.ts';

/**
 * Attendance answers arbitrary days, months and bodies with success or a client error, never a
 * 5xx: a focused run (right user and course, days the course can have) and a wild one each.
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

const strings = nastyString('present', 'absent', 'sick', 'agreed', 'unexplained', '2025-03', '2025-03-03');
const anyClient = () => fc.constantFrom(...clients);
const anyCourse = () =>
  fc.oneof(fc.constant(courseA), fc.constant(server.world.courseB.courseId), fc.uuid(), strings);
const recentDay = () => fc.integer({ min: -60, max: 3 }).map((n) => addDays(today(), n));
const anyDay = () =>
  fc.oneof(recentDay(), fc.constantFrom('2025-01-05', '2000-01-01', '2099-12-31'), strings);
const entry = fc.oneof(
  mutated({ status: 'present', hours: 7.25 }, strings),
  mutated({ status: 'absent', absenceReason: 'agreed', hours: 0 }, strings),
);
const dayPath = (id: string, day: string) => `/api/courses/${segment(id)}/attendance/${segment(day)}`;

describe('attendance under arbitrary input', () => {
  it('never answers a mutated registration with a 5xx', async () => {
    const tally = new Tally();
    await fc.assert(
      fc.asyncProperty(recentDay(), entry, async (day, body) => {
        tally.check(await clients[0]!.request('PUT', dayPath(courseA, day), body));
      }),
      { numRuns: 120 },
    );
    expect(tally.ok).toBeGreaterThan(0);
    expect(tally.refused).toBeGreaterThan(0);
  });

  it('never answers arbitrary registrations and deletions with a 5xx', async () => {
    const tally = new Tally();
    const body = fc.oneof(entry, anyJson(strings));
    await fc.assert(
      fc.asyncProperty(
        anyClient(),
        anyCourse(),
        anyDay(),
        body,
        fc.boolean(),
        async (c, id, day, b, remove) => {
          tally.check(await c.request(remove ? 'DELETE' : 'PUT', dayPath(id, day), remove ? undefined : b));
        },
      ),
      { numRuns: 100 },
    );
    expect(tally.refused).toBeGreaterThan(0);
  });

  it('never answers a month with a 5xx', async () => {
    const tally = new Tally();
    const month = fc.oneof(
      fc.integer({ min: 0, max: 30 }).map((n) => addDays(today(), -31 * n).slice(0, 7)),
      strings,
    );
    const query = fc.dictionary(fc.oneof({ weight: 3, arbitrary: fc.constant('month') }, strings), month, {
      maxKeys: 2,
    });
    const course = fc.oneof({ weight: 3, arbitrary: fc.constant(courseA) }, anyCourse());
    await fc.assert(
      fc.asyncProperty(anyClient(), course, query, async (c, id, q) => {
        const search = new URLSearchParams(q as Record<string, string>).toString();
        tally.check(await c.request('GET', `/api/courses/${segment(id)}/attendance?${search}`));
      }),
      { numRuns: 150 },
    );
    expect(tally.ok).toBeGreaterThan(0);
  });
});
