import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sessionCache, startTestServer, type TestServer } from '../../tests/support/server.ts';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server?.close());

const { as, call } = sessionCache(() => server.baseUrl);
const put = async (who: string, url: string, body: unknown, version?: number) =>
  (await as(who)).request('PUT', url, body, version === undefined ? {} : { 'if-match': `"${version}"` });

const referral = (overrides: Record<string, unknown> = {}) => ({
  partnershipId: server.world.partnership,
  participant: {
    givenName: 'Liva',
    familyName: 'Mortensen',
    birthDate: '2003-05-17',
    gender: 'female',
    disabilities: ['cognitive'],
    cpr: '170503-4321',
  },
  referralDate: '2026-01-05',
  planSummary: 'Rehabiliteringsteamet anbefaler et virksomhedsrettet ressourceforløb.',
  grantedMonths: 36,
  package: 'Pakke 2: værksted og praktik',
  caseworkerId: server.world.users.caseworker,
  coordinatorId: server.world.users.coordinator,
  consentToJobCentre: true,
  ...overrides,
});

const count = async (table: 'participants' | 'courses' | 'course_steps') =>
  Number(
    (
      await server.database.db
        .selectFrom(table)
        .select((eb) => eb.fn.countAll().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  );

async function refer(who = 'caseworker', overrides: Record<string, unknown> = {}) {
  const res = await call(who, 'POST', '/api/referrals', referral(overrides));
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body.courseId as string;
}

describe('the referral', () => {
  it('offers the partnerships the user may refer to, with the caseworkers and coordinators to choose from', async () => {
    const res = await call('caseworker', 'GET', '/api/referrals/options');
    expect(res.status).toBe(200);
    expect(res.body.partnerships).toHaveLength(1);
    expect(res.body.partnerships[0]).toMatchObject({
      id: server.world.partnership,
      caseworkers: [{ id: server.world.users.caseworker }],
      coordinators: [{ id: server.world.users.coordinator }],
    });
    // A company mentor refers no one.
    expect((await call('companymentor', 'GET', '/api/referrals/options')).body.partnerships).toEqual([]);
  });

  it('creates the young person, the course (not started), its team and the referral step in one go', async () => {
    const courseId = await refer();
    const db = server.database.db;
    const course = await db
      .selectFrom('courses')
      .selectAll()
      .where('id', '=', courseId)
      .executeTakeFirstOrThrow();
    expect(course).toMatchObject({
      referral_date: '2026-01-05',
      start_date: null,
      granted_months: 36,
      package: 'Pakke 2: værksted og praktik',
    });
    const participant = await db
      .selectFrom('participants')
      .selectAll()
      .where('id', '=', course.participant_id)
      .executeTakeFirstOrThrow();
    expect(participant.cpr_encrypted).toMatch(/^v1:/);
    expect(participant.cpr_encrypted).not.toContain('4321');
    const team = await db
      .selectFrom('course_team')
      .select(['user_id', 'role'])
      .where('course_id', '=', courseId)
      .execute();
    expect(team.map((t) => t.role).sort()).toEqual(['caseworker', 'youthCoordinator']);
    // The caseworker (by the consent recorded at the referral) sees the referral and its plan.
    const steps = await call('caseworker', 'GET', `/api/courses/${courseId}/steps`);
    expect(steps.status).toBe(200);
    expect(steps.body.current).toBe('visit');
    expect(steps.body.steps.map((s: { kind: string }) => s.kind)).toEqual(['referral']);
    expect(steps.body.course.planSummary).toContain('Rehabiliteringsteamet');
    expect(steps.body.steps[0].recordedBy.id).toBe(server.world.users.caseworker);
    const audit = await db
      .selectFrom('audit_log')
      .select(['action', 'actor_user_id'])
      .where('course_id', '=', courseId)
      .where('action', 'in', ['referral.create', 'consent.give'])
      .execute();
    expect(audit.map((a) => a.action).sort()).toEqual(['consent.give', 'referral.create']);
    // A course not started owes nothing: the course page has nothing due.
    const overview = await call('coordinator', 'GET', `/api/courses/${courseId}`);
    expect(overview.body.owed).toEqual([]);
  });

  it('refuses a referral whole, naming the field, and writes nothing', async () => {
    const before = await Promise.all([count('participants'), count('courses'), count('course_steps')]);
    const wrongCoordinator = await call(
      'caseworker',
      'POST',
      '/api/referrals',
      referral({ coordinatorId: server.world.users.caseworker }),
    );
    expect(wrongCoordinator.status).toBe(400);
    expect(wrongCoordinator.body.error.field).toBe('body.coordinatorId');
    const badCpr = await call(
      'caseworker',
      'POST',
      '/api/referrals',
      referral({ participant: { ...referral().participant, cpr: '12345' } }),
    );
    expect(badCpr.status).toBe(400);
    expect(badCpr.body.error.field).toBe('body.participant.cpr');
    const noName = await call(
      'caseworker',
      'POST',
      '/api/referrals',
      referral({ participant: { ...referral().participant, givenName: ' ' } }),
    );
    expect(noName.status).toBe(400);
    expect(noName.body.error.field).toBe('body.participant.givenName');
    const badMonths = await call('caseworker', 'POST', '/api/referrals', referral({ grantedMonths: 0 }));
    expect(badMonths.body.error.field).toBe('body.grantedMonths');
    expect(await Promise.all([count('participants'), count('courses'), count('course_steps')])).toEqual(
      before,
    );
  });

  it("is refused to anyone who is not a caseworker or coordinator of one of the partnership's parties", async () => {
    const before = await count('courses');
    for (const who of ['companymentor', 'participant', 'leader', 'workshopmentor', 'othercaseworker']) {
      const res = await call(who, 'POST', '/api/referrals', referral());
      expect(res.status, who).toBe(404);
    }
    expect(await count('courses')).toBe(before);
    // The coordinator may refer too.
    await refer('coordinator', { consentToJobCentre: false });
  });
});

describe('the course steps', () => {
  const visit = (overrides: Record<string, unknown> = {}) => ({
    kind: 'visit',
    date: '2026-01-09',
    firstContactDate: '2026-01-08',
    place: 'home',
    contactCoordinator: 'coordinator',
    contactMentor: 'Mette i køkkenet',
    meetWhere: 'Køkkenet, bygning B',
    meetWhen: 'Mandag kl. 9',
    workingHours: 'Man–tor 9–13',
    firstTasks: ['Lære køkkenet at kende', 'Morgenmad med holdet'],
    colleague: 'Ali',
    ...overrides,
  });

  it('records the visit: the first contact is set on the course and may not be before the referral', async () => {
    const courseId = await refer();
    const url = `/api/courses/${courseId}/steps/visit`;
    const early = await put(
      'coordinator',
      url,
      visit({ firstContactDate: '2026-01-02', date: '2026-01-02' }),
    );
    expect(early.status).toBe(400);
    expect(early.body.error.field).toBe('body.firstContactDate');
    const saved = await put('coordinator', url, visit());
    expect(saved.status, JSON.stringify(saved.body)).toBe(200);
    expect(saved.body.step).toMatchObject({ kind: 'visit', date: '2026-01-09', version: 1 });
    expect(saved.body.step.details.firstTasks).toEqual(['Lære køkkenet at kende', 'Morgenmad med holdet']);
    const course = await server.database.db
      .selectFrom('courses')
      .select('first_contact_date')
      .where('id', '=', courseId)
      .executeTakeFirstOrThrow();
    expect(course.first_contact_date).toBe('2026-01-08');
  });

  it('keeps the previous version on a change, refuses a stale If-Match (412) and a change without one (428)', async () => {
    const courseId = await refer();
    const url = `/api/courses/${courseId}/steps/visit`;
    expect((await put('coordinator', url, visit())).status).toBe(200);
    const without = await put('coordinator', url, visit({ workingHours: 'Man–fre 9–14' }));
    expect(without.status).toBe(428);
    const changed = await put('caseworker', url, visit({ workingHours: 'Man–fre 9–14' }), 1);
    expect(changed.status).toBe(200);
    expect(changed.body.step.version).toBe(2);
    const stale = await put('coordinator', url, visit({ workingHours: 'Man–ons 9–12' }), 1);
    expect(stale.status).toBe(412);
    expect(stale.body.current.details.workingHours).toBe('Man–fre 9–14');
    const steps = await call('coordinator', 'GET', `/api/courses/${courseId}/steps`);
    const history = steps.body.steps.find((s: { kind: string }) => s.kind === 'visit').history;
    expect(history.map((h: { details: { workingHours: string } }) => h.details.workingHours)).toEqual([
      'Man–tor 9–13',
      'Man–fre 9–14',
    ]);
    expect(history.map((h: { recordedBy: { id: string } }) => h.recordedBy.id)).toEqual([
      server.world.users.coordinator,
      server.world.users.caseworker,
    ]);
    const audit = await server.database.db
      .selectFrom('audit_log')
      .select(['action', 'detail'])
      .where('course_id', '=', courseId)
      .where('action', 'in', ['courseSteps.record', 'courseSteps.change'])
      .where('outcome', '=', 'ok')
      .orderBy('id')
      .execute();
    expect(audit.map((a) => a.action)).toEqual(['courseSteps.record', 'courseSteps.change']);
  });

  it('starts the course at the start-up, writes its goals as real goals, and moves the caseload on', async () => {
    const courseId = await refer();
    const base = `/api/courses/${courseId}/steps`;
    const tooEarly = await put('coordinator', `${base}/startUp`, { kind: 'startUp', date: '2026-01-20' });
    expect(tooEarly.status).toBe(400);
    expect(tooEarly.body.error.field).toBe('body.kind');
    expect((await put('coordinator', `${base}/visit`, visit())).status).toBe(200);
    const startUp = await put('coordinator', `${base}/startUp`, {
      kind: 'startUp',
      date: '2026-01-20',
      newGoals: [{ area: 'employmentEducation', title: 'Falde til og nå stabilt fremmøde' }],
    });
    expect(startUp.status, JSON.stringify(startUp.body)).toBe(200);
    expect(startUp.body.step.details.goalIds).toHaveLength(1);
    const goals = await call('coordinator', 'GET', `/api/courses/${courseId}/goals`);
    expect(goals.body.goals.map((g: { title: string }) => g.title)).toEqual([
      'Falde til og nå stabilt fremmøde',
    ]);
    const overview = await call('coordinator', 'GET', `/api/courses/${courseId}`);
    expect(overview.body.course.startDate).toBe('2026-01-20');
    const caseload = await call('coordinator', 'GET', '/api/caseload');
    const item = caseload.body.items.find((i: { courseId: string }) => i.courseId === courseId);
    expect(item.currentStep).toBe('evaluation');
    // The kind in the body must be the step in the address.
    const mismatch = await put('coordinator', `${base}/evaluation`, { kind: 'course', date: '2026-03-01' });
    expect(mismatch.status).toBe(400);
    expect(mismatch.body.error.field).toBe('body.kind');
  });

  it('shows the steps to no company mentor and lets neither a company mentor nor the young person record one', async () => {
    const courseA = server.world.courseA.courseId;
    const read = await call('companymentor', 'GET', `/api/courses/${courseA}/steps`);
    expect(read.status).toBe(404);
    expect(JSON.stringify(read.body)).not.toContain('planSummary');
    for (const who of ['companymentor', 'participant', 'workshopmentor']) {
      const res = await put(who, `/api/courses/${courseA}/steps/referral`, {
        kind: 'referral',
        date: '2025-01-06',
        planSummary: 'x',
        grantedMonths: null,
        package: '',
      });
      expect(res.status, who).toBe(404);
    }
    const refused = await server.database.db
      .selectFrom('audit_log')
      .select('detail')
      .where('course_id', '=', courseA)
      .where('action', '=', 'course.access')
      .where('outcome', '=', 'refused')
      .execute();
    expect(refused.some((r) => JSON.stringify(r.detail).includes('courseSteps.write'))).toBe(true);
  });
});
