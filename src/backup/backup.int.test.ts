import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildWorld } from '../../tests/support/world.ts';
import { runCli } from '../cli/main.ts';
import { createCprCipher, loadCprKey } from '../participants/cpr.ts';
import { openDatabase } from '../platform/db.ts';
import { migrate } from '../platform/migrate.ts';

// The embedded database only: a PostgreSQL server is backed up with pg_dump (docs/operations.md).
const dir = mkdtempSync(path.join(os.tmpdir(), 'vivirk-backup-'));
const source = path.join(dir, 'source');
const target = path.join(dir, 'restored');
const file = path.join(dir, 'vivirk.backup');
const passphrase = 'korrekt hest batteri hæfteklamme';
const lines: string[] = [];
const io = { out: (l: string) => lines.push(l), err: (l: string) => lines.push(l) };
const env = (dataDir: string, extra: Record<string, string> = {}) =>
  ({ VIVIRK_DATA_DIR: dataDir, VIVIRK_BACKUP_PASSPHRASE: passphrase, ...extra }) as NodeJS.ProcessEnv;

/** Row count and a checksum of every row of every table: two databases with equal fingerprints hold the same data. */
async function fingerprint(dataDir: string) {
  const database = await openDatabase({ dataDir });
  try {
    const tables = (
      await database.pool.query<{ t: string }>(
        "SELECT tablename AS t FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename",
      )
    ).rows.map((r) => r.t);
    const out: Record<string, { rows: number; md5: string | null }> = {};
    for (const t of tables) {
      const { rows } = await database.pool.query<{ n: number; md5: string | null }>(
        `SELECT count(*)::int AS n, md5(string_agg(x::text, '|' ORDER BY x::text)) AS md5 FROM "${t}" x`,
      );
      out[t] = { rows: rows[0]?.n ?? 0, md5: rows[0]?.md5 ?? null };
    }
    const cpr = await database.pool.query<{ c: string }>(
      'SELECT cpr_encrypted AS c FROM participants WHERE cpr_encrypted IS NOT NULL',
    );
    return { tables: out, cpr: cpr.rows.map((r) => r.c) };
  } finally {
    await database.close();
  }
}

beforeAll(async () => {
  const database = await openDatabase({ dataDir: source });
  await migrate(database.pool);
  const key = loadCprKey(undefined, source);
  if (!key) throw new Error('no key');
  await buildWorld(database.db, createCprCipher(key));
  await database.close();
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// Once is enough: the PostgreSQL pass of the suite would only repeat the same embedded run.
describe.skipIf(!!process.env.TEST_DATABASE_URL)('backup and restore of the embedded database', () => {
  it('restores into a fresh directory with the same rows in every table and readable CPR numbers', async () => {
    expect(await runCli(['backup', file], io, env(source))).toBe(0);
    // The CPR key is not in the file in the clear.
    const keyHex = readFileSync(path.join(source, 'cpr.key'), 'utf8').trim();
    expect(readFileSync(file).includes(Buffer.from(keyHex))).toBe(false);

    expect(await runCli(['restore', file], io, env(target))).toBe(0);
    const before = await fingerprint(source);
    const after = await fingerprint(target);
    expect(Object.keys(after.tables).length).toBeGreaterThan(10);
    expect(after.tables.participants?.rows).toBeGreaterThan(0);
    expect(after).toEqual(before);
    // The restored key reads the restored CPR numbers.
    const restoredKey = loadCprKey(undefined, target);
    if (!restoredKey) throw new Error('no restored key');
    const cipher = createCprCipher(restoredKey);
    expect(after.cpr.map((c) => cipher.decrypt(c))).toContain('100401-1234');
  });

  it('refuses a wrong passphrase, a non-empty directory and a damaged file, writing nothing', async () => {
    const elsewhere = path.join(dir, 'wrong');
    const wrong = await runCli(
      ['restore', file],
      io,
      env(elsewhere, { VIVIRK_BACKUP_PASSPHRASE: 'not the passphrase' }),
    );
    expect(wrong).toBe(1);
    expect(lines.at(-1)).toMatch(/wrong passphrase/);
    expect(existsSync(elsewhere)).toBe(false);

    expect(await runCli(['restore', file], io, env(target))).toBe(1);
    expect(lines.at(-1)).toMatch(/not empty/);

    const damaged = path.join(dir, 'damaged.backup');
    const bytes = readFileSync(file);
    bytes[bytes.length - 10] = (bytes[bytes.length - 10] ?? 0) ^ 0xff;
    writeFileSync(damaged, bytes);
    expect(await runCli(['restore', damaged], io, env(path.join(dir, 'from-damaged')))).toBe(1);
    expect(lines.at(-1)).toMatch(/damaged/);

    expect(
      await runCli(
        ['backup', path.join(dir, 'x.backup')],
        io,
        env(source, { VIVIRK_BACKUP_PASSPHRASE: 'short' }),
      ),
    ).toBe(1);
    expect(lines.at(-1)).toMatch(/VIVIRK_BACKUP_PASSPHRASE/);
  });

  it('points a PostgreSQL installation to pg_dump', async () => {
    expect(
      await runCli(['backup', file], io, env(source, { DATABASE_URL: 'postgres://x@127.0.0.1:1/x' })),
    ).toBe(1);
    expect(lines.at(-1)).toMatch(/pg_dump/);
  });
});
