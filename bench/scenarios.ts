import { type CourseGrant, requireCourse } from '../src/auth/access.ts';
import type { Actor } from '../src/auth/actor.ts';
import { courseScope } from '../src/auth/course-scope.ts';
import { listCompanies } from '../src/companies/service.ts';
import { getCaseload, getCourseOverview } from '../src/courses/service.ts';
import { getDueList } from '../src/due/service.ts';
import { listSuggestions } from '../src/matching/service.ts';
import type { CprCipher } from '../src/participants/cpr.ts';
import { today } from '../src/platform/dates.ts';
import type { Db } from '../src/platform/db.ts';
import { getDashboard } from '../src/reports/dashboard.ts';
import { reportDocument } from '../src/reports/pdf-service.ts';
import { getJson, signIn } from './app-process.ts';
import { log } from './options.ts';
import { pageScenarios } from './scenarios-pages.ts';
import type { SeedResult } from './seed.ts';
import { NETWORK_COMPANIES } from './seed-network.ts';

/**
 * What is measured: an endpoint as one signed-in user calls it over HTTP (`paths`, in turn), and the
 * service call behind it (`work`, once per id in `ids`) whose SQL is captured and replayed.
 */
export interface Scenario {
  key: string;
  cookie: string;
  paths: string[];
  work: (id: string) => (db: Db, actor: Actor, grants: Map<string, CourseGrant> | null) => Promise<unknown>;
  ids: string[];
  /** The ids are courses read as the course page is: grant with the session, one statement after. */
  courseRead?: boolean;
}

const caseload = (who: string, cookie: string, courses: number): Scenario => ({
  key: `caseload (${who}, ${courses})`,
  cookie,
  paths: ['/api/caseload'],
  work: () => (db, actor) => db.transaction().execute((tx) => getCaseload({ tx, actor })),
  ids: [''],
});

/**
 * Signs in as the seeded youth coordinator and caseworker; the course page rotating over the
 * coordinator's courses, and each one's caseload.
 */
export async function signInScenarios(
  baseUrl: string,
  seeded: SeedResult,
  cpr: CprCipher,
): Promise<Scenario[]> {
  const coordinatorCookie = await signIn(baseUrl, seeded.coordinator.username);
  const caseworkerCookie = await signIn(baseUrl, seeded.caseworker.username);
  const caseloadOf = (cookie: string) =>
    getJson<{ items: Array<{ courseId: string }> }>(baseUrl, cookie, '/api/caseload');
  const coordinatorCaseload = await caseloadOf(coordinatorCookie);
  const caseworkerCaseload = await caseloadOf(caseworkerCookie);
  const courseIds = coordinatorCaseload.items.map((i) => i.courseId);
  log(
    `  signed in: coordinator with ${courseIds.length} courses, caseworker with ${caseworkerCaseload.items.length} (consent-filtered)`,
  );
  if (courseIds.length === 0) throw new Error('the coordinator has no courses');
  await getJson(baseUrl, coordinatorCookie, `/api/courses/${courseIds[0]}`);
  // The other pages of a coordinator's day and the young person's own page (issue 11).
  const pages = await pageScenarios(baseUrl, seeded, cpr, { cookie: coordinatorCookie, courseIds });
  return [
    {
      key: 'course page (coordinator)',
      cookie: coordinatorCookie,
      paths: courseIds.map((id) => `/api/courses/${id}`),
      // As the app does: the grant read with the session, then the read and its audit in one statement.
      work: (id: string) => async (db: Db, actor: Actor, grants) => {
        const grant = await requireCourse(db, actor, id, 'course.read', grants ?? undefined);
        return getCourseOverview(courseScope(db, actor, grant), cpr);
      },
      ids: courseIds,
      courseRead: true,
    },
    caseload('coordinator', coordinatorCookie, courseIds.length),
    // Company collaboration (issue 9): both read the institution's whole network.
    {
      key: `company search near a young person (${NETWORK_COMPANIES} companies)`,
      cookie: coordinatorCookie,
      paths: courseIds.map((id) => `/api/companies?near=${id}&maxKm=25`),
      work: (id: string) => (db: Db, actor: Actor) =>
        db.transaction().execute((tx) => listCompanies({ tx, actor }, { near: id, maxKm: 25 })),
      ids: courseIds,
    },
    {
      key: `suggested companies (${NETWORK_COMPANIES} companies)`,
      cookie: coordinatorCookie,
      paths: courseIds.map((id) => `/api/courses/${id}/matching/suggestions`),
      work: (id: string) => async (db: Db, actor: Actor) => {
        const grant = await requireCourse(db, actor, id, 'matching.read');
        return db.transaction().execute((tx) => listSuggestions(courseScope(tx, actor, grant)));
      },
      ids: courseIds,
    },
    caseload('caseworker', caseworkerCookie, caseworkerCaseload.items.length),
    {
      key: `due list (${seeded.partnership.courses} courses)`,
      cookie: coordinatorCookie,
      paths: [`/api/partnerships/${seeded.partnership.id}/due?asOf=${today()}`],
      work: () => (db, actor) =>
        db.transaction().execute((tx) => getDueList({ tx, actor }, seeded.partnership.id, today())),
      ids: [''],
    },
    // The partnership's view (issue 10): the dashboard's figures and the half-yearly report PDF of
    // the same 2,000-course partnership. The PDF's SQL is the dashboard's plus the status meeting.
    {
      key: `dashboard (${seeded.partnership.courses} courses)`,
      cookie: coordinatorCookie,
      paths: [`/api/partnerships/${seeded.partnership.id}/dashboard?asOf=${today()}`],
      work: () => (db, actor) =>
        db.transaction().execute((tx) => getDashboard({ tx, actor }, seeded.partnership.id, today())),
      ids: [''],
    },
    {
      key: `report PDF (${seeded.partnership.courses} courses)`,
      cookie: coordinatorCookie,
      paths: [`/api/partnerships/${seeded.partnership.id}/report.pdf?asOf=${today()}`],
      work: () => (db, actor) =>
        db.transaction().execute((tx) => reportDocument({ tx, actor }, seeded.partnership.id, today())),
      ids: [''],
    },
    ...pages,
  ];
}
