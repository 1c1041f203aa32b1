import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { sql } from 'kysely';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type App, buildApp } from '../../src/app.ts';
import { seedDemo } from '../../src/demo/seed.ts';
import { createCprCipher } from '../../src/participants/cpr.ts';
import type { DatabaseHandle } from '../../src/platform/db.ts';
import { openTestDatabase } from '../support/database.ts';
import { Client } from '../support/server.ts';

let database: DatabaseHandle;
let app: App;
let baseUrl: string;
beforeAll(async () => {
  database = await openTestDatabase();
  const cpr = createCprCipher(randomBytes(32));
  expect(await seedDemo(database.db, cpr)).toBe(true);
  app = await buildApp({ database, cpr, logLevel: 'silent', serveWeb: false });
  await app.listen({ port: 0, host: '127.0.0.1' });
  baseUrl = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await app?.close();
  await database?.close();
});

const count = async (table: 'participants' | 'users' | 'journal_notes' | 'attendance' | 'goals') =>
  (await database.db.selectFrom(table).select(sql<number>`count(*)::int`.as('n')).executeTakeFirstOrThrow())
    .n;
/** The demo's own partnership (the second one, Vesterby, is an imported file of older courses). */
const lindeby = async () =>
  (
    await database.db
      .selectFrom('partnerships')
      .select('id')
      .where('name', '=', 'Lindeby')
      .executeTakeFirstOrThrow()
  ).id;
const participantsOf = async (partnershipId: string) =>
  (
    await database.db
      .selectFrom('participants')
      .select(sql<number>`count(*)::int`.as('n'))
      .where('partnership_id', '=', partnershipId)
      .executeTakeFirstOrThrow()
  ).n;

describe('demo data', () => {
  it('has one partnership, twelve courses with notes, attendance and goals, and is created only once', async () => {
    // Twelve courses under way and one new referral (src/demo/course-steps.ts).
    expect(await participantsOf(await lindeby())).toBe(13);
    const before = {
      participants: await count('participants'),
      users: await count('users'),
      notes: await count('journal_notes'),
      days: await count('attendance'),
    };
    expect(before.notes).toBeGreaterThan(12);
    expect(before.days).toBeGreaterThan(12 * 10);
    // A goal and a sub-goal each, and for the two interns a health goal with a sub-goal the company never sees.
    expect(await count('goals')).toBe(28);
    expect(await seedDemo(database.db, createCprCipher(randomBytes(32)))).toBe(false);
    expect({
      participants: await count('participants'),
      users: await count('users'),
      notes: await count('journal_notes'),
      days: await count('attendance'),
    }).toEqual(before);
  });

  it("has a second, imported partnership of the institution, so the leader's comparison has two", async () => {
    const partnerships = await database.db.selectFrom('partnerships').select(['id', 'name']).execute();
    expect(partnerships).toHaveLength(2);
    const vesterby = partnerships.find((p) => p.name !== 'Lindeby');
    expect(vesterby?.name).toContain('Vesterby Kommune');
    expect(await participantsOf(vesterby?.id ?? '')).toBe(18);
    const leader = await Client.signIn(baseUrl, 'leder', 'demo');
    const list = (await leader.request('GET', '/api/partnerships')).body as { items: unknown[] };
    expect(list.items).toHaveLength(2);
  });

  it('signs in every demo role with the password "demo"', async () => {
    for (const username of ['koordinator', 'sagsbehandler', 'mentor', 'virksomhedsmentor', 'ung', 'leder']) {
      await expect(Client.signIn(baseUrl, username, 'demo')).resolves.toBeInstanceOf(Client);
    }
  });

  it('gives each role the caseload its consents allow', async () => {
    const caseload = async (username: string) =>
      (await (await Client.signIn(baseUrl, username, 'demo')).request('GET', '/api/caseload')).body.items
        .length;
    expect(await caseload('koordinator')).toBe(13);
    // One young person has not agreed to share with the job centre.
    expect(await caseload('sagsbehandler')).toBe(12);
    expect(await caseload('virksomhedsmentor')).toBe(2);
    const young = await Client.signIn(baseUrl, 'ung', 'demo');
    expect((await young.request('GET', '/api/me/courses')).body.courses).toHaveLength(1);
  });
});

