import PgBoss from 'pg-boss';
import { isDatabaseUnavailable } from '../platform/availability.ts';
import { today } from '../platform/dates.ts';
import type { DatabaseHandle } from '../platform/db.ts';
import type { Mailer } from '../platform/mail.ts';
import { type ReminderRun, recordReminders } from './record.ts';

/** The daily reminder job: its queue, and when it runs (06:00 in Copenhagen, before the working day). */
export const REMINDER_QUEUE = 'daily-reminders';
export const REMINDER_CRON = '0 6 * * *';
export const REMINDER_TZ = 'Europe/Copenhagen';
/** pg-boss's schema (migrations/018 installs it; the app role may not create schemas). */
export const BOSS_SCHEMA = 'pgboss';

export interface JobLog {
  info(message: string): void;
  warn(message: string): void;
}

export interface ReminderJobOptions {
  mailer?: Mailer;
  publicUrl?: string;
  log: JobLog;
  /** How often a worker looks for a job (default 2 s; tests use less). */
  pollingIntervalSeconds?: number;
  /** Called after each run (tests wait for it). */
  onRun?: (run: ReminderRun) => void;
}

export interface ReminderJobs {
  /** Queues a run now (the cron's job, ahead of time); resolves with the job's id. */
  runNow(asOf?: string): Promise<string | null>;
  stop(): Promise<void>;
}

/** What a log line may say about an error: its code or kind, never its message (it may quote data). */
export const errorCode = (error: unknown) =>
  (error as { code?: string })?.code ?? (error as Error)?.name ?? 'unknown';

/**
 * pg-boss over the app's own pool (one pool for the process; on embedded PGlite the only
 * connection there is). A script of several statements that fails inside its own BEGIN leaves the
 * connection in an aborted transaction, which on PGlite is the whole database's one session: roll
 * it back before the connection goes back to the pool. A connection the server cut is dropped.
 */
function bossDb(database: DatabaseHandle) {
  return {
    async executeSql(text: string, values?: unknown[]) {
      const client = await database.pool.connect();
      let broken: Error | undefined;
      try {
        return await client.query(text, values);
      } catch (error) {
        // A cut connection goes, so the next poll gets a fresh one; after a plain SQL error it stays.
        if (isDatabaseUnavailable(error)) broken = error as Error;
        else if (/^\s*BEGIN\b/i.test(text)) await client.query('ROLLBACK').catch(() => {});
        throw error;
      } finally {
        client.release(broken);
      }
    },
  };
}

/**
 * Starts pg-boss in the server process: the schedule, and a worker that records the day's
 * reminders. Its errors (a database restart, a lost connection) are logged by code and never
 * thrown: pg-boss keeps polling and carries on when the database is back.
 */
export async function startReminderJobs(
  database: DatabaseHandle,
  options: ReminderJobOptions,
): Promise<ReminderJobs> {
  const boss = new PgBoss({
    db: bossDb(database) as PgBoss.Db,
    schema: BOSS_SCHEMA,
    // The schema comes from our migrations, run by the owner (migrations/018).
    migrate: false,
  });
  boss.on('error', (error) => options.log.warn(`reminder jobs: ${errorCode(error)}`));
  await boss.start();
  if (!(await boss.getQueue(REMINDER_QUEUE))) await boss.createQueue(REMINDER_QUEUE);
  await boss.schedule(REMINDER_QUEUE, REMINDER_CRON, {}, { tz: REMINDER_TZ });
  await boss.work<{ asOf?: string }>(
    REMINDER_QUEUE,
    { pollingIntervalSeconds: options.pollingIntervalSeconds ?? 2 },
    async (jobs) => {
      for (const job of jobs) {
        const asOf = job.data?.asOf ?? today();
        const run = await recordReminders(database.db, asOf, options);
        // Counts only: the log carries no personal data.
        options.log.info(
          `reminders ${asOf}: ${run.recorded} recorded for ${run.users} users, ${run.mailed} mailed, ${run.failed} failed`,
        );
        options.onRun?.(run);
      }
    },
  );
  return {
    runNow: (asOf) => boss.send(REMINDER_QUEUE, asOf ? { asOf } : {}),
    stop: () => boss.stop({ graceful: true, wait: true, close: false, timeout: 5_000 }),
  };
}
