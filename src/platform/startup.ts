import { setTimeout as sleep } from 'node:timers/promises';
import { isDatabaseUnavailable } from './availability.ts';
import type { Config } from './config.ts';
import { type DatabaseHandle, openDatabase } from './db.ts';
import { migrate, pendingMigrations } from './migrate.ts';

export interface StartupLog {
  info(message: string): void;
  warn(message: string): void;
}

/**
 * Runs `attempt` until the database answers: a server that starts before its database (a reboot,
 * a container starting in parallel) waits with growing pauses and says so, instead of exiting.
 * Any other error is real and is thrown at once.
 */
export async function untilDatabaseAnswers<T>(
  attempt: () => Promise<T>,
  log: StartupLog,
  { firstDelayMs = 500, maxDelayMs = 10_000 } = {},
): Promise<T> {
  let delay = firstDelayMs;
  for (;;) {
    try {
      return await attempt();
    } catch (error) {
      if (!isDatabaseUnavailable(error)) throw error;
      const code = (error as { code?: string }).code ?? 'no connection';
      log.warn(`database not reachable yet (${code}); trying again in ${(delay / 1000).toFixed(1)} s`);
      await sleep(delay);
      delay = Math.min(delay * 2, maxDelayMs);
    }
  }
}

/**
 * Brings the schema up to date before the app serves. With MIGRATION_DATABASE_URL the owner's
 * connection migrates and the app itself connects as its own login role, which cannot change the
 * schema (docs/operations.md); without it, the one connection does both.
 */
export async function prepareSchema(
  config: Config,
  app: DatabaseHandle,
  log: StartupLog,
  { wait = true }: { wait?: boolean } = {},
) {
  const run = async () => {
    if (config.migrationDatabaseUrl) {
      const owner = await openDatabase({ databaseUrl: config.migrationDatabaseUrl, poolSize: 1 });
      try {
        report(await migrate(owner.pool), log);
      } finally {
        await owner.close();
      }
      return;
    }
    // The app's own role may not migrate: when nothing is pending it need not.
    if (app.kind === 'postgres' && (await pendingMigrations(app.pool)).length === 0) return;
    report(await migrate(app.pool), log);
  };
  await (wait ? untilDatabaseAnswers(run, log) : run());
}

function report(applied: string[], log: StartupLog) {
  if (applied.length > 0) log.info(`migrations applied: ${applied.join(', ')}`);
}
