import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { createPgConfig } from '@electric-sql/pglite/node-postgres';
import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import {
  type DatabaseHandle,
  guardConnectionErrors,
  openDatabase,
  withAppRole,
} from '../../src/platform/db.ts';
import { migrate } from '../../src/platform/migrate.ts';
import type { Database } from '../../src/platform/schema.ts';

export const pgliteTemplate = '.tmp/pglite-migrated.tar';

/**
 * A fresh, migrated database for one test file. With TEST_DATABASE_URL set (CI's PostgreSQL pass)
 * it is a new database on that server, dropped afterwards; otherwise an in-memory PGlite started
 * from a migrated template (global-setup.ts), which saves the seconds PGlite's initdb takes.
 */
export async function openTestDatabase(): Promise<DatabaseHandle> {
  const serverUrl = process.env.TEST_DATABASE_URL;
  if (serverUrl) return openServerDatabase(serverUrl);
  if (!existsSync(pgliteTemplate)) {
    const handle = await openDatabase({ dataDir: 'memory://' });
    await migrate(handle.pool);
    return handle;
  }
  const pglite = await PGlite.create('memory://', { loadDataDir: new Blob([readFileSync(pgliteTemplate)]) });
  const pool = new pg.Pool(withAppRole(createPgConfig(pglite) as unknown as pg.PoolConfig));
  guardConnectionErrors(pool);
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  await migrate(pool);
  return {
    db,
    pool,
    kind: 'pglite',
    async close() {
      await db.destroy();
      await pglite.close();
    },
  };
}

async function openServerDatabase(serverUrl: string): Promise<DatabaseHandle> {
  const name = `vivirk_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const handle = await openDatabase({ databaseUrl: url.toString(), poolSize: 5 });
  await migrate(handle.pool);
  return {
    ...handle,
    async close() {
      await handle.close();
      const drop = new pg.Client({ connectionString: serverUrl });
      await drop.connect();
      await drop.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await drop.end();
    },
  };
}
