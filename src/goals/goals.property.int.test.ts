import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { anyJson, mutated, nastyString, segment, Tally } from '../../tests/support/arbitrary-input.ts';
import { Client, startTestServer, type TestServer } from '../../tests/support/server.ts';

/**
 * Goals answer arbitrary ids and bodies with success or a client error, never a 5xx: a focused
 * run (right user, course and goal, so bodies reach the database) and a wild one each.
 */
let server: TestServer;
let clients: Client[];
let courseA: string;
let topGoal: string;
let subGoal: string;
beforeAll(async () => {
  server = await startTestServer();
  courseA = server.world.courseA.courseId;
  clients = await Promise.all(
    ['coordinator', 'caseworker', 'companymentor'].map((u) => Client.signIn(server.baseUrl, u)),
  );
  const base = `/api/courses/${courseA}/goals`;
  const top = await clients[0]!.request('POST', base, { area: 'socialHealth', title: 'Top' });
  topGoal = top.body.goal.id;
  const sub = await clients[0]!.request('POST', base, {
    area: 'socialHealth',
    title: 'Sub',
    parentGoalId: topGoal,
  });
  subGoal = sub.body.goal.id;
});
afterAll(() => server?.close());

const strings = nastyString('active', 'achieved', 'socialHealth', 'sleepStructure', 'goal', 'learned');
const anyClient = () => fc.constantFrom(...clients);
const anyCourse = () =>
  fc.oneof(fc.constant(courseA), fc.constant(server.world.courseB.courseId), fc.uuid(), strings);
const anyGoal = () => fc.oneof(fc.constant(topGoal), fc.constant(subGoal), fc.uuid(), strings);
const goalsOf = (id: string) => `/api/courses/${segment(id)}/goals`;
const newGoal = () => ({
  area: 'employmentEducation',
  track: 'labourMarketIdentity',
  title: 'Møde til tiden',
  circle: { goal: 'Fire dage om ugen', activities: 'Sms', measure: 'Hver fredag', learned: '' },
  parentGoalId: topGoal,
});
const change = {
  title: 'Møde til tiden hver dag',
  status: 'paused',
  track: null,
  area: 'socialHealth',
  circle: { goal: 'Fem dage', learned: 'Sms om morgenen hjælper' },
  note: 'Efter ferien',
};

describe('goals under arbitrary input', () => {
  it('never answers a mutated new goal or change with a 5xx', async () => {
    const tally = new Tally();
    const request = fc.oneof(
      mutated(newGoal(), strings).map((body) => ['POST', goalsOf(courseA), body] as const),
      fc
        .tuple(fc.constantFrom(topGoal, subGoal), mutated(change, strings))
        .map(([goal, body]) => ['PATCH', `${goalsOf(courseA)}/${goal}`, body] as const),
    );
    await fc.assert(
      fc.asyncProperty(request, async ([method, path, body]) => {
        tally.check(await clients[0]!.request(method, path, body));
      }),
      { numRuns: 200 },
    );
    expect(tally.ok).toBeGreaterThan(0);
    expect(tally.refused).toBeGreaterThan(0);
  });

  it('never answers arbitrary bodies, users, courses and goals with a 5xx', async () => {
    const tally = new Tally();
    const body = fc.oneof(mutated(change, strings), anyJson(strings));
    await fc.assert(
      fc.asyncProperty(anyClient(), anyCourse(), fc.option(anyGoal()), body, async (c, id, goal, b) => {
        const res =
          goal === null
            ? await c.request('POST', goalsOf(id), b)
            : await c.request('PATCH', `${goalsOf(id)}/${segment(goal)}`, b);
        tally.check(res);
      }),
      { numRuns: 100 },
    );
    expect(tally.refused).toBeGreaterThan(0);
  });

  it('never answers a listing or history with a 5xx', async () => {
    const tally = new Tally();
    const course = fc.oneof({ weight: 3, arbitrary: fc.constant(courseA) }, anyCourse());
    await fc.assert(
      fc.asyncProperty(anyClient(), course, fc.option(anyGoal()), async (c, id, goal) => {
        const path = goal === null ? goalsOf(id) : `${goalsOf(id)}/${segment(goal)}/history`;
        tally.check(await c.request('GET', path));
      }),
      { numRuns: 150 },
    );
    expect(tally.ok).toBeGreaterThan(0);
  });
});