describe('the course steps', () => {
  it("records each course's referral and first contact a few days later; the new referral waits for its first contact", async () => {
    const courses = await database.db
      .selectFrom('courses as c')
      .select(['c.id', 'c.referral_date', 'c.first_contact_date', 'c.start_date'])
      .where('c.partnership_id', '=', await lindeby())
      .select((eb) =>
        eb
          .selectFrom('course_steps as s')
          .select((e) => e.fn.countAll<number>().as('n'))
          .whereRef('s.course_id', '=', 'c.id')
          .as('steps'),
      )
      .execute();
    const waiting = courses.filter((c) => c.first_contact_date === null);
    expect(waiting).toHaveLength(1);
    expect(waiting[0]?.start_date).toBeNull();
    expect(Number(waiting[0]?.steps)).toBe(1);
    for (const c of courses.filter((c) => c.first_contact_date !== null)) {
      const days = (Date.parse(c.first_contact_date ?? '') - Date.parse(c.referral_date ?? '')) / 86_400_000;
      expect(days).toBeGreaterThanOrEqual(2);
      expect(days).toBeLessThanOrEqual(7);
      expect(Number(c.steps)).toBeGreaterThanOrEqual(3);
    }
  });
});

describe('each young person has their own course', () => {
  const db = () => database.db;

  it('gives goals on different areas and tracks, and no two courses the same main goal', async () => {
    const goals = await db()
      .selectFrom('goals')
      .select(['course_id', 'area', 'track', 'title', 'parent_goal_id'])
      .execute();
    expect(new Set(goals.map((g) => g.area))).toEqual(
      new Set(['employmentEducation', 'socialHealth', 'leisureRelations']),
    );
    expect(new Set(goals.map((g) => g.track).filter(Boolean)).size).toBeGreaterThanOrEqual(6);
    // Each course's main goal is its own (the two interns share only their health goal).
    const mainTitles = new Set(goals.filter((g) => !g.parent_goal_id).map((g) => g.title));
    expect(mainTitles.size).toBeGreaterThanOrEqual(12);
  });

  it('writes each course its own journal notes', async () => {
    const notes = await db().selectFrom('journal_notes').select(['course_id', 'body']).execute();
    const byCourse = new Map<string, string[]>();
    for (const n of notes) byCourse.set(n.course_id, [...(byCourse.get(n.course_id) ?? []), n.body]);
    expect(byCourse.size).toBe(12);
    // No note is copied from one course to another.
    const bodies = notes.map((n) => n.body);
    expect(new Set(bodies).size).toBe(bodies.length);
    for (const list of byCourse.values()) expect(list.length).toBeGreaterThanOrEqual(3);
  });

  it('has one paused course with its reason and one ended course with its outcome', async () => {
    const courses = await db()
      .selectFrom('courses as c')
      .innerJoin('participants as p', 'p.id', 'c.participant_id')
      .select(['c.id', 'c.status', 'c.outcome_type', 'c.outcome_date', 'p.given_name'])
      .where('c.partnership_id', '=', await lindeby())
      .execute();
    const paused = courses.filter((c) => c.status === 'paused');
    const ended = courses.filter((c) => c.status === 'ended');
    expect(paused).toHaveLength(1);
    expect(ended).toHaveLength(1);
    expect(ended[0]?.outcome_type).toBe('flexJob');
    expect(ended[0]?.outcome_date).toEqual(expect.any(String));
    // Ten running, and the new referral (not started yet).
    expect(courses.filter((c) => c.status === 'active')).toHaveLength(11);
    // The young person's own course and the coordinator's overview course stay active.
    for (const name of ['Amalie', 'Freja'])
      expect(courses.find((c) => c.given_name === name)?.status, name).toBe('active');

    const latest = async (courseId: string) =>
      db()
        .selectFrom('course_status_history')
        .select(['status', 'reason'])
        .where('course_id', '=', courseId)
        .orderBy('changed_at', 'desc')
        .executeTakeFirstOrThrow();
    expect(await latest(paused[0]?.id ?? '')).toMatchObject({ status: 'paused', reason: expect.any(String) });
    expect((await latest(paused[0]?.id ?? '')).reason.length).toBeGreaterThan(5);
    expect(await latest(ended[0]?.id ?? '')).toMatchObject({ status: 'ended' });
    // Nothing is registered after a course paused or ended.
    for (const c of [...paused, ...ended]) {
      const { effective_date: from } = await db()
        .selectFrom('course_status_history')
        .select('effective_date')
        .where('course_id', '=', c.id)
        .where('status', '=', c.status)
        .executeTakeFirstOrThrow();
      const after = await db()
        .selectFrom('attendance')
        .select(sql<number>`count(*)::int`.as('n'))
        .where('course_id', '=', c.id)
        .where('day', '>=', from)
        .executeTakeFirstOrThrow();
      expect(after.n, c.given_name).toBe(0);
    }
  });

  it('gives different attendance patterns: much sick leave, steady, and improving', async () => {
    const rows = await db()
      .selectFrom('attendance')
      .select(['course_id', 'day', 'status', 'absence_reason'])
      .orderBy('day')
      .execute();
    const byCourse = new Map<string, typeof rows>();
    for (const r of rows) byCourse.set(r.course_id, [...(byCourse.get(r.course_id) ?? []), r]);
    const share = (list: typeof rows) => list.filter((r) => r.status === 'present').length / list.length;
    const courses = [...byCourse.values()].filter((list) => list.length >= 15);
    // Much sick leave: present on fewer than 60% of days, and most absences sick.
    expect(
      courses.some(
        (list) =>
          share(list) < 0.6 &&
          list.filter((r) => r.absence_reason === 'sick').length >
            list.filter((r) => r.status === 'absent').length / 2,
      ),
    ).toBe(true);
    // Steady: present on at least 90% of days.
    expect(courses.some((list) => share(list) >= 0.9)).toBe(true);
    // Improving: the later half clearly better than the earlier.
    expect(
      courses.some((list) => {
        const half = Math.floor(list.length / 2);
        return share(list.slice(half)) - share(list.slice(0, half)) >= 0.2;
      }),
    ).toBe(true);
    // Absence without agreement is used too.
    expect(rows.some((r) => r.absence_reason === 'unexplained')).toBe(true);
  });

  it('shows the coordinator one overdue measurement and one overdue letter, nothing due on paused and ended courses', async () => {
    const client = await Client.signIn(baseUrl, 'koordinator', 'demo');
    const { items } = (await client.request('GET', '/api/caseload')).body as {
      items: Array<{ status: string; nextDue: { kind: string; overdue: boolean } | null }>;
    };
    const overdue = items.filter((i) => i.nextDue?.overdue);
    expect(overdue.map((i) => i.nextDue?.kind).sort()).toEqual(['measurement', 'statusLetter']);
    for (const item of items.filter((i) => i.status !== 'active')) expect(item.nextDue).toBeNull();
  });

  it('has real letters drafted from each record, one unread by the caseworker and one draft in progress', async () => {
    const letters = await database.db
      .selectFrom('status_letters')
      .select(['course_id', 'sections', 'first_read_at', 'period_from', 'period_to'])
      .execute();
    expect(letters.length).toBeGreaterThan(12);
    for (const l of letters) {
      expect((l.sections as Array<{ key: string }>).map((s) => s.key)).toContain('attendance');
      expect(l.period_from && l.period_to && l.period_from <= l.period_to).toBe(true);
    }
    expect(letters.filter((l) => l.first_read_at === null)).toHaveLength(1);
    const client = await Client.signIn(baseUrl, 'sagsbehandler', 'demo');
    const { items } = (await client.request('GET', '/api/caseload')).body as {
      items: Array<{ participantName: string; unreadLetters?: number }>;
    };
    expect(items.filter((i) => i.unreadLetters).map((i) => i.participantName)).toEqual(['Freja Andersen']);
    const drafts = await database.db.selectFrom('status_letter_drafts').select('course_id').execute();
    expect(drafts).toHaveLength(1);
  });

  it('shows measurements in both perspectives, the seven tracks, and a measurement opened for "ung"', async () => {
    const young = await Client.signIn(baseUrl, 'ung', 'demo');
    const courseId = (await young.request('GET', '/api/me/courses')).body.courses[0].courseId;
    const own = await young.request('GET', `/api/courses/${courseId}/measurements/own`);
    expect(own.body.open.instrument.definition.dimensions).toHaveLength(4);
    const coordinator = await Client.signIn(baseUrl, 'koordinator', 'demo');
    const list = (await coordinator.request('GET', `/api/courses/${courseId}/measurements`)).body;
    expect(list.measurements.length).toBeGreaterThan(1);
    expect(list.measurements[0].entries.motivation.participant).not.toBeNull();
    expect(list.instruments.some((i: { key: string }) => i.key === 'sevenTracks')).toBe(true);
    expect(typeof list.development.total).toBe('number');
  });

  it('has a plan and a network on the first course: the company sees housing support and education, never the psychologist or the psychiatrist', async () => {
    const young = await Client.signIn(baseUrl, 'ung', 'demo');
    const courseId = (await young.request('GET', '/api/me/courses')).body.courses[0].courseId;
    const kinds = async (username: string) => {
      const client = await Client.signIn(baseUrl, username, 'demo');
      const efforts = (await client.request('GET', `/api/courses/${courseId}/efforts`)).body.efforts;
      const members = (await client.request('GET', `/api/courses/${courseId}/network`)).body.members;
      return {
        efforts: efforts.map((e: { kind: string }) => e.kind).sort(),
        relations: members.map((m: { relation: string }) => m.relation).sort(),
      };
    };
    expect(await kinds('koordinator')).toEqual({
      efforts: ['education', 'housingSupport', 'psychologist'],
      relations: ['family', 'friend', 'housingSupport', 'psychiatrist'],
    });
    expect(await kinds('virksomhedsmentor')).toEqual({
      efforts: ['education', 'housingSupport'],
      relations: ['family', 'friend', 'housingSupport'],
    });
  });
});

