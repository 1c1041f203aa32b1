import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase } from '../../tests/support/database.ts';
import { task } from '../../tests/support/queue-setup.ts';
import { Client, startTestServer, type TestServer } from '../../tests/support/server.ts';
import { buildApp } from '../app.ts';
import { createCprCipher } from '../participants/cpr.ts';
import type { Mailer, MailMessage } from '../platform/mail.ts';
import { startReminderJobs } from './boss.ts';
import { recordReminders } from './record.ts';

const asOf = '2026-03-20';

/** A mailer that keeps what it was given. */
function capturingMailer(): Mailer & { sent: MailMessage[] } {
  const sent: MailMessage[] = [];
  return {
    mode: 'smtp',
    sent,
    async send(message) {
      sent.push(message);
      return { via: 'smtp', messageId: String(sent.length) };
    },
  };
}

describe('the daily reminders', () => {
  let server: TestServer;

  beforeAll(async () => {
    server = await startTestServer();
    const { world } = server;
    await task(
      server.database.db,
      {
        courseId: world.courseA.courseId,
        municipalityId: world.organisations.municipality,
        partnershipId: world.partnership,
      },
      { ownerId: world.users.coordinator, deadline: '2026-03-19' },
    );
  });
  afterAll(() => server?.close());

  const notificationsOf = (userId: string) =>
    server.database.db
      .selectFrom('notifications')
      .select(['kind', 'subject_ref', 'due_on', 'overdue', 'read_at'])
      .where('user_id', '=', userId)
      .orderBy('subject_ref')
      .execute();

  it('records each due or overdue item once per user, subject and due date: running twice writes once', async () => {
    const { users } = server.world;
    const coordinator = await Client.signIn(server.baseUrl, 'coordinator');
    const optIn = await coordinator.request(
      'PUT',
      '/api/reminder-settings',
      { digestEmail: 'koordinator@example.org' },
      { 'if-match': '"0"' },
    );
    expect(optIn.status).toBe(200);
    expect(optIn.body).toEqual({ digestEmail: 'koordinator@example.org', version: 1 });

    const mailer = capturingMailer();
    const first = await recordReminders(server.database.db, asOf, {
      mailer,
      publicUrl: 'https://vivirk.example',
    });
    expect(first.recorded).toBeGreaterThan(0);
    const mine = await notificationsOf(users.coordinator);
    expect(mine.map((n) => n.kind).sort()).toEqual(['measurement', 'noContact', 'statusLetter', 'task']);
    expect(mine.every((n) => n.overdue && n.read_at === null)).toBe(true);
    // The company mentor keeps no course rhythm: no reminders about measurements or letters.
    expect(await notificationsOf(users.companyMentor)).toEqual([]);
    expect((await notificationsOf(users.caseworker)).map((n) => n.kind).sort()).toEqual([
      'measurement',
      'noContact',
      'statusLetter',
    ]);

    // One digest, to the opted-in coordinator only, with the count and links and no name.
    expect(mailer.sent).toHaveLength(1);
    const [mail] = mailer.sent as [MailMessage];
    expect(mail.to).toEqual(['koordinator@example.org']);
    expect(mail.text).toContain('4 nye påmindelser');
    expect(mail.text).toContain('https://vivirk.example/paamindelser');
    expect(mail.text).not.toMatch(/Sara|Holm/);

    const second = await recordReminders(server.database.db, asOf, { mailer });
    expect(second.recorded).toBe(0);
    expect(await notificationsOf(users.coordinator)).toHaveLength(4);
    expect(mailer.sent).toHaveLength(1);

    const audited = await server.database.db
      .selectFrom('audit_log')
      .select(['course_id', 'actor_user_id'])
      .where('action', '=', 'reminders.record')
      .execute();
    // One row per course a reminder was written about (course B's caseworker has one too), by no actor.
    expect(audited.map((a) => a.course_id).sort()).toEqual(
      [server.world.courseA.courseId, server.world.courseB.courseId].sort(),
    );
    expect(audited.every((a) => a.actor_user_id === null)).toBe(true);
  });

  it('lists the reminders to their recipient, counts the unread and marks one read; nobody else can', async () => {
    const coordinator = await Client.signIn(server.baseUrl, 'coordinator');
    const list = await coordinator.request('GET', '/api/notifications');
    expect(list.status).toBe(200);
    expect(list.body.unread).toBe(4);
    const measurement = list.body.items.find((i: { kind: string }) => i.kind === 'measurement');
    expect(measurement).toMatchObject({
      participantName: 'Sara Holm',
      due: '2025-02-06',
      link: `/forloeb/${server.world.courseA.courseId}/maalinger`,
      readAt: null,
    });
    expect((await coordinator.request('GET', '/api/notifications/unread')).body).toEqual({ unread: 4 });

    const other = await Client.signIn(server.baseUrl, 'caseworker');
    expect((await other.request('POST', `/api/notifications/${measurement.id}/read`)).status).toBe(404);

    const read = await coordinator.request('POST', `/api/notifications/${measurement.id}/read`);
    expect(read.status).toBe(200);
    const again = await coordinator.request('POST', `/api/notifications/${measurement.id}/read`, undefined, {
      'idempotency-key': 'another-try',
    });
    expect(again.body.readAt).toBe(read.body.readAt);
    expect((await coordinator.request('GET', '/api/notifications/unread')).body).toEqual({ unread: 3 });
    const after = await coordinator.request('GET', '/api/notifications');
    expect(after.body.unread).toBe(3);
    // Unread first.
    expect(after.body.items.at(-1).id).toBe(measurement.id);
  });

  it('refuses a stale or missing If-Match and a malformed address, naming the field', async () => {
    const coordinator = await Client.signIn(server.baseUrl, 'coordinator');
    const stale = await coordinator.request(
      'PUT',
      '/api/reminder-settings',
      { digestEmail: null },
      { 'if-match': '"0"' },
    );
    expect(stale.status).toBe(412);
    expect((await coordinator.request('PUT', '/api/reminder-settings', { digestEmail: null })).status).toBe(
      428,
    );
    const bad = await coordinator.request(
      'PUT',
      '/api/reminder-settings',
      { digestEmail: 'not an address' },
      { 'if-match': '"1"' },
    );
    expect(bad.status).toBe(400);
    expect(bad.body.error.field).toBe('body.digestEmail');
    const off = await coordinator.request(
      'PUT',
      '/api/reminder-settings',
      { digestEmail: null },
      { 'if-match': '"1"' },
    );
    expect(off.body).toEqual({ digestEmail: null, version: 2 });
  });

  it('runs the job through pg-boss on this database when triggered, once', async () => {
    await server.database.db.deleteFrom('notifications').execute();
    const runs: number[] = [];
    const warnings: string[] = [];
    let done: () => void = () => {};
    const finished = new Promise<void>((resolve) => {
      done = resolve;
    });
    const jobs = await startReminderJobs(server.database, {
      log: { info: () => {}, warn: (m) => warnings.push(m) },
      pollingIntervalSeconds: 0.5,
      onRun: (run) => {
        runs.push(run.recorded);
        done();
      },
    });
    try {
      expect(await jobs.runNow(asOf)).toEqual(expect.any(String));
      await finished;
      expect(runs).toHaveLength(1);
      expect(runs[0]).toBeGreaterThan(0);
      expect(await notificationsOf(server.world.users.coordinator)).toHaveLength(4);
      // The daily schedule is in place.
      const schedule = await server.database.pool.query('select name, cron, timezone from pgboss.schedule');
      expect(schedule.rows).toEqual([
        { name: 'daily-reminders', cron: '0 6 * * *', timezone: 'Europe/Copenhagen' },
      ]);
    } finally {
      await jobs.stop();
    }
    expect(warnings).toEqual([]);
  });
});

