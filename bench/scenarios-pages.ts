import { getMonth } from '../src/attendance/service.ts';
import { courseGrants, requireCourse } from '../src/auth/access.ts';
import type { Actor } from '../src/auth/actor.ts';
import type { CourseScope } from '../src/auth/course-scope.ts';
import { courseScope } from '../src/auth/course-scope.ts';
import type { Permission } from '../src/auth/permissions.ts';
import { getConsents } from '../src/consents/service.ts';
import { getCourseOverview } from '../src/courses/service.ts';
import { listEfforts } from '../src/efforts/service.ts';
import { getOwnMeetings } from '../src/felt-heard/service.ts';
import { listCourseGoals } from '../src/goals/service.ts';
import { listJournal } from '../src/journal/service.ts';
import { ownMeasurement } from '../src/measurements/service.ts';
import { listNetwork } from '../src/network/service.ts';
import type { CprCipher } from '../src/participants/cpr.ts';
import { today } from '../src/platform/dates.ts';
import type { Db } from '../src/platform/db.ts';
import { getPartnershipReport } from '../src/reports/service.ts';
import { getWorkQueue } from '../src/work-queue/service.ts';
import { getJson, signIn } from './app-process.ts';
import { log } from './options.ts';
import type { Scenario } from './scenarios.ts';
import type { SeedResult } from './seed.ts';

/**
 * The other pages a coordinator opens every day (issue 11), and the young person's own page: each
 * read as the web app calls it (web/src/<page>/api.ts), and the service behind the route
 * (src/<module>/routes.ts) for the captured SQL.
 */

/** As a course route runs: the route's permission first (the preHandler), then the work in one transaction. */
const courseWork =
  (permission: Permission, work: (scope: CourseScope) => Promise<unknown>) =>
  (courseId: string) =>
  async (db: Db, actor: Actor) => {
    const grant = await requireCourse(db, actor, courseId, permission);
    return db.transaction().execute((tx) => work(courseScope(tx, actor, grant)));
  };

/** One read of the young person's own page (web/src/participants/OwnPage.tsx and what it renders). */
interface OwnRead {
  path: (courseId: string) => string;
  work: (courseId: string) => (db: Db, actor: Actor) => Promise<unknown>;
}

function ownPageReads(cpr: CprCipher, month: string): OwnRead[] {
  const course = (id: string) => `/api/courses/${id}`;
  return [
    // OwnCourseGate: which course is theirs.
    {
      path: () => '/api/me/courses',
      work: () => (db, actor) =>
        db.transaction().execute(async (tx) => {
          const grants = await courseGrants(tx, actor);
          return [...grants.values()].filter((g) => g.side === 'participant').map((g) => g.courseId);
        }),
    },
    { path: course, work: courseWork('course.read', (scope) => getCourseOverview(scope, cpr)) },
    {
      path: (id) => `${course(id)}/measurements/own`,
      work: courseWork('measurements.ownScores', ownMeasurement),
    },
    {
      path: (id) => `${course(id)}/own-meetings`,
      work: courseWork('meetings.feedback', (s) => getOwnMeetings(s)),
    },
    { path: (id) => `${course(id)}/goals`, work: courseWork('goals.read', listCourseGoals) },
    {
      path: (id) => `${course(id)}/attendance?month=${month}`,
      work: courseWork('attendance.read', (scope) => getMonth(scope, { month })),
    },
    { path: (id) => `${course(id)}/network`, work: courseWork('network.read', listNetwork) },
    { path: (id) => `${course(id)}/efforts`, work: courseWork('efforts.read', listEfforts) },
    { path: (id) => `${course(id)}/consents`, work: courseWork('consents.read', getConsents) },
  ];
}

/**
 * Journal (a course with `seeded.journalNotes` notes), this month's attendance, goals, the work
 * queue and the partnership report as JSON as the coordinator; the own page as the young person,
 * rotating over the nine reads the page makes (a request is one of them, not the whole page).
 */
export async function pageScenarios(
  baseUrl: string,
  seeded: SeedResult,
  cpr: CprCipher,
  coordinator: { cookie: string; courseIds: string[] },
): Promise<Scenario[]> {
  const { cookie, courseIds } = coordinator;
  const month = today().slice(0, 7);
  const youngCookie = await signIn(baseUrl, seeded.youngPerson.username);
  const mine = await getJson<{ courses: Array<{ courseId: string }> }>(
    baseUrl,
    youngCookie,
    '/api/me/courses',
  );
  if (mine.courses[0]?.courseId !== seeded.youngPerson.courseId)
    throw new Error('the young person does not see their own course');
  const own = ownPageReads(cpr, month);
  const ownCourse = seeded.youngPerson.courseId;
  for (const read of own) await getJson(baseUrl, youngCookie, read.path(ownCourse));
  const journal = await getJson<{ notes: unknown[] }>(
    baseUrl,
    cookie,
    `/api/courses/${courseIds[0]}/journal`,
  );
  log(
    `  signed in: the young person ${seeded.youngPerson.username}; the journal shows the coordinator ${journal.notes.length} notes`,
  );
  const perCourse = (
    key: string,
    path: (id: string) => string,
    permission: Permission,
    work: (scope: CourseScope) => Promise<unknown>,
  ): Scenario => ({
    key,
    cookie,
    paths: courseIds.map(path),
    work: courseWork(permission, work),
    ids: courseIds,
  });
  const partnership = seeded.partnership;
  return [
    perCourse(
      `journal (${seeded.journalNotes} notes)`,
      (id) => `/api/courses/${id}/journal`,
      'journal.read',
      (scope) => listJournal(scope, {}),
    ),
    perCourse(
      'attendance month',
      (id) => `/api/courses/${id}/attendance?month=${month}`,
      'attendance.read',
      (scope) => getMonth(scope, { month }),
    ),
    perCourse('goals', (id) => `/api/courses/${id}/goals`, 'goals.read', listCourseGoals),
    {
      key: `work queue (coordinator, ${courseIds.length})`,
      cookie,
      paths: ['/api/work-queue'],
      work: () => (db, actor) => db.transaction().execute((tx) => getWorkQueue({ tx, actor }, today())),
      ids: [''],
    },
    {
      key: 'own page (young person, 9 reads)',
      cookie: youngCookie,
      paths: own.map((read) => read.path(ownCourse)),
      work: (i) => own[Number(i)]!.work(ownCourse),
      ids: own.map((_, i) => String(i)),
    },
    {
      key: `partnership report JSON (${partnership.courses} courses)`,
      cookie,
      paths: [`/api/partnerships/${partnership.id}/report?asOf=${today()}`],
      work: () => (db, actor) =>
        db.transaction().execute((tx) => getPartnershipReport({ tx, actor }, partnership.id, today())),
      ids: [''],
    },
  ];
}
