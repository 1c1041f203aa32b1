import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mutated, nastyString, Tally } from '../../tests/support/arbitrary-input.ts';
import { Client, startTestServer, type TestServer } from '../../tests/support/server.ts';

/**
 * The work profile and decisions answer mutated bodies with success or a client error, never a
 * 5xx: `If-Match: *`, so the bodies reach the database (its CHECKs included).
 */
let server: TestServer;
let coordinator: Client;
let base: string;
const profile = {
  workFunctions: ['kitchen'],
  industries: ['food'],
  interests: 'Mad',
  supportLevel: 'medium',
  homePlace: 'Testby',
  homeLatitude: 55.7,
  homeLongitude: 9.5,
  maxDistanceKm: 20,
};
let decision: Record<string, unknown>;
beforeAll(async () => {
  server = await startTestServer();
  coordinator = await Client.signIn(server.baseUrl, 'coordinator');
  base = `/api/courses/${server.world.courseA.courseId}/matching`;
  decision = { companyId: server.world.organisations.company, openingId: null, reason: 'Fordi' };
});
afterAll(() => server?.close());

const strings = nastyString('kitchen', 'food', 'high', 'low');

describe('matching under arbitrary input', () => {
  it('never answers a mutated work profile or decision with a 5xx', async () => {
    const tally = new Tally();
    const request = fc.oneof(
      mutated(profile, strings).map((body) => ['PUT', `${base}/profile`, body] as const),
      mutated(decision, strings).map((body) => ['POST', `${base}/decisions`, body] as const),
    );
    await fc.assert(
      fc.asyncProperty(request, async ([method, path, body]) => {
        tally.check(await coordinator.request(method, path, body, { 'if-match': '*' }));
      }),
      { numRuns: 150 },
    );
    expect(tally.ok).toBeGreaterThan(0);
    expect(tally.refused).toBeGreaterThan(0);
  });
});
