import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOrganisation, giveConsent } from '../../src/demo/builders.ts';
import { Client, startTestServer, type TestServer } from '../support/server.ts';
import { type Principal, principals, usernameOf } from '../support/world.ts';

/**
 * The authorization matrix: every route in the app's route table × every principal (each role,
 * anonymous, a caseworker from another municipality, a company mentor whose consent was
 * withdrawn). Who may call each route is written out here by hand, route by route — never read
 * from the route's own declaration or the permission table under test. A route without a row fails
 * the build. Signed-in-only routes are also checked for what they return to each caller.
 */
type Who = Principal | 'anonymous';
const everyone: Who[] = ['anonymous', ...principals];
const signedIn: Who[] = [...principals];
const staff: Principal[] = ['coordinator', 'caseworker', 'workshopMentor', 'jobConsultant'];

interface Sample {
  path: string;
  body?: unknown;
  /** Changes say which version they change; `*` (any) here, since this is about access, not versions. */
  headers?: Record<string, string>;
}
const anyVersion = { 'if-match': '*' };
interface Ids {
  spareSessionOf: (who: Who) => string;
  course: string;
  leader: string;
  municipality: string;
  newMunicipality: string;
  newInstitution: string;
  partnership: string;
  goal: string;
  letter: string;
  /** The default form's newest version, a measurement (the latest) and, separately, an open draft. */
  instrument: string;
  measurement: string;
  consentFor: (who: Who) => string;
  narrowFor: (who: Who) => string;
  dayFor: (who: Who) => string;
  /** A reminder of each principal's own (the daily job's notifications). */
  notificationFor: (who: Who) => string;
}
interface Row {
  /** Who gets a 2xx; everyone else is refused (401 anonymous, 404 signed in). */
  allowed: readonly Who[];
  /** One valid request, so that an allowed caller gets a 2xx. */
  sample: (ids: Ids, who: Who) => Sample;
}