describe('company collaboration', () => {
  it('has a network of about 15 companies in several industries, each with a mentor and a relational capacity', async () => {
    const companies = await database.db
      .selectFrom('companies as c')
      .innerJoin('organisations as o', 'o.id', 'c.organisation_id')
      .select(['o.name', 'c.industry', 'c.latitude', 'c.new_place'])
      .execute();
    expect(companies.length).toBeGreaterThanOrEqual(14);
    expect(new Set(companies.map((c) => c.industry)).size).toBeGreaterThanOrEqual(8);
    expect(companies.every((c) => c.latitude !== null)).toBe(true);
    const mentors = await database.db
      .selectFrom('company_contacts')
      .select('company_id')
      .where('is_mentor', '=', true)
      .execute();
    expect(new Set(mentors.map((m) => m.company_id)).size).toBe(companies.length);
    const assessed = await database.db
      .selectFrom('relational_capacity_assessments')
      .select('company_id')
      .execute();
    expect(new Set(assessed.map((a) => a.company_id)).size).toBe(companies.length);
    const workplaces = await database.db.selectFrom('workplaces').select('name').orderBy('name').execute();
    expect(workplaces.map((w) => w.name)).toContain('Køkkenet');
  });

  it('has three running internships, one with virksomhedsmentor, and a hire whose company promised a new place', async () => {
    const running = await database.db
      .selectFrom('internships as i')
      .leftJoin('users as u', 'u.id', 'i.mentor_user_id')
      .select(['i.course_id', 'u.username', 'i.purpose'])
      .where('i.end_reason', '=', '')
      .execute();
    expect(running).toHaveLength(3);
    expect(running.filter((r) => r.username === 'virksomhedsmentor')).toHaveLength(1);
    const hire = await database.db
      .selectFrom('job_agreements as j')
      .innerJoin('companies as c', 'c.organisation_id', 'j.company_id')
      .innerJoin('courses as k', 'k.id', 'j.course_id')
      .select(['j.type', 'j.granted_on', 'c.new_place', 'k.outcome_type'])
      .execute();
    expect(hire).toEqual([
      { type: 'flexJob', granted_on: expect.any(String), new_place: 'promised', outcome_type: 'flexJob' },
    ]);
    // Each intern's company may read the agreement: the young person chose it.
    for (const r of running) {
      const consents = await database.db
        .selectFrom('consents as k')
        .innerJoin('courses as c', 'c.participant_id', 'k.participant_id')
        .innerJoin('internships as i', (j) =>
          j.onRef('i.course_id', '=', 'c.id').onRef('i.company_id', '=', 'k.recipient_organisation_id'),
        )
        .select('k.categories')
        .where('c.id', '=', r.course_id)
        .where('k.withdrawn_on', 'is', null)
        .execute();
      expect(consents.map((k) => k.categories.includes('internship'))).toEqual([true]);
    }
  });
});

