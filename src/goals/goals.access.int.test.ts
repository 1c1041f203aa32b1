import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sessionCache, startTestServer, type TestServer } from '../../tests/support/server.ts';

/** Who may read and change goals, and what each read leaves in the audit log. */
let server: TestServer;
let base: string;
beforeAll(async () => {
  server = await startTestServer();
  base = `/api/courses/${server.world.courseA.courseId}/goals`;
  const top = await newGoal({ area: 'socialHealth', title: 'Stabilt fremmøde' });
  await newGoal({ area: 'socialHealth', title: 'I seng før kl. 23', parentGoalId: top.id });
});
afterAll(() => server?.close());

const { call } = sessionCache(() => server.baseUrl);
const newGoal = async (body: Record<string, unknown>) => {
  const res = await call('coordinator', 'POST', base, body);
  expect(res.status).toBe(201);
  return res.body.goal;
};

describe('goals access', () => {
  it.each(['othercaseworker', 'withdrawnmentor', 'leader'])(
    'answers %s with 404 on every route',
    async (who) => {
      const goal = await newGoal({ area: 'socialHealth', title: 'Hemmelig' });
      expect((await call(who, 'GET', base)).status).toBe(404);
      expect((await call(who, 'POST', base, { area: 'socialHealth', title: 'x' })).status).toBe(404);
      expect((await call(who, 'PATCH', `${base}/${goal.id}`, { title: 'x' })).status).toBe(404);
      expect((await call(who, 'GET', `${base}/${goal.id}/history`)).status).toBe(404);
    },
  );

  it('lets the company mentor and the participant read goals but not change them', async () => {
    const goal = await newGoal({ area: 'employmentEducation', title: 'Praktik i tømrerfirma' });
    for (const who of ['companymentor', 'participant']) {
      expect((await call(who, 'GET', base)).status).toBe(200);
      expect((await call(who, 'GET', `${base}/${goal.id}/history`)).status).toBe(200);
      expect((await call(who, 'POST', base, { area: 'socialHealth', title: 'x' })).status).toBe(404);
      expect((await call(who, 'PATCH', `${base}/${goal.id}`, { title: 'x' })).status).toBe(404);
    }
  });

  it('audits each read once with the participant and the count', async () => {
    const rows = (action: string) =>
      server.database.db
        .selectFrom('audit_log')
        .selectAll()
        .where('action', '=', action)
        .where('course_id', '=', server.world.courseA.courseId)
        .orderBy('id')
        .execute();
    const before = (await rows('goals.read')).length;
    const res = await call('companymentor', 'GET', base);
    const after = await rows('goals.read');
    expect(after.length).toBe(before + 1);
    expect(after.at(-1)).toMatchObject({
      actor_user_id: server.world.users.companyMentor,
      participant_id: server.world.courseA.participantId,
      object_type: 'course',
    });
    const total = res.body.goals.reduce(
      (n: number, g: { subGoals: unknown[] }) => n + 1 + g.subGoals.length,
      0,
    );
    expect((after.at(-1)!.detail as { count: number }).count).toBe(total);
    const goalId = res.body.goals[0].id;
    const historyBefore = (await rows('goals.history.read')).length;
    await call('companymentor', 'GET', `${base}/${goalId}/history`);
    const historyAfter = await rows('goals.history.read');
    expect(historyAfter.length).toBe(historyBefore + 1);
    expect(historyAfter.at(-1)!.object_id).toBe(goalId);
  });
});