const matrix: Record<string, Row> = {
  'GET /api/health': { allowed: everyone, sample: () => ({ path: '/api/health' }) },
  'GET /api/openapi.json': { allowed: everyone, sample: () => ({ path: '/api/openapi.json' }) },
  'POST /api/auth/login': {
    allowed: everyone,
    sample: () => ({ path: '/api/auth/login', body: { username: 'leader', password: 'test-password' } }),
  },
  'POST /api/auth/logout': { allowed: signedIn, sample: () => ({ path: '/api/auth/logout' }) },
  'GET /api/auth/me': { allowed: signedIn, sample: () => ({ path: '/api/auth/me' }) },
  'GET /api/caseload': { allowed: signedIn, sample: () => ({ path: '/api/caseload' }) },
  // The actor's own work queue and reminders: everyone signed in has one (maybe empty), each cut per course.
  'GET /api/work-queue': { allowed: signedIn, sample: () => ({ path: '/api/work-queue?asOf=2026-03-20' }) },
  'GET /api/notifications': { allowed: signedIn, sample: () => ({ path: '/api/notifications' }) },
  'GET /api/notifications/unread': {
    allowed: signedIn,
    sample: () => ({ path: '/api/notifications/unread' }),
  },
  // Each marks a reminder of their own read.
  'POST /api/notifications/:id/read': {
    allowed: signedIn,
    sample: (ids, who) => ({ path: `/api/notifications/${ids.notificationFor(who)}/read` }),
  },
  'GET /api/reminder-settings': { allowed: signedIn, sample: () => ({ path: '/api/reminder-settings' }) },
  'PUT /api/reminder-settings': {
    allowed: signedIn,
    sample: () => ({ path: '/api/reminder-settings', body: { digestEmail: null }, headers: anyVersion }),
  },
  'GET /api/auth/sessions': { allowed: signedIn, sample: () => ({ path: '/api/auth/sessions' }) },
  // Each ends a spare session of their own, signed in for this purpose.
  'POST /api/auth/sessions/:sessionId/end': {
    allowed: signedIn,
    sample: (ids, who) => ({ path: `/api/auth/sessions/${ids.spareSessionOf(who)}/end` }),
  },
  'GET /api/me/courses': { allowed: signedIn, sample: () => ({ path: '/api/me/courses' }) },
  'GET /api/partnerships': { allowed: signedIn, sample: () => ({ path: '/api/partnerships' }) },
  'GET /api/partnerships/:id/report': {
    allowed: ['coordinator', 'caseworker', 'leader'],
    sample: (ids) => ({ path: `/api/partnerships/${ids.partnership}/report?asOf=2026-01-01` }),
  },
  // What the courses owe: the same readers as the report.
  'GET /api/partnerships/:id/due': {
    allowed: ['coordinator', 'caseworker', 'leader'],
    sample: (ids) => ({ path: `/api/partnerships/${ids.partnership}/due?asOf=2026-01-01` }),
  },
  'GET /api/courses/:courseId': {
    allowed: [...staff, 'companyMentor', 'participant'],
    sample: (ids) => ({ path: `/api/courses/${ids.course}` }),
  },
  'POST /api/courses/:courseId/status': {
    allowed: ['coordinator', 'caseworker'],
    sample: (ids) => ({
      path: `/api/courses/${ids.course}/status`,
      body: { status: 'active', effectiveDate: '2026-01-05' },
      headers: anyVersion,
    }),
  },
  'GET /api/courses/:courseId/consents': {
    allowed: [...staff, 'participant'],
    sample: (ids) => ({ path: `/api/courses/${ids.course}/consents` }),
  },
  'POST /api/courses/:courseId/consents': {
    allowed: ['coordinator'],
    sample: (ids) => ({
      path: `/api/courses/${ids.course}/consents`,
      body: { purpose: 'statistics', givenOn: '2025-02-01' },
    }),
  },
  'POST /api/courses/:courseId/consents/:consentId/withdraw': {
    allowed: ['coordinator', 'participant'],
    sample: (ids, who) => ({ path: `/api/courses/${ids.course}/consents/${ids.consentFor(who)}/withdraw` }),
  },
  'POST /api/courses/:courseId/consents/:consentId/narrow': {
    allowed: ['coordinator', 'participant'],
    sample: (ids, who) => ({
      path: `/api/courses/${ids.course}/consents/${ids.narrowFor(who)}/narrow`,
      body: { categories: ['contact'] },
    }),
  },
  'GET /api/courses/:courseId/consent-recipients': {
    allowed: ['coordinator'],
    sample: (ids) => ({ path: `/api/courses/${ids.course}/consent-recipients` }),
  },
  'GET /api/courses/:courseId/journal': {
    allowed: [...staff, 'companyMentor'],
    sample: (ids) => ({ path: `/api/courses/${ids.course}/journal` }),
  },
  'POST /api/courses/:courseId/journal': {
    allowed: [...staff, 'companyMentor'],
    sample: (ids) => ({
      path: `/api/courses/${ids.course}/journal`,
      body: { date: '2025-03-03', body: 'Matrix note', visibility: 'team' },
    }),
  },
  'GET /api/courses/:courseId/attendance': {
    allowed: [...staff, 'companyMentor', 'participant'],
    sample: (ids) => ({ path: `/api/courses/${ids.course}/attendance?month=2025-03` }),
  },
  'PUT /api/courses/:courseId/attendance/:day': {
    allowed: ['coordinator', 'workshopMentor', 'jobConsultant', 'companyMentor'],
    sample: (ids, who) => ({
      path: `/api/courses/${ids.course}/attendance/${ids.dayFor(who)}`,
      body: { status: 'present', hours: 6 },
    }),
  },
  // Each deletes the day they registered themselves just before (PUT runs first).
  'DELETE /api/courses/:courseId/attendance/:day': {
    allowed: ['coordinator', 'workshopMentor', 'jobConsultant', 'companyMentor'],
    sample: (ids, who) => ({
      path: `/api/courses/${ids.course}/attendance/${ids.dayFor(who)}`,
      headers: anyVersion,
    }),
  },
  'GET /api/courses/:courseId/goals': {
    allowed: [...staff, 'companyMentor', 'participant'],
    sample: (ids) => ({ path: `/api/courses/${ids.course}/goals` }),
  },
  'POST /api/courses/:courseId/goals': {
    allowed: staff,
    sample: (ids) => ({
      path: `/api/courses/${ids.course}/goals`,
      body: { area: 'employmentEducation', title: 'Matrix goal' },
    }),
  },
  'PATCH /api/courses/:courseId/goals/:goalId': {
    allowed: staff,
    sample: (ids) => ({
      path: `/api/courses/${ids.course}/goals/${ids.goal}`,
      body: { status: 'active' },
      headers: anyVersion,
    }),
  },
  'GET /api/courses/:courseId/goals/:goalId/history': {
    allowed: [...staff, 'companyMentor', 'participant'],
    sample: (ids) => ({ path: `/api/courses/${ids.course}/goals/${ids.goal}/history` }),
  },
  // Status letters: the coordinator writes; the team, the young person and a consenting company read.
  'GET /api/courses/:courseId/status-letters': {
    allowed: [...staff, 'companyMentor', 'participant'],
    sample: (ids) => ({ path: `/api/courses/${ids.course}/status-letters` }),
  },
  'POST /api/courses/:courseId/status-letters/draft': {
    allowed: ['coordinator'],
    sample: (ids) => ({ path: `/api/courses/${ids.course}/status-letters/draft` }),
  },
  'PATCH /api/courses/:courseId/status-letters/draft': {
    allowed: ['coordinator'],
    sample: (ids) => ({
      path: `/api/courses/${ids.course}/status-letters/draft`,
      body: { texts: { goals: 'Matrix' } },
      headers: anyVersion,
    }),
  },
  'POST /api/courses/:courseId/status-letters/draft/approve': {
    allowed: ['coordinator'],
    sample: (ids) => ({
      path: `/api/courses/${ids.course}/status-letters/draft/approve`,
      headers: anyVersion,
    }),
  },
  'GET /api/courses/:courseId/status-letters/:letterId': {
    allowed: [...staff, 'companyMentor', 'participant'],
    sample: (ids) => ({ path: `/api/courses/${ids.course}/status-letters/${ids.letter}` }),
  },
  'POST /api/courses/:courseId/status-letters/:letterId/correction': {
    allowed: ['coordinator'],
    sample: (ids) => ({ path: `/api/courses/${ids.course}/status-letters/${ids.letter}/correction` }),
  },
  'GET /api/courses/:courseId/status-letters/:letterId/pdf': {
    allowed: [...staff, 'companyMentor', 'participant'],
    sample: (ids) => ({ path: `/api/courses/${ids.course}/status-letters/${ids.letter}/pdf` }),
  },
  'GET /api/courses/:courseId/logbook': {
    allowed: [...staff, 'companyMentor', 'participant'],
    sample: (ids) => ({ path: `/api/courses/${ids.course}/logbook` }),
  },
  'GET /api/courses/:courseId/measurements': {
    allowed: [...staff, 'companyMentor', 'participant'],
    sample: (ids) => ({ path: `/api/courses/${ids.course}/measurements` }),
  },
  // Drafts are for those who take measurements: the coordinator.
  'GET /api/courses/:courseId/measurements/draft': {
    allowed: ['coordinator'],
    sample: (ids) => ({ path: `/api/courses/${ids.course}/measurements/draft` }),
  },
  'PUT /api/courses/:courseId/measurements/:measurementId': {
    allowed: ['coordinator'],
    sample: (ids) => ({
      path: `/api/courses/${ids.course}/measurements/${ids.measurement}`,
      body: { entries: { motivation: { professional: 4 } } },
      headers: anyVersion,
    }),
  },
  'GET /api/courses/:courseId/measurements/:measurementId/history': {
    allowed: [...staff, 'companyMentor', 'participant'],
    sample: (ids) => ({ path: `/api/courses/${ids.course}/measurements/${ids.measurement}/history` }),
  },
  // The young person's answers; the coordinator holds every permission and fills in the same draft anyway.
  'GET /api/courses/:courseId/measurements/own': {
    allowed: ['coordinator', 'participant'],
    sample: (ids) => ({ path: `/api/courses/${ids.course}/measurements/own` }),
  },
  'PUT /api/courses/:courseId/measurements/own': {
    allowed: ['coordinator', 'participant'],
    sample: (ids) => ({
      path: `/api/courses/${ids.course}/measurements/own`,
      body: { scores: { motivation: 3 } },
      headers: anyVersion,
    }),
  },
  // Approves the draft opened before the matrix runs; the next rows start, change and discard another.
  'POST /api/courses/:courseId/measurements/draft/approve': {
    allowed: ['coordinator'],
    sample: (ids) => ({ path: `/api/courses/${ids.course}/measurements/draft/approve`, headers: anyVersion }),
  },
  'POST /api/courses/:courseId/measurements/draft': {
    allowed: ['coordinator'],
    sample: (ids) => ({
      path: `/api/courses/${ids.course}/measurements/draft`,
      body: { instrumentId: ids.instrument, measuredOn: '2025-06-02' },
    }),
  },
  'PATCH /api/courses/:courseId/measurements/draft': {
    allowed: ['coordinator'],
    sample: (ids) => ({
      path: `/api/courses/${ids.course}/measurements/draft`,
      body: { entries: { knowledge: { professional: 2 } } },
      headers: anyVersion,
    }),
  },
  'DELETE /api/courses/:courseId/measurements/draft': {
    allowed: ['coordinator'],
    sample: (ids) => ({ path: `/api/courses/${ids.course}/measurements/draft`, headers: anyVersion }),
  },
  // The partnership's own instruments: a youth coordinator of one of its courses.
  'POST /api/courses/:courseId/instruments': {
    allowed: ['coordinator'],
    sample: (ids) => ({
      path: `/api/courses/${ids.course}/instruments`,
      body: {
        key: 'matrixTool',
        definition: {
          name: { da: 'Matrix', en: 'Matrix' },
          dimensions: [{ key: 'one', label: { da: 'En', en: 'One' }, question: { da: 'En?', en: 'One?' } }],
          scale: { min: 1, max: 2 },
          steps: { 1: { da: 'Nej', en: 'No' }, 2: { da: 'Ja', en: 'Yes' } },
        },
      },
    }),
  },
  'GET /api/courses/:courseId/access-log': {
    allowed: ['coordinator', 'participant'],
    sample: (ids) => ({ path: `/api/courses/${ids.course}/access-log` }),
  },
  'GET /api/admin': { allowed: ['administrator'], sample: () => ({ path: '/api/admin' }) },
  'POST /api/admin/organisations': {
    allowed: ['administrator'],
    sample: () => ({
      path: '/api/admin/organisations',
      body: { kind: 'company', name: 'Matrix Snedker ApS' },
    }),
  },
  'POST /api/admin/users': {
    allowed: ['administrator'],
    sample: (ids) => ({
      path: '/api/admin/users',
      body: {
        username: 'matrixuser',
        displayName: 'Matrix',
        organisationId: ids.municipality,
        role: 'leader',
      },
    }),
  },
  'POST /api/admin/users/:userId/memberships': {
    allowed: ['administrator'],
    sample: (ids) => ({
      path: `/api/admin/users/${ids.leader}/memberships`,
      body: { organisationId: ids.municipality, role: 'leader' },
    }),
  },
  // Runs after the route above: removes what it added.
  'POST /api/admin/users/:userId/memberships/remove': {
    allowed: ['administrator'],
    sample: (ids) => ({
      path: `/api/admin/users/${ids.leader}/memberships/remove`,
      body: { organisationId: ids.municipality, role: 'leader' },
    }),
  },
  'POST /api/admin/partnerships': {
    allowed: ['administrator'],
    sample: (ids) => ({
      path: '/api/admin/partnerships',
      body: { name: 'Matrix', municipalityId: ids.newMunicipality, institutionId: ids.newInstitution },
    }),
  },
  'GET /api/courses/:courseId/access-log.csv': {
    allowed: ['coordinator', 'participant'],
    sample: (ids) => ({ path: `/api/courses/${ids.course}/access-log.csv` }),
  },
};

