import type { FastifyInstance } from 'fastify';
import type { DatabaseHandle } from '../platform/db.ts';
import type { Mailer } from '../platform/mail.ts';
import { errorCode, type ReminderJobs, startReminderJobs } from './boss.ts';

const RETRY_MS = 30_000;

/**
 * Starts the reminder jobs once the server is ready, without holding it up: a database that is
 * not there yet (or restarts) only delays the jobs, it never stops the server. Stopped on close.
 */
export function startRemindersInBackground(
  app: FastifyInstance,
  database: DatabaseHandle,
  options: { mailer: Mailer; publicUrl: string; pollingIntervalSeconds?: number },
) {
  let jobs: ReminderJobs | undefined;
  let closing = false;
  let timer: NodeJS.Timeout | undefined;
  let starting: Promise<void> = Promise.resolve();
  const log = {
    info: (message: string) => app.log.info(message),
    warn: (message: string) => app.log.warn(message),
  };
  const attempt = () => {
    starting = startReminderJobs(database, { ...options, log })
      .then(async (started) => {
        if (closing) await started.stop();
        else jobs = started;
      })
      .catch((error) => {
        log.warn(`reminder jobs did not start (${errorCode(error)}); trying again`);
        if (!closing) {
          timer = setTimeout(attempt, RETRY_MS);
          timer.unref();
        }
      });
  };
  app.addHook('onReady', async () => {
    attempt();
  });
  app.addHook('onClose', async () => {
    closing = true;
    clearTimeout(timer);
    await starting;
    await jobs?.stop().catch((error) => log.warn(`reminder jobs did not stop cleanly (${errorCode(error)})`));
  });
}
