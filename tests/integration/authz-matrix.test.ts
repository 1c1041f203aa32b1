import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RouteAccess } from '../../src/platform/route-access.ts';
import { Client, startTestServer, type TestServer } from '../support/server.ts';
import { type Principal, principals, usernameOf } from '../support/world.ts';

/**
 * The authorization matrix, generated from the app's own route table: every route × every
 * principal (each role, anonymous, a caseworker from another municipality, a company mentor whose
 * consent was withdrawn). A route with no sample request below fails the build, so nobody adds a
 * route without deciding who may call it. The expectations are written out by hand, not derived
 * from the permission table under test.
 */

type Who = Principal | 'anonymous';
const staff: Principal[] = ['coordinator', 'caseworker', 'workshopMentor', 'jobConsultant'];

// Who may do what on course A (the full-team course of tests/support/world.ts).
const allowedOnCourseA: Record<string, Principal[]> = {
  'course.read': [...staff, 'companyMentor', 'participant'],
  'course.status.write': ['coordinator', 'caseworker'],
  'journal.read': [...staff, 'companyMentor'],
  'journal.write': [...staff, 'companyMentor'],
  'attendance.read': [...staff, 'companyMentor', 'participant'],
  'attendance.write': ['coordinator', 'workshopMentor', 'jobConsultant', 'companyMentor'],
  'goals.read': [...staff, 'companyMentor', 'participant'],
  'goals.write': staff,
  'consents.read': [...staff, 'participant'],
  'consents.write': ['coordinator'],
  'consents.withdraw': ['coordinator', 'participant'],
};
const reportReaders: Principal[] = ['coordinator', 'caseworker', 'leader'];

interface Sample {
  path: string;
  body?: unknown;
}
type Ids = {
  course: string;
  partnership: string;
  goal: string;
  consentFor: (who: Who) => string;
  dayFor: (who: Who) => string;
};

// One valid request per route, so that an allowed caller gets a 2xx.
const samples: Record<string, (ids: Ids, who: Who) => Sample> = {
  'GET /api/health': () => ({ path: '/api/health' }),
  'GET /api/openapi.json': () => ({ path: '/api/openapi.json' }),
  'POST /api/auth/login': () => ({
    path: '/api/auth/login',
    body: { username: 'leader', password: 'test-password' },
  }),
  'POST /api/auth/logout': () => ({ path: '/api/auth/logout' }),
  'GET /api/auth/me': () => ({ path: '/api/auth/me' }),
  'GET /api/caseload': () => ({ path: '/api/caseload' }),
  'GET /api/me/courses': () => ({ path: '/api/me/courses' }),
  'GET /api/courses/:courseId': (ids) => ({ path: `/api/courses/${ids.course}` }),
  'POST /api/courses/:courseId/status': (ids) => ({
    path: `/api/courses/${ids.course}/status`,
    body: { status: 'active', effectiveDate: '2026-01-05' },
  }),
  'GET /api/courses/:courseId/consents': (ids) => ({ path: `/api/courses/${ids.course}/consents` }),
  'POST /api/courses/:courseId/consents': (ids) => ({
    path: `/api/courses/${ids.course}/consents`,
    body: { purpose: 'statistics', givenOn: '2025-02-01' },
  }),
  'POST /api/courses/:courseId/consents/:consentId/withdraw': (ids, who) => ({
    path: `/api/courses/${ids.course}/consents/${ids.consentFor(who)}/withdraw`,
  }),
  'GET /api/courses/:courseId/consent-recipients': (ids) => ({
    path: `/api/courses/${ids.course}/consent-recipients`,
  }),
  'GET /api/courses/:courseId/journal': (ids) => ({ path: `/api/courses/${ids.course}/journal` }),
  'POST /api/courses/:courseId/journal': (ids) => ({
    path: `/api/courses/${ids.course}/journal`,
    body: { date: '2025-03-03', body: 'Matrix note', visibility: 'team' },
  }),
  'GET /api/courses/:courseId/attendance': (ids) => ({
    path: `/api/courses/${ids.course}/attendance?month=2025-03`,
  }),
  'PUT /api/courses/:courseId/attendance/:day': (ids, who) => ({
    path: `/api/courses/${ids.course}/attendance/${ids.dayFor(who)}`,
    body: { status: 'present', hours: 6 },
  }),
  'DELETE /api/courses/:courseId/attendance/:day': (ids, who) => ({
    path: `/api/courses/${ids.course}/attendance/${ids.dayFor(who)}`,
  }),
  'GET /api/courses/:courseId/goals': (ids) => ({ path: `/api/courses/${ids.course}/goals` }),
  'POST /api/courses/:courseId/goals': (ids) => ({
    path: `/api/courses/${ids.course}/goals`,
    body: { area: 'socialHealth', title: 'Matrix goal' },
  }),
  'PATCH /api/courses/:courseId/goals/:goalId': (ids) => ({
    path: `/api/courses/${ids.course}/goals/${ids.goal}`,
    body: { status: 'active' },
  }),
  'GET /api/courses/:courseId/goals/:goalId/history': (ids) => ({
    path: `/api/courses/${ids.course}/goals/${ids.goal}/history`,
  }),
  'GET /api/partnerships': () => ({ path: '/api/partnerships' }),
  'GET /api/partnerships/:id/report': (ids) => ({
    path: `/api/partnerships/${ids.partnership}/report?asOf=2026-01-01`,
  }),
};

