import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sessionCache, startTestServer, type TestServer } from '../../tests/support/server.ts';
import { addTeamMember, createParticipantWithCourse } from '../demo/builders.ts';

/** Matching: the work profile, suggestions from the own network, decisions, and an opening's young people. */
let server: TestServer;
let base: string;
let opening: string;
let courseC: string;
beforeAll(async () => {
  server = await startTestServer();
  const { world } = server;
  const { db } = server.database;
  base = `/api/courses/${world.courseA.courseId}/matching`;
  const { company, company2 } = world.organisations;
  await db
    .insertInto('relational_capacity_assessments')
    .values([
      { company_id: company, assessed_on: '2025-01-01', level: 'high', reasons: 'Erfaren mester' },
      { company_id: company2, assessed_on: '2024-06-01', level: 'high', reasons: 'Før' },
      // The newest counts.
      { company_id: company2, assessed_on: '2025-02-01', level: 'low', reasons: 'Travl køkkenchef' },
    ])
    .execute();
  opening = (
    await db
      .insertInto('company_openings')
      .values({ company_id: company2, title: 'Køkkenhjælp', work_functions: ['kitchen'], hours_per_week: 20 })
      .returning('id')
      .executeTakeFirstOrThrow()
  ).id;
  // Course C in the same partnership: the job consultant is on its team, the coordinator is not.
  const c = await createParticipantWithCourse(db, {
    partnershipId: world.partnership,
    municipalityId: world.organisations.municipality,
    ref: 'C1',
    givenName: 'Carl',
    familyName: 'Dam',
    birthDate: '2002-05-05',
    gender: 'male',
    startDate: '2025-02-03',
    grantedMonths: 12,
  });
  courseC = c.courseId;
  await addTeamMember(db, {
    courseId: courseC,
    municipalityId: world.organisations.municipality,
    userId: world.users.jobConsultant,
    organisationId: world.organisations.institution,
    role: 'jobConsultant',
  });
  await db
    .insertInto('work_profiles')
    .values({
      course_id: courseC,
      municipality_id: world.organisations.municipality,
      work_functions: ['kitchen'],
      support_level: 'low',
    })
    .execute();
});
afterAll(() => server?.close());

const { as, call } = sessionCache(() => server.baseUrl);
const put = async (who: string, body: unknown, version?: number) =>
  (await as(who)).request(
    'PUT',
    `${base}/profile`,
    body,
    version === undefined ? {} : { 'if-match': `"${version}"` },
  );
const profile = {
  workFunctions: ['kitchen', 'cleaning'],
  industries: ['food'],
  interests: 'Kan lide at lave mad',
  supportLevel: 'high',
  homePlace: 'Testby',
  homeLatitude: 55.7,
  homeLongitude: 9.5,
  maxDistanceKm: 15,
};
const auditRows = (action: string) =>
  server.database.db.selectFrom('audit_log').selectAll().where('action', '=', action).orderBy('id').execute();

describe('the work profile', () => {
  it('is null at first; the first PUT creates it, the next needs If-Match, a stale one gets 412', async () => {
    const before = await call('coordinator', 'GET', `${base}/profile`);
    expect(before.status).toBe(200);
    expect(before.body.profile).toBeNull();
    const created = await put('coordinator', profile);
    expect(created.status).toBe(200);
    expect(created.body.profile).toMatchObject({ ...profile, version: 1 });
    expect((await auditRows('matching.profile')).at(-1)).toMatchObject({
      actor_user_id: server.world.users.coordinator,
      course_id: server.world.courseA.courseId,
    });
    expect((await put('jobconsultant', profile)).status).toBe(428);
    const changed = await put('jobconsultant', { ...profile, maxDistanceKm: 20 }, 1);
    expect(changed.status).toBe(200);
    expect(changed.body.profile).toMatchObject({ version: 2, maxDistanceKm: 20 });
    const stale = await put('coordinator', { ...profile, maxDistanceKm: 5 }, 1);
    expect(stale.status).toBe(412);
    expect(stale.body.current).toMatchObject({ version: 2, maxDistanceKm: 20 });
    const read = await call('caseworker', 'GET', `${base}/profile`);
    expect(read.body.profile).toMatchObject({ version: 2, homePlace: 'Testby' });
  });

  it.each([
    [{ ...profile, workFunctions: ['flying'] }, 'body.workFunctions[0]'],
    [{ ...profile, workFunctions: ['kitchen', 'kitchen'] }, 'body.workFunctions'],
    [{ ...profile, industries: ['space'] }, 'body.industries[0]'],
    [{ ...profile, supportLevel: 'extreme' }, 'body.supportLevel'],
    [{ ...profile, homeLongitude: null }, 'body.homeLongitude'],
    [{ ...profile, homeLatitude: 91 }, 'body.homeLatitude'],
    [{ ...profile, maxDistanceKm: 0 }, 'body.maxDistanceKm'],
    [{ ...profile, interests: 'x'.repeat(2001) }, 'body.interests'],
    [{ ...profile, extra: 1 }, 'body.extra'],
  ])('refuses a bad profile with 400 naming the field (%#)', async (body, field) => {
    const res = await put('coordinator', body, 2);
    expect(res.status).toBe(400);
    expect(res.body.error.field).toBe(field);
  });
});

