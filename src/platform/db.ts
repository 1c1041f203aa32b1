import { mkdirSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { createPgConfig } from '@electric-sql/pglite/node-postgres';
import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import { prepareStatements } from './prepared.ts';
import type { Database } from './schema.ts';

export type Db = Kysely<Database>;

export interface DatabaseHandle {
  db: Db;
  pool: pg.Pool;
  kind: 'pglite' | 'postgres';
  close(): Promise<void>;
}

export interface OpenOptions {
  databaseUrl?: string | undefined;
  /** A directory, or `memory://` for a throwaway in-memory database (tests). */
  dataDir?: string;
  poolSize?: number;
}

// DATE columns come back as 'YYYY-MM-DD' strings: a calendar day has no time zone.
pg.types.setTypeParser(1082, (v) => v);
// NUMERIC (hours, shares) as JS numbers; our values are small and exact enough.
pg.types.setTypeParser(1700, (v) => Number(v));
// BIGINT counts as numbers; no count here comes near 2^53.
pg.types.setTypeParser(20, (v) => Number(v));

/**
 * One code path for both databases: Kysely over a pg.Pool. With no DATABASE_URL the
 * pool is backed by embedded PGlite (node-postgres adapter), which has a single connection.
 */
export async function openDatabase(options: OpenOptions): Promise<DatabaseHandle> {
  let pool: pg.Pool;
  let pglite: PGlite | undefined;
  if (options.databaseUrl) {
    pool = new pg.Pool(
      withAppRole(
        {
          connectionString: options.databaseUrl,
          max: options.poolSize ?? 10,
          // While the server is away a request waits this long for a connection, then gets 503.
          connectionTimeoutMillis: 5_000,
          keepAlive: true,
        },
        prepareStatements,
      ),
    );
  } else {
    const dataDir = options.dataDir ?? './data';
    if (!dataDir.startsWith('memory://')) mkdirSync(dataDir, { recursive: true });
    pglite = await PGlite.create(dataDir);
    pool = new pg.Pool(withAppRole(createPgConfig(pglite) as unknown as pg.PoolConfig));
  }
  guardConnectionErrors(pool);
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  return {
    db,
    pool,
    kind: pglite ? 'pglite' : 'postgres',
    async close() {
      await db.destroy();
      await pglite?.close();
    },
  };
}

/**
 * Every connection acts as the restricted application role: it may not alter the audit log.
 * pg-pool awaits `onConnect` before handing the client out, so no query can overtake it.
 */
export function withAppRole(config: pg.PoolConfig, prepare?: (client: pg.PoolClient) => void): pg.PoolConfig {
  const onConnect = async (client: pg.PoolClient) => {
    prepare?.(client);
    // Before the first migration the role does not exist yet; migrate() sets it afterwards.
    await client.query('SET ROLE vivirk_app').catch(() => {});
  };
  return Object.assign(config, { onConnect });
}

/**
 * A connection the server ends (restart, termination) must not crash the process. pg-pool only
 * listens for errors on idle clients; a client that is checked out when the server goes away emits
 * `error` with no listener, which would kill the process. The query in flight fails on its own
 * (and becomes a 503); pg-pool then discards the broken client.
 */
export function guardConnectionErrors(pool: pg.Pool) {
  const report = (error: Error) => {
    process.stderr.write(`database connection lost: ${(error as { code?: string }).code ?? error.message}\n`);
  };
  pool.on('error', report);
  pool.on('connect', (client) => {
    client.on('error', report);
  });
}