function expectedAllowed(access: RouteAccess, who: Who, permission?: string): boolean {
  if (access === 'public') return true;
  if (who === 'anonymous') return false;
  if (access === 'signedIn') return true;
  if (access === 'partnershipReport') return reportReaders.includes(who);
  return (allowedOnCourseA[permission ?? ''] ?? []).includes(who);
}

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
  const goal = { id: created.body.goal.id as string };
  // Each principal withdraws its own statistics consent, so one withdrawal cannot change another's answer.
  const consents = new Map<Who, string>();
  for (const who of [...principals, 'anonymous'] as Who[]) {
    const row = await database.db
      .insertInto('consents')
      .values({
        municipality_id: world.organisations.municipality,
        participant_id: world.courseA.participantId,
        purpose: 'statistics',
        given_on: '2025-01-06',
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    consents.set(who, row.id);
  }
  const days = new Map<Who, string>();
  for (const [i, who] of ([...principals, 'anonymous'] as Who[]).entries()) {
    days.set(who, `2025-02-${String(3 + i).padStart(2, '0')}`);
  }
  ids = {
    course: world.courseA.courseId,
    partnership: world.partnership,
    goal: goal.id,
    consentFor: (who) => consents.get(who) ?? '',
    dayFor: (who) => days.get(who) ?? '',
  };
  clients.set('anonymous', new Client(server.baseUrl));
  for (const who of principals) clients.set(who, await Client.signIn(server.baseUrl, usernameOf[who]));
});
afterAll(() => server?.close());

describe('authorization matrix', () => {
  it('has a sample request, and so a decision, for every route in the route table', () => {
    const missing = server.app.routeTable.map((r) => `${r.method} ${r.url}`).filter((key) => !samples[key]);
    expect(missing).toEqual([]);
  });

  it('allows exactly the expected callers on every route and method', async () => {
    const unexpected: string[] = [];
    // Logout last: it ends the session the other requests use.
    const routes = [...server.app.routeTable].sort(
      (a, b) => Number(a.url === '/api/auth/logout') - Number(b.url === '/api/auth/logout'),
    );
    for (const route of routes) {
      const key = `${route.method} ${route.url}`;
      const build = samples[key];
      if (!build) continue;
      const permission = typeof route.access === 'object' ? route.access.course : undefined;
      for (const who of ['anonymous', ...principals] as Who[]) {
        // Anonymous calls and sign-ins use a throwaway client: a sign-in must not replace a session.
        const fresh = who === 'anonymous' || key === 'POST /api/auth/login';
        const client = fresh ? new Client(server.baseUrl) : clients.get(who);
        if (!client) throw new Error(`no client for ${who}`);
        const sample = build(ids, who);
        const res = await client.request(route.method, sample.path, sample.body);
        const allowed = res.status < 300;
        const shouldAllow = expectedAllowed(route.access, who, permission);
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
});
