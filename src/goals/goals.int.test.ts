import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sessionCache, startTestServer, type TestServer } from '../../tests/support/server.ts';

let server: TestServer;
let base: string;
beforeAll(async () => {
  server = await startTestServer();
  base = `/api/courses/${server.world.courseA.courseId}/goals`;
});
afterAll(() => server?.close());

const { as, call } = sessionCache(() => server.baseUrl);
/** A change based on the version the writer saw. */
const patch = async (who: string, url: string, body: unknown, version: number | string) =>
  (await as(who)).request('PATCH', url, body, { 'if-match': `"${version}"` });
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
    const v2 = await patch(
      'coordinator',
      url,
      {
        title: 'Spise morgenmad hver dag',
        circle: { activities: 'Morgenmad i værkstedet kl. 8' },
        note: 'Aftalt på opfølgningsmødet',
      },
      1,
    );
    expect(v2.status).toBe(200);
    expect(v2.body.goal).toMatchObject({ version: 2, title: 'Spise morgenmad hver dag' });
    expect(v2.body.goal.circle.activities).toBe('Morgenmad i værkstedet kl. 8');
    expect((await patch('caseworker', url, { status: 'achieved' }, 2)).body.goal.version).toBe(3);
    const back = await patch('coordinator', url, { status: 'active', note: 'Faldt tilbage i ferien' }, 3);
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

  it('lets one of eight concurrent changes based on the same version win; the rest get 412, none lost', async () => {
    const goal = await newGoal({ area: 'socialHealth', title: 'Samtidig' });
    const url = `${base}/${goal.id}`;
    const results = await Promise.all(
      Array.from({ length: 8 }, (_, i) => patch('coordinator', url, { title: `Samtidig ${i}` }, 1)),
    );
    const won = results.filter((r) => r.status === 200);
    expect(won).toHaveLength(1);
    expect(results.filter((r) => r.status === 412)).toHaveLength(7);
    for (const refused of results.filter((r) => r.status === 412)) {
      expect(refused.body.error).toMatchObject({ code: 'stale_version', field: 'If-Match' });
      expect(refused.body.current).toMatchObject({ version: 2, title: won[0]?.body.goal.title });
    }
    const history = await call('coordinator', 'GET', `${url}/history`);
    expect(history.body.versions).toHaveLength(2);
  });

  it('refuses a change based on a stale read with 412, the current goal and its ETag; without If-Match 428', async () => {
    const goal = await newGoal({ area: 'employmentEducation', title: 'Møde kl. 8' });
    const url = `${base}/${goal.id}`;
    const first = await patch('coordinator', url, { title: 'Møde kl. 8 hver dag' }, 1);
    expect(first.status).toBe(200);
    // The caseworker opened the goal at version 1 and saves after the coordinator did.
    const stale = await patch('caseworker', url, { status: 'achieved' }, 1);
    expect(stale.status).toBe(412);
    expect(stale.body.current).toMatchObject({ version: 2, title: 'Møde kl. 8 hver dag', status: 'active' });
    const missing = await call('caseworker', 'PATCH', url, { status: 'achieved' });
    expect(missing.status).toBe(428);
    expect(missing.body.error.field).toBe('If-Match');
    const malformed = await patch('caseworker', url, { status: 'achieved' }, 'two');
    expect(malformed.status).toBe(400);
    const history = await call('coordinator', 'GET', `${url}/history`);
    expect(history.body.versions.map((v: { snapshot: { status: string } }) => v.snapshot.status)).toEqual([
      'active',
      'active',
    ]);
    // Based on the current version it goes through, and the answer carries the new ETag.
    const res = await fetch(`${server.baseUrl}${url}`, {
      method: 'PATCH',
      headers: {
        cookie: (await as('caseworker')).cookie ?? '',
        'x-csrf-token': (await as('caseworker')).csrfToken ?? '',
        'content-type': 'application/json',
        'if-match': '"2"',
      },
      body: JSON.stringify({ status: 'achieved' }),
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('etag')).toBe('"3"');
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
    expect((await patch('othercaseworker', courseB, { title: 'kapret' }, 1)).status).toBe(404);
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
