import { randomBytes } from 'node:crypto';
import { readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { findPostgresBin, startThrowawayPostgres, type ThrowawayPostgres } from '../scripts/pg-throwaway.mjs';
import { type DatabaseHandle, openDatabase } from '../src/platform/db.ts';
import { onCleanup } from './cleanup.ts';
import { APP_POOL_SIZE, type BenchOptions, type DbKind, log, root } from './options.ts';

/**
 * The database a bench run works on, removed again at cleanup: a new database on
 * BENCH_DATABASE_URL's server or on a throwaway cluster, or a PGlite directory under .tmp/.
 */
export interface BenchDatabase {
  /** Opens it in this process (the app's pool size). */
  open: () => Promise<DatabaseHandle>;
  /** How bench/server.ts finds it. */
  serverEnv: Record<string, string>;
  /** The throwaway cluster's postmaster, for its CPU use; null otherwise. */
  postmasterPid: number | null;
}

async function onServer(serverUrl: string, sql: string) {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  await client.query(sql);
  await client.end();
}

async function postgresDatabase(pgSettings: string[]): Promise<BenchDatabase> {
  let serverUrl = process.env.BENCH_DATABASE_URL;
  let postmasterPid: number | null = null;
  if (!serverUrl) {
    if (!findPostgresBin()) throw new Error('no PostgreSQL server binaries and no BENCH_DATABASE_URL');
    const cluster: ThrowawayPostgres = await startThrowawayPostgres({ fast: false, settings: pgSettings });
    onCleanup(() => cluster.stop());
    postmasterPid = Number(readFileSync(path.join(cluster.dataDir, 'postmaster.pid'), 'utf8').split('\n')[0]);
    log(`  throwaway PostgreSQL cluster on port ${cluster.port} (default durability settings)`);
    serverUrl = cluster.url;
  }
  const name = `vivirk_bench_${randomBytes(4).toString('hex')}`;
  const adminUrl = serverUrl;
  await onServer(adminUrl, `CREATE DATABASE ${name}`);
  onCleanup(() => onServer(adminUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const open = async () => {
    const handle = await openDatabase({ databaseUrl: url.toString(), poolSize: APP_POOL_SIZE });
    // pool.end() resolves before the sockets close; DROP DATABASE … WITH (FORCE) can then end an
    // idle connection, and a pg.Pool without an 'error' listener would crash the process.
    handle.pool.on('error', (error) => {
      if ((error as { code?: string }).code !== '57P01') log(`  pool error: ${error.message}`);
    });
    return handle;
  };
  return { open, serverEnv: { BENCH_DB_URL: url.toString() }, postmasterPid };
}

function pgliteDatabase(): BenchDatabase {
  const dir = path.join(root, '.tmp', `bench-pglite-${randomBytes(4).toString('hex')}`);
  onCleanup(() => rmSync(dir, { recursive: true, force: true }));
  return {
    open: () => openDatabase({ dataDir: dir }),
    serverEnv: { BENCH_PGLITE_DIR: dir },
    postmasterPid: null,
  };
}

export function createBenchDatabase(
  kind: DbKind,
  options: Pick<BenchOptions, 'pgSettings'>,
): Promise<BenchDatabase> {
  return kind === 'postgres' ? postgresDatabase(options.pgSettings) : Promise.resolve(pgliteDatabase());
}