describe('pg-boss in the server process', () => {
  it('starts with the server when asked, and stops with it', async () => {
    const database = await openTestDatabase();
    try {
      const app = await buildApp({
        database,
        cpr: createCprCipher(randomBytes(32)),
        logLevel: 'silent',
        serveWeb: false,
        reminders: { pollingIntervalSeconds: 0.5 },
      });
      await app.ready();
      const scheduled = async () =>
        (
          await database.pool.query(
            "select count(*)::int as n from pgboss.schedule where name = 'daily-reminders'",
          )
        ).rows[0].n as number;
      for (let i = 0; i < 50 && (await scheduled()) === 0; i++) await new Promise((r) => setTimeout(r, 100));
      expect(await scheduled()).toBe(1);
      await app.close();
    } finally {
      await database.close();
    }
  });

  it('survives the database going away: errors are logged by their code, never thrown', async () => {
    const database = await openTestDatabase();
    const warnings: string[] = [];
    const runs: string[] = [];
    const jobs = await startReminderJobs(database, {
      log: { info: () => {}, warn: (m) => warnings.push(m) },
      pollingIntervalSeconds: 0.5,
      onRun: (run) => runs.push(run.asOf),
    });
    try {
      if (database.kind === 'postgres') {
        // A restart, as the server's connections see it: every one of them is cut.
        const admin = await database.pool.connect();
        await admin.query('RESET ROLE');
        await admin.query(
          'select pg_terminate_backend(pid) from pg_stat_activity where datname = current_database() and pid <> pg_backend_pid()',
        );
        // Not back into the pool as the owner.
        admin.release(true);
        // And the jobs carry on once it is back (a send on a connection that was cut fails, as any
        // request would, and that connection is dropped).
        let sent: string | null = null;
        for (let i = 0; i < 10 && !sent; i++) sent = await jobs.runNow(asOf).catch(() => null);
        expect(sent).toEqual(expect.any(String));
        for (let i = 0; i < 60 && runs.length === 0; i++) await new Promise((r) => setTimeout(r, 100));
        expect(runs).toEqual([asOf]);
      } else {
        // The embedded database cannot restart under a running process: take it away instead.
        await database.close();
        await new Promise((r) => setTimeout(r, 1_500));
        expect(warnings.length).toBeGreaterThan(0);
      }
      expect(warnings.every((w) => /^reminder jobs: [\w-]+$/.test(w))).toBe(true);
    } finally {
      await jobs.stop().catch(() => {});
      if (database.kind === 'postgres') await database.close();
    }
  });
});
