import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mutated, nastyString, Tally } from '../../tests/support/arbitrary-input.ts';
import { Client, startTestServer, type TestServer } from '../../tests/support/server.ts';

/**
 * Efforts and the network answer mutated bodies with success or a client error, never a 5xx: the
 * right user and course, and `If-Match: *`, so the bodies reach the database (its CHECKs included).
 */
let server: TestServer;
let coordinator: Client;
let efforts: string;
let network: string;
let effortId: string;
let memberId: string;
beforeAll(async () => {
  server = await startTestServer();
  coordinator = await Client.signIn(server.baseUrl, 'coordinator');
  efforts = `/api/courses/${server.world.courseA.courseId}/efforts`;
  network = `/api/courses/${server.world.courseA.courseId}/network`;
  effortId = (await coordinator.request('POST', efforts, effort)).body.effort.id;
  memberId = (await coordinator.request('POST', network, member)).body.member.id;
});
afterAll(() => server?.close());

const effort = {
  kind: 'housingSupport',
  provider: 'Bostøtten',
  contact: { name: 'Lise', phone: '12 34 56 78', email: 'lise@example.org' },
  startsOn: '2025-02-01',
  endsOn: '2025-12-31',
  legalBasis: 'sel',
  note: 'To gange om ugen',
};
const member = {
  name: 'Hanne',
  relation: 'family',
  sphere: 'private',
  phone: '20 30 40 50',
  email: 'hanne@example.org',
  courseRole: 'Netværksmøder',
  closeness: 'close',
};
const strings = nastyString(
  'psychologist',
  'healthLaw',
  'psychiatrist',
  'professional',
  'further',
  '2025-02-30',
);
const anyVersion = { 'if-match': '*' };

describe('efforts and network under arbitrary input', () => {
  it('never answers a mutated effort or network person, new or changed, with a 5xx', async () => {
    const tally = new Tally();
    const request = fc.oneof(
      mutated(effort, strings).map((body) => ['POST', efforts, body] as const),
      mutated(effort, strings).map((body) => ['PATCH', `${efforts}/${effortId}`, body] as const),
      mutated(member, strings).map((body) => ['POST', network, body] as const),
      mutated(member, strings).map((body) => ['PATCH', `${network}/${memberId}`, body] as const),
    );
    await fc.assert(
      fc.asyncProperty(request, async ([method, path, body]) => {
        tally.check(await coordinator.request(method, path, body, anyVersion));
      }),
      { numRuns: 250 },
    );
    expect(tally.ok).toBeGreaterThan(0);
    expect(tally.refused).toBeGreaterThan(0);
  });
});