let server: TestServer;
let ids: Ids;
const clients = new Map<Who, Client>();

beforeAll(async () => {
  server = await startTestServer();
  const { world, database } = server;
  const coordinator = await Client.signIn(server.baseUrl, usernameOf.coordinator);
  const created = await coordinator.request('POST', `/api/courses/${world.courseA.courseId}/goals`, {
    area: 'employmentEducation',
    title: 'Matrix',
  });
  // An approved letter to read, print and correct.
  const letters = `/api/courses/${world.courseA.courseId}/status-letters`;
  await coordinator.request('POST', `${letters}/draft`);
  const approved = await coordinator.request('POST', `${letters}/draft/approve`, undefined, {
    'if-match': '*',
  });
  const measurementsUrl = `/api/courses/${world.courseA.courseId}/measurements`;
  const instrument = (await coordinator.request('GET', measurementsUrl)).body.instruments.find(
    (i: { isDefault: boolean; version: number }) => i.isDefault && i.version === 2,
  ).id;
  const anyVersionOf = { 'if-match': '*' };
  const takeDraft = async (entries: unknown, openForParticipant: boolean) => {
    await coordinator.request('POST', `${measurementsUrl}/draft`, {
      instrumentId: instrument,
      measuredOn: '2025-03-03',
    });
    await coordinator.request(
      'PATCH',
      `${measurementsUrl}/draft`,
      { entries, openForParticipant },
      anyVersionOf,
    );
  };
  await takeDraft({ motivation: { professional: 2 } }, false);
  const measurement = (
    await coordinator.request('POST', `${measurementsUrl}/draft/approve`, undefined, anyVersionOf)
  ).body.measurement.id;
  await takeDraft({ motivation: { professional: 3 } }, true);
  // Each principal withdraws and narrows consents of its own, so one change cannot alter another's answer.
  const elsewhere = await createOrganisation(database.db, 'company', 'Matrix Værksted ApS');
  const consents = new Map<Who, string>();
  const narrowable = new Map<Who, string>();
  for (const who of everyone) {
    const base = {
      participantId: world.courseA.participantId,
      municipalityId: world.organisations.municipality,
      givenOn: '2025-01-06',
    };
    consents.set(who, await giveConsent(database.db, { ...base, purpose: 'statistics' }));
    narrowable.set(
      who,
      await giveConsent(database.db, {
        ...base,
        purpose: 'shareWithCompany',
        recipientOrganisationId: elsewhere,
        categories: ['contact', 'goals'],
      }),
    );
  }
  const days = new Map<Who, string>(
    everyone.map((who, i) => [who, `2025-02-${String(3 + i).padStart(2, '0')}`]),
  );
  const notifications = new Map<Who, string>();
  for (const who of principals) {
    const row = await database.db
      .insertInto('notifications')
      .values({
        user_id: world.users[who],
        municipality_id: world.organisations.municipality,
        kind: 'task',
        course_id: world.courseA.courseId,
        subject_ref: `task:matrix-${who}`,
        due_on: '2026-03-20',
        overdue: false,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    notifications.set(who, row.id);
  }
  const spare = new Map<Who, string>();
  for (const who of principals) {
    const client = await Client.signIn(server.baseUrl, usernameOf[who]);
    const cookie = decodeURIComponent((client.cookie ?? '').split('=')[1] ?? '');
    spare.set(who, createHash('sha256').update(cookie).digest('hex').slice(0, 16));
  }
  ids = {
    spareSessionOf: (who) => spare.get(who) ?? '0000000000000000',
    course: world.courseA.courseId,
    leader: world.users.leader,
    municipality: world.organisations.municipality,
    // Parties nobody works for: a new partnership between them changes no one's list.
    newMunicipality: await createOrganisation(database.db, 'municipality', 'Matrix Kommune'),
    newInstitution: await createOrganisation(database.db, 'institution', 'Matrix Skole'),
    partnership: world.partnership,
    goal: created.body.goal.id,
    letter: approved.body.letter.id,
    instrument,
    measurement,
    consentFor: (who) => consents.get(who) ?? '',
    narrowFor: (who) => narrowable.get(who) ?? '',
    dayFor: (who) => days.get(who) ?? '',
    notificationFor: (who) => notifications.get(who) ?? '00000000-0000-4000-8000-000000000000',
  };
  clients.set('anonymous', new Client(server.baseUrl));
  for (const who of principals) clients.set(who, await Client.signIn(server.baseUrl, usernameOf[who]));
});
afterAll(() => server?.close());

describe('authorization matrix', () => {
  it('has a hand-written row, and so a decision, for every route in the route table', () => {
    const routes = server.app.routeTable.map((r) => `${r.method} ${r.url}`);
    expect(routes.filter((key) => !matrix[key])).toEqual([]);
    // And no row for a route that is gone.
    expect(Object.keys(matrix).filter((key) => !routes.includes(key))).toEqual([]);
  });

  it('allows exactly the expected callers on every route and method', async () => {
    const unexpected: string[] = [];
    // Logout last: it ends the session the other requests use.
    const routes = [...server.app.routeTable].sort(
      (a, b) => Number(a.url === '/api/auth/logout') - Number(b.url === '/api/auth/logout'),
    );
    for (const route of routes) {
      const key = `${route.method} ${route.url}`;
      const row = matrix[key];
      if (!row) continue;
      for (const who of everyone) {
        // Anonymous calls and sign-ins use a throwaway client: a sign-in must not replace a session.
        const fresh = who === 'anonymous' || key === 'POST /api/auth/login';
        const client = fresh ? new Client(server.baseUrl) : clients.get(who);
        if (!client) throw new Error(`no client for ${who}`);
        const sample = row.sample(ids, who);
        const res = await client.request(route.method, sample.path, sample.body, sample.headers);
        const allowed = res.status < 300;
        const shouldAllow = row.allowed.includes(who);
        if (res.status >= 500) unexpected.push(`${key} as ${who}: ${res.status}`);
        else if (allowed !== shouldAllow)
          unexpected.push(`${key} as ${who}: got ${res.status}, expected ${shouldAllow ? '2xx' : 'refusal'}`);
        else if (!allowed) {
          // Refusals never reveal the object: anonymous gets 401, everyone else 404.
          const expectedStatus = who === 'anonymous' ? 401 : 404;
          if (res.status !== expectedStatus)
            unexpected.push(`${key} as ${who}: refused with ${res.status}, expected ${expectedStatus}`);
        }
      }
    }
    expect(unexpected).toEqual([]);
  });

  it('gives each signed-in caller only their own: caseload, own courses, account and partnerships', async () => {
    const { world } = server;
    // Written by hand: which courses each principal's caseload and own page list.
    const caseloadOf: Record<Principal, string[]> = {
      coordinator: [world.courseA.courseId],
      caseworker: [world.courseA.courseId],
      workshopMentor: [world.courseA.courseId],
      jobConsultant: [world.courseA.courseId],
      companyMentor: [world.courseA.courseId],
      participant: [],
      leader: [],
      otherCaseworker: [world.courseB.courseId],
      withdrawnMentor: [],
      administrator: [],
    };
    const partnershipsOf: Record<Principal, string[]> = {
      coordinator: ['Testby'],
      caseworker: ['Testby'],
      workshopMentor: [],
      jobConsultant: [],
      companyMentor: [],
      participant: [],
      leader: ['Testby'],
      otherCaseworker: ['Andenby'],
      withdrawnMentor: [],
      administrator: [],
    };
    for (const who of principals) {
      const client = await Client.signIn(server.baseUrl, usernameOf[who]);
      const caseload = await client.request('GET', '/api/caseload');
      expect(
        caseload.body.items.map((i: { courseId: string }) => i.courseId),
        who,
      ).toEqual(caseloadOf[who]);
      const own = await client.request('GET', '/api/me/courses');
      expect(
        own.body.courses.map((c: { courseId: string }) => c.courseId),
        who,
      ).toEqual(who === 'participant' ? [world.courseA.courseId] : []);
      const me = await client.request('GET', '/api/auth/me');
      expect(me.body.user.username, who).toBe(usernameOf[who]);
      const partnerships = await client.request('GET', '/api/partnerships');
      expect(
        partnerships.body.items.map((p: { name: string }) => p.name),
        who,
      ).toEqual(partnershipsOf[who]);
    }
  });
});
