import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type pg from 'pg';

const migrationsDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../migrations');

/**
 * Forward-only plain-SQL migrations, each in its own transaction, run as the connecting
 * (owner) role. A lock keeps two starting processes from migrating at once.
 */
export async function migrate(pool: pg.Pool): Promise<string[]> {
  const client = await pool.connect();
  const applied: string[] = [];
  try {
    await client.query('RESET ROLE');
    await client.query('SELECT pg_advisory_lock(727274)');
    await client.query(
      'CREATE TABLE IF NOT EXISTS schema_migrations (name text PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())',
    );
    const done = new Set(
      (await client.query<{ name: string }>('SELECT name FROM schema_migrations')).rows.map((r) => r.name),
    );
    for (const file of migrationFiles()) {
      if (done.has(file)) continue;
      const sql = readFileSync(path.join(migrationsDir, file), 'utf8');
      await client.query('BEGIN');
      try {
        await client.query(sql);
        await client.query('INSERT INTO schema_migrations (name) VALUES ($1)', [file]);
        await client.query('COMMIT');
      } catch (error) {
        await client.query('ROLLBACK');
        throw new Error(`migration ${file} failed: ${(error as Error).message}`);
      }
      applied.push(file);
    }
    await client.query('SELECT pg_advisory_unlock(727274)');
    await client.query('SET ROLE vivirk_app');
  } finally {
    client.release();
  }
  return applied;
}

/** Migration files not yet applied to this database (all of them on an empty database). */
export async function pendingMigrations(pool: pg.Pool): Promise<string[]> {
  const exists = await pool.query<{ t: string | null }>("SELECT to_regclass('schema_migrations')::text AS t");
  const done = new Set(
    exists.rows[0]?.t
      ? (await pool.query<{ name: string }>('SELECT name FROM schema_migrations')).rows.map((r) => r.name)
      : [],
  );
  return migrationFiles().filter((file) => !done.has(file));
}

function migrationFiles(): string[] {
  return readdirSync(migrationsDir)
    .filter((f) => /^\d+_.*\.sql$/.test(f))
    .sort();
}

export async function appliedMigrations(pool: pg.Pool): Promise<number> {
  const result = await pool.query<{ n: number }>('SELECT count(*)::int AS n FROM schema_migrations');
  return result.rows[0]?.n ?? 0;
}
