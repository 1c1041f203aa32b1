import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sessionCache, startTestServer, type TestServer } from '../../tests/support/server.ts';

let server: TestServer;
let base: string;
beforeAll(async () => {
  server = await startTestServer();
  base = `/api/courses/${server.world.courseA.courseId}/goals`;
});
afterAll(() => server?.close());

const { call } = sessionCache(() => server.baseUrl);
const newGoal = async (body: Record<string, unknown>) => {
  const res = await call('coordinator', 'POST', base, body);
  expect(res.status).toBe(201);
  return res.body.goal;
};

describe('goals', () => {
  it('creates a goal and a sub-goal, and lists top-level goals oldest first with their sub-goals', async () => {
    const goal = await newGoal({
      area: 'employmentEducation',
      track: 'labourMarketIdentity',
      title: '  Stabilt fremmøde  ',
      circle: { goal: 'Møde kl. 8.30 fire dage om ugen' },
    });
    expect(goal).toMatchObject({
      area: 'employmentEducation',
      track: 'labourMarketIdentity',
      title: 'Stabilt fremmøde',
      status: 'active',
      circle: { goal: 'Møde kl. 8.30 fire dage om ugen', activities: '', measure: '', learned: '' },
      version: 1,
      subGoals: [],
    });
    const sub = await newGoal({ area: 'socialHealth', title: 'I seng før kl. 23', parentGoalId: goal.id });
    expect(sub.track).toBeNull();
    const second = await newGoal({ area: 'leisureRelations', title: 'Én fritidsaktivitet' });
    const res = await call('coordinator', 'GET', base);
    expect(res.status).toBe(200);
    expect(res.body.goals.map((g: { id: string }) => g.id)).toEqual([goal.id, second.id]);
    expect(res.body.goals[0].subGoals.map((g: { id: string }) => g.id)).toEqual([sub.id]);
    expect(res.body.goals[0].subGoals[0]).not.toHaveProperty('subGoals');
  });

  it('keeps every version: two steps forward, one back stays visible', async () => {
    const goal = await newGoal({ area: 'socialHealth', title: 'Spise morgenmad' });
    const url = `${base}/${goal.id}`;
    const v2 = await call('coordinator', 'PATCH', url, {
      title: 'Spise morgenmad hver dag',
      circle: { activities: 'Morgenmad i værkstedet kl. 8' },
      note: 'Aftalt på opfølgningsmødet',
    });
    expect(v2.status).toBe(200);
    expect(v2.body.goal).toMatchObject({ version: 2, title: 'Spise morgenmad hver dag' });
    expect(v2.body.goal.circle.activities).toBe('Morgenmad i værkstedet kl. 8');
    expect((await call('caseworker', 'PATCH', url, { status: 'achieved' })).body.goal.version).toBe(3);
    const back = await call('coordinator', 'PATCH', url, {
      status: 'active',
      note: 'Faldt tilbage i ferien',
    });
    expect(back.body.goal).toMatchObject({ version: 4, status: 'active' });
    expect(back.body.goal.circle.activities).toBe('Morgenmad i værkstedet kl. 8');

    const history = await call('coordinator', 'GET', `${url}/history`);
    expect(history.status).toBe(200);
    const versions = history.body.versions;
    expect(versions.map((v: { version: number }) => v.version)).toEqual([1, 2, 3, 4]);
    expect(versions.map((v: { snapshot: { status: string } }) => v.snapshot.status)).toEqual([
      'active',
      'active',
      'achieved',
      'active',
    ]);
    expect(versions[0].snapshot).toEqual({
      title: 'Spise morgenmad',
      status: 'active',
      area: 'socialHealth',
      track: null,
      circle: { goal: '', activities: '', measure: '', learned: '' },
    });
    expect(versions[1].snapshot.note).toBe('Aftalt på opfølgningsmødet');
    expect(versions[2].snapshot).not.toHaveProperty('note');
    expect(versions[2].changedBy).toEqual({ id: server.world.users.caseworker, displayName: 'caseworker' });
    expect(versions[3].changedBy.id).toBe(server.world.users.coordinator);
  });

  it('gives concurrent changes distinct versions, none lost', async () => {
    const goal = await newGoal({ area: 'socialHealth', title: 'Samtidig' });
    const url = `${base}/${goal.id}`;
    const results = await Promise.all(
      Array.from({ length: 8 }, (_, i) => call('coordinator', 'PATCH', url, { title: `Samtidig ${i}` })),
    );
    expect(results.map((r) => r.status)).toEqual(Array(8).fill(200));
    const versions = results.map((r) => r.body.goal.version).sort((a, b) => a - b);
    expect(versions).toEqual([2, 3, 4, 5, 6, 7, 8, 9]);
    const history = await call('coordinator', 'GET', `${url}/history`);
    expect(history.body.versions).toHaveLength(9);
  });

  it('refuses a parent that is not a top-level goal of the same course', async () => {
    const top = await newGoal({ area: 'socialHealth', title: 'Top' });
    const sub = await newGoal({ area: 'socialHealth', title: 'Sub', parentGoalId: top.id });
    const other = await call(
      'othercaseworker',
      'POST',
      `/api/courses/${server.world.courseB.courseId}/goals`,
      {
        area: 'socialHealth',
        title: 'Andet forløb',
      },
    );
    expect(other.status).toBe(201);
    for (const parentGoalId of [sub.id, other.body.goal.id, '7d1f1a2e-3b4c-4d5e-8f90-123456789abc']) {
      const res = await call('coordinator', 'POST', base, { area: 'socialHealth', title: 'x', parentGoalId });
      expect(res.status).toBe(400);
      expect(res.body.error.field).toBe('body.parentGoalId');
    }
  });

  it('answers 404 for a goal addressed under another course', async () => {
    const goalOfA = await newGoal({ area: 'socialHealth', title: 'Kun forløb A' });
    const courseB = `/api/courses/${server.world.courseB.courseId}/goals/${goalOfA.id}`;
    expect((await call('othercaseworker', 'PATCH', courseB, { title: 'kapret' })).status).toBe(404);
    expect((await call('othercaseworker', 'GET', `${courseB}/history`)).status).toBe(404);
    const history = await call('coordinator', 'GET', `${base}/${goalOfA.id}/history`);
    expect(history.body.versions).toHaveLength(1);
  });

  it.each([
    ['an unknown field', { area: 'socialHealth', title: 'x', owner: 'me' }, 'body.owner'],
    ['an unknown area', { area: 'sports', title: 'x' }, 'body.area'],
    ['an unknown track', { area: 'socialHealth', title: 'x', track: 'cooking' }, 'body.track'],
    ['an empty title', { area: 'socialHealth', title: '  ' }, 'body.title'],
    ['a title too long', { area: 'socialHealth', title: 'x'.repeat(501) }, 'body.title'],
    [
      'an unknown circle step',
      { area: 'socialHealth', title: 'x', circle: { plan: 'y' } },
      'body.circle.plan',
    ],
    [
      'a parent that is not a uuid',
      { area: 'socialHealth', title: 'x', parentGoalId: '42' },
      'body.parentGoalId',
    ],
  ])('refuses a new goal with %s', async (_what, body, field) => {
    const res = await call('coordinator', 'POST', base, body);
    expect(res.status).toBe(400);
    expect(res.body.error.field).toBe(field);
  });

  it.each([
    ['an empty patch', {}, 'body'],
    ['only a note', { note: 'why' }, 'body'],
    ['an empty circle', { circle: {} }, 'body'],
    ['an unknown status', { status: 'done' }, 'body.status'],
    ['an unknown field', { title: 'x', version: 9 }, 'body.version'],
    ['a note too long', { title: 'x', note: 'n'.repeat(2001) }, 'body.note'],
    ['a lone surrogate', { title: 'x\ud800' }, 'body.title'],
  ])('refuses a patch with %s', async (_what, body, field) => {
    const goal = await newGoal({ area: 'socialHealth', title: 'Patch me' });
    const res = await call('coordinator', 'PATCH', `${base}/${goal.id}`, body);
    expect(res.status).toBe(400);
    expect(res.body.error.field).toBe(field);
    expect((await call('coordinator', 'GET', `${base}/${goal.id}/history`)).body.versions).toHaveLength(1);
  });

  it('refuses a goal id that is not a uuid', async () => {
    const res = await call('coordinator', 'GET', `${base}/not-a-uuid/history`);
    expect(res.status).toBe(400);
    expect(res.body.error.field).toBe('params.goalId');
  });
});
