import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import expectedExampleReport from '../../tests/fixtures/interchange/small-partnership.expected-report.json' with {
  type: 'json',
};
import { type CliTarget, cliTarget } from '../../tests/support/cli-harness.ts';

const fixtures = path.resolve(import.meta.dirname, '../../tests/fixtures/interchange');
const example = path.join(fixtures, 'small-partnership.json');
const badKnowledge = path.join(fixtures, 'bad-knowledge.json');

const tables = [
  'organisations',
  'partnerships',
  'participants',
  'courses',
  'consents',
  'measurements',
  'audit_log',
] as const;

async function counts(target: CliTarget) {
  const database = await target.open();
  try {
    const out: Record<string, number> = {};
    for (const table of tables) {
      const row = await database.db
        .selectFrom(table)
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirst()
        // A database the CLI never migrated has no tables, and so no rows.
        .catch(() => ({ n: 0 }));
      out[table] = Number(row?.n ?? 0);
    }
    return out;
  } finally {
    await database.close();
  }
}

const reportArgs = ['report', '--partnership', 'Eksempel Kommune', '--as-of', '2019-06-30', '--json'];

describe('cli import and report', { timeout: 120_000 }, () => {
  let target: CliTarget;
  beforeAll(async () => {
    target = await cliTarget();
  });
  afterAll(() => target?.dispose());

  it('imports the example and prints exactly the expected report as the only thing on stdout', async () => {
    const imported = await target.run('import', example);
    expect(imported.stderr).toContain('imported 5/5 participants (100%)');
    expect(imported.code).toBe(0);
    expect(imported.stdout).toContain('5 participants (5 new, 0 changed, 0 unchanged)');

    const report = await target.run(...reportArgs);
    expect(report.code).toBe(0);
    const parsed = JSON.parse(report.stdout);
    // The contract says "at least" these fields; the felt-heard share (no meetings imported) is extra.
    const { targets, feltHeard, ...rest } = parsed;
    expect(rest).toEqual(expectedExampleReport);
    expect(targets).toEqual({ admitted: 10, closerShare: 0.8 });
    expect(feltHeard).toEqual({ yes: 0, partly: 0, no: 0, share: null });
  });

  it('changes nothing when the same file is imported again: same rows, same report', async () => {
    const before = await counts(target);
    const reportBefore = await target.run(...reportArgs);
    const again = await target.run('import', example);
    expect(again.code).toBe(0);
    expect(again.stdout).toContain('(0 new, 0 changed, 5 unchanged)');
    const reportAfter = await target.run(...reportArgs);
    expect(reportAfter.stdout).toBe(reportBefore.stdout);
    // The two report reads are audited; nothing else may differ.
    const after = await counts(target);
    expect(after).toEqual({ ...before, audit_log: before.audit_log! + 2 });
  });

  it('finds the partnership by its institution, in any case, and prints a readable summary without --json', async () => {
    const res = await target.run(
      'report',
      '--partnership',
      'EKSEMPEL PRODUKTIONSSKOLE',
      '--as-of',
      '2019-06-30',
    );
    expect(res.code).toBe(0);
    expect(res.stdout).toMatch(/Closer to the labour market\s+1 of 3 = 33\.3%\s+\(target 80%\)/);
    expect(res.stdout).toMatch(/Outcomes\s+flexJob 1, ongoing 3/);
  });

  it('refuses an unknown partnership with a clear message and nothing on stdout', async () => {
    const res = await target.run('report', '--partnership', 'Nowhere', '--as-of', '2019-06-30', '--json');
    expect(res.code).toBe(1);
    expect(res.stdout).toBe('');
    expect(res.stderr).toContain('no partnership matches "Nowhere"');
  });

  it('answers a usage error with exit code 2 and the usage text', async () => {
    const res = await target.run('report', '--partnership', 'Eksempel Kommune', '--as-of', '30-06-2019');
    expect(res.code).toBe(2);
    expect(res.stdout).toBe('');
    expect(res.stderr).toContain('Usage:');
  });
});

describe('cli import of a bad file', { timeout: 120_000 }, () => {
  let target: CliTarget;
  let dir: string;
  beforeAll(async () => {
    target = await cliTarget();
    dir = mkdtempSync(path.join(os.tmpdir(), 'vivirk-files-'));
  });
  afterAll(async () => {
    rmSync(dir, { recursive: true, force: true });
    await target?.dispose();
  });

  it('refuses a score out of range naming its place, exits non-zero and writes no row', async () => {
    const res = await target.run('import', badKnowledge);
    expect(res.code).toBe(1);
    expect(res.stderr.split('\n')).toContain(
      'participants[3].measurements[0].scores.knowledge: 7 is outside 1..5',
    );
    expect(res.stderr).toContain('nothing was imported');
    expect(res.stdout).toBe('');
    const rows = await counts(target);
    expect(rows).toMatchObject({
      organisations: 0,
      partnerships: 0,
      participants: 0,
      measurements: 0,
      audit_log: 0,
    });
  });

  it('refuses a truncated file and a malformed one, writing nothing', async () => {
    const truncated = path.join(dir, 'truncated.json');
    writeFileSync(truncated, readFileSync(example).subarray(0, 1500));
    const cut = await target.run('import', truncated);
    expect(cut.code).toBe(1);
    expect(cut.stderr).toContain('not valid JSON: the file ends too early (is it truncated?)');

    const malformed = path.join(dir, 'malformed.json');
    writeFileSync(malformed, '{ "format": "vivirk-interchange/1", }');
    const bad = await target.run('import', malformed);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/not valid JSON at line 1, column \d+/);

    const missing = await target.run('import', path.join(dir, 'nope.json'));
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('cannot read the file (ENOENT)');
    expect((await counts(target)).participants).toBe(0);
  });
});