describe('suggestions for the young person', () => {
  it('ranks only the own network, each with its reasons, and audits the read', async () => {
    const res = await call('coordinator', 'GET', `${base}/suggestions`);
    expect(res.status).toBe(200);
    expect(res.body.hasProfile).toBe(true);
    const { company, company2, otherCompany } = server.world.organisations;
    const ids = res.body.suggestions.map((s: { companyId: string }) => s.companyId);
    expect(ids).toEqual([company2, company]);
    expect(ids).not.toContain(otherCompany);
    const kantine = res.body.suggestions[0];
    expect(kantine).toMatchObject({
      rank: 1,
      companyName: 'Testby Kantine A/S',
      openings: [{ id: opening, title: 'Køkkenhjælp' }],
    });
    expect(kantine.reasons).toEqual(
      expect.arrayContaining([
        { code: 'functions', functions: ['cleaning', 'kitchen'] },
        { code: 'industry', industry: 'food' },
        // High need, low capacity (the newest assessment): said, and ranked down.
        { code: 'capacity', capacity: 'low', support: 'high', enough: false },
        { code: 'openPlace', openings: 1 },
      ]),
    );
    expect(kantine.reasons.find((r: { code: string }) => r.code === 'distance')).toMatchObject({
      km: 0,
      within: true,
    });
    const read = (await auditRows('matching.read')).at(-1);
    expect(read).toMatchObject({
      actor_user_id: server.world.users.coordinator,
      course_id: server.world.courseA.courseId,
    });
    expect(read?.detail).toMatchObject({ suggestions: 2 });
  });

  it('gives a company mentor 404 on every matching route, even with a consent sharing every company category', async () => {
    const url = `/api/companies/${server.world.organisations.company2}/openings/${opening}/suggestions`;
    for (const who of ['companymentor', 'withdrawnmentor']) {
      const client = await as(who);
      expect((await client.request('GET', `${base}/profile`)).status, who).toBe(404);
      expect((await client.request('PUT', `${base}/profile`, profile, { 'if-match': '*' })).status, who).toBe(
        404,
      );
      expect((await client.request('GET', `${base}/suggestions`)).status, who).toBe(404);
      expect((await client.request('GET', `${base}/decisions`)).status, who).toBe(404);
      const decided = await client.request('POST', `${base}/decisions`, {
        companyId: server.world.organisations.company,
        reason: 'x',
      });
      expect(decided.status, who).toBe(404);
      expect((await client.request('GET', url)).status, who).toBe(404);
    }
  });
});

describe('a caseworker without the internship consent', () => {
  it('finds no matching on the course (404, audited as refused) until the consent shares it', async () => {
    const { db } = server.database;
    const consentId = server.world.consents.municipality;
    const before = await db
      .selectFrom('consents')
      .select('categories')
      .where('id', '=', consentId)
      .executeTakeFirstOrThrow();
    await db
      .updateTable('consents')
      .set({ categories: before.categories.filter((c) => c !== 'internship') })
      .where('id', '=', consentId)
      .execute();
    try {
      for (const path of ['profile', 'suggestions', 'decisions'])
        expect((await call('caseworker', 'GET', `${base}/${path}`)).status, path).toBe(404);
      const refused = (await auditRows('matching.read')).at(-1);
      expect(refused).toMatchObject({ outcome: 'refused', actor_user_id: server.world.users.caseworker });
      // Nor is the young person shown to them for an opening.
      const url = `/api/companies/${server.world.organisations.company2}/openings/${opening}/suggestions`;
      const res = await call('caseworker', 'GET', url);
      expect(res.status).toBe(200);
      expect(JSON.stringify(res.body)).not.toContain('Sara');
    } finally {
      await db
        .updateTable('consents')
        .set({ categories: before.categories })
        .where('id', '=', consentId)
        .execute();
    }
    expect((await call('caseworker', 'GET', `${base}/suggestions`)).status).toBe(200);
  });
});

