import { mkdirSync, writeFileSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { migrate } from '../../src/platform/migrate.ts';
import { pgliteTemplate } from './database.ts';

/** Migrates one PGlite database and keeps its files, so each test file starts from a copy. */
export default async function setup() {
  if (process.env.TEST_DATABASE_URL) return;
  const pglite = await PGlite.create('memory://');
  const { createPgConfig } = await import('@electric-sql/pglite/node-postgres');
  const pg = (await import('pg')).default;
  const pool = new pg.Pool(createPgConfig(pglite) as unknown as import('pg').PoolConfig);
  await migrate(pool);
  await pool.end();
  const dump = await pglite.dumpDataDir('none');
  mkdirSync('.tmp', { recursive: true });
  writeFileSync(pgliteTemplate, Buffer.from(await dump.arrayBuffer()));
  await pglite.close();
}
