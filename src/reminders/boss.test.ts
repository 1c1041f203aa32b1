import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import bossVersion from '../../node_modules/pg-boss/version.json' with { type: 'json' };

const migration = readFileSync(
  path.resolve(import.meta.dirname, '../../migrations/018_work_queue.sql'),
  'utf8',
);

describe("pg-boss's schema", () => {
  it('is installed by our migrations at the version the installed pg-boss expects (upgrade: add a migration)', () => {
    expect(migration).toContain(`INSERT INTO pgboss.version(version) VALUES ('${bossVersion.schema}')`);
  });

  it('is owned by the application role and leaves the owner role in charge afterwards', () => {
    expect(migration).toContain('CREATE SCHEMA pgboss AUTHORIZATION vivirk_app;');
    expect(migration.trim().endsWith('RESET ROLE;')).toBe(true);
    // No transaction of its own: the migration runner holds one.
    expect(migration).not.toMatch(/^\s*(BEGIN|COMMIT);/m);
  });
});