describe('decisions', () => {
  it('stores the rank and score the server computes, never the client’s, and lists them', async () => {
    const { company, company2 } = server.world.organisations;
    const trusted = await call('coordinator', 'POST', `${base}/decisions`, {
      companyId: company,
      reason: 'Sara vil hellere være tømrer',
      suggestedRank: 1,
    });
    expect(trusted.status).toBe(400);
    expect(trusted.body.error.field).toBe('body.suggestedRank');
    const suggested = (await call('coordinator', 'GET', `${base}/suggestions`)).body.suggestions;
    const second = suggested.find((s: { companyId: string }) => s.companyId === company);
    const res = await call('coordinator', 'POST', `${base}/decisions`, {
      companyId: company,
      reason: 'Sara vil hellere være tømrer',
    });
    expect(res.status).toBe(201);
    expect(res.body.decision).toMatchObject({
      companyId: company,
      companyName: 'Testby Tømrer ApS',
      suggestedRank: 2,
      score: second.score,
      reason: 'Sara vil hellere være tømrer',
      openingId: null,
      decidedBy: 'coordinator',
    });
    const row = await server.database.db
      .selectFrom('match_decisions')
      .selectAll()
      .where('id', '=', res.body.decision.id)
      .executeTakeFirstOrThrow();
    expect(row.suggested_rank).toBe(2);
    expect(Number(row.score)).toBe(second.score);
    expect((await auditRows('matching.decide')).at(-1)).toMatchObject({ object_id: row.id });
    const withOpening = await call('jobconsultant', 'POST', `${base}/decisions`, {
      companyId: company2,
      openingId: opening,
      reason: 'Køkkenet har en plads nu',
    });
    expect(withOpening.status).toBe(201);
    expect(withOpening.body.decision).toMatchObject({ suggestedRank: 1, openingTitle: 'Køkkenhjælp' });
    const list = await call('caseworker', 'GET', `${base}/decisions`);
    expect(list.status).toBe(200);
    expect(list.body.decisions.map((d: { id: string }) => d.id)).toEqual([
      withOpening.body.decision.id,
      res.body.decision.id,
    ]);
  });

  it('refuses a company outside the network, an opening of another company and a missing reason, naming the field', async () => {
    const { company, otherCompany } = server.world.organisations;
    const cases: Array<[unknown, string]> = [
      [{ companyId: otherCompany, reason: 'x' }, 'body.companyId'],
      [{ companyId: company, openingId: opening, reason: 'x' }, 'body.openingId'],
      [{ companyId: company, reason: '  ' }, 'body.reason'],
      [{ companyId: 'nope', reason: 'x' }, 'body.companyId'],
    ];
    for (const [body, field] of cases) {
      const res = await call('coordinator', 'POST', `${base}/decisions`, body);
      expect(res.status, field).toBe(400);
      expect(res.body.error.field).toBe(field);
    }
  });

  it('records a null rank when there were no suggestions (no work profile)', async () => {
    const url = `/api/courses/${courseC}/matching`;
    await server.database.db.deleteFrom('work_profiles').where('course_id', '=', courseC).execute();
    try {
      const res = await call('jobconsultant', 'POST', `${url}/decisions`, {
        companyId: server.world.organisations.company,
        reason: 'Aftalt med Carl',
      });
      expect(res.status).toBe(201);
      expect(res.body.decision).toMatchObject({ suggestedRank: null, score: null });
    } finally {
      await server.database.db
        .insertInto('work_profiles')
        .values({
          course_id: courseC,
          municipality_id: server.world.organisations.municipality,
          work_functions: ['kitchen'],
          support_level: 'low',
        })
        .execute();
    }
  });
});

describe('suggested young people for an opening', () => {
  const url = () => `/api/companies/${server.world.organisations.company2}/openings/${opening}/suggestions`;
  const names = (body: { suggestions: Array<{ participantName: string }> }) =>
    body.suggestions.map((s) => s.participantName);

  it('shows each reader only the young people of courses they may see, with reasons, audited per young person', async () => {
    const before = (await auditRows('matching.opening')).length;
    const consultant = await call('jobconsultant', 'GET', url());
    expect(consultant.status).toBe(200);
    expect(consultant.body.opening).toMatchObject({
      title: 'Køkkenhjælp',
      workFunctions: ['kitchen'],
      hoursPerWeek: 20,
    });
    expect(consultant.body.company).toMatchObject({ name: 'Testby Kantine A/S', industry: 'food' });
    // Carl (low need, low capacity) before Sara (high need: two steps short).
    expect(names(consultant.body)).toEqual(['Carl Dam', 'Sara Holm']);
    expect(consultant.body.suggestions[1].reasons).toContainEqual({
      code: 'capacity',
      capacity: 'low',
      support: 'high',
      enough: false,
    });
    const rows = (await auditRows('matching.opening')).slice(before);
    expect(rows.map((r) => r.course_id).sort()).toEqual([server.world.courseA.courseId, courseC].sort());
    expect(
      rows.every((r) => r.object_id === opening && r.actor_user_id === server.world.users.jobConsultant),
    ).toBe(true);

    const coordinator = await call('coordinator', 'GET', url());
    expect(names(coordinator.body)).toEqual(['Sara Holm']);
    expect(JSON.stringify(coordinator.body)).not.toContain('Carl');
    // A leader reads the network but holds no course: the opening, no young people.
    const leader = await call('leader', 'GET', url());
    expect(leader.status).toBe(200);
    expect(leader.body.suggestions).toEqual([]);
  });

  it('is not found outside the reader’s network or for another company’s opening', async () => {
    expect((await call('othercaseworker', 'GET', url())).status).toBe(404);
    const { company, otherCompany } = server.world.organisations;
    expect(
      (await call('coordinator', 'GET', `/api/companies/${company}/openings/${opening}/suggestions`)).status,
    ).toBe(404);
    expect(
      (await call('coordinator', 'GET', `/api/companies/${otherCompany}/openings/${opening}/suggestions`))
        .status,
    ).toBe(404);
  });
});