describe.runIf(process.env.TEST_DATABASE_URL)('on a real PostgreSQL server', () => {
  it('starts the app with migrations and no demo data', async () => {
    const serverUrl = process.env.TEST_DATABASE_URL ?? '';
    const name = `vivirk_main_${randomBytes(4).toString('hex')}`;
    const admin = new pg.Client({ connectionString: serverUrl });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name}`);
    const url = new URL(serverUrl);
    url.pathname = `/${name}`;
    const port = 30_000 + Math.floor(Math.random() * 20_000);
    const child = spawn('node_modules/.bin/tsx', ['src/main.ts'], {
      env: {
        ...process.env,
        DATABASE_URL: url.toString(),
        PORT: String(port),
        HOST: '127.0.0.1',
        VIVIRK_CPR_KEY: randomBytes(32).toString('hex'),
      },
      stdio: 'ignore',
    });
    try {
      let health: Response | undefined;
      for (let i = 0; i < 60 && !health?.ok; i++) {
        await new Promise((r) => setTimeout(r, 500));
        health = await fetch(`http://127.0.0.1:${port}/api/health`).catch(() => undefined);
      }
      expect(await health?.json()).toMatchObject({ database: { state: 'up', kind: 'postgres' } });
      const check = new pg.Client({ connectionString: url.toString() });
      await check.connect();
      const users = await check.query('select count(*)::int as n from users');
      await check.end();
      expect(users.rows[0].n).toBe(0);
    } finally {
      child.kill('SIGTERM');
      await new Promise((r) => child.once('exit', r));
      await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.end();
    }
  });
});
