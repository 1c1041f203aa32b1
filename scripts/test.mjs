#!/usr/bin/env node
// `npm test`: every check the project has, in one run that goes on past a failure.
//   lint+format (biome) · types (tsc, generated API types current) · circular imports (madge) · unit · integration on PGlite ·
//   integration on PostgreSQL · web build + browser tests
// The last line is always `N passed, N failed[, N skipped]` (read by CI); exit code 1 if anything failed.
//
// Select steps by key for a quicker local run, e.g. `npm test -- unit integration-pglite`.
// Keys: lint, types, cycles, unit, integration-pglite, integration-postgres, browser.
//
// PostgreSQL: TEST_DATABASE_URL if set; otherwise a throwaway cluster from the Debian server
// binaries (scripts/pg-throwaway.mjs). Missing server or Chromium: a failure when CI=true,
// a skip otherwise.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { findPostgresBin, startThrowawayPostgres } from './pg-throwaway.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
process.chdir(root);

const isCI = process.env.CI === 'true' || process.env.CI === '1';
const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const resultsDir = path.join(root, '.tmp', 'test-results');
const bin = (name) => path.join(root, 'node_modules', '.bin', name);
const useColor = process.stdout.isTTY && !process.env.NO_COLOR;
const paint = (code, text) => (useColor ? `\x1b[${code}m${text}\x1b[0m` : text);

const allKeys = ['lint', 'types', 'cycles', 'unit', 'integration-pglite', 'integration-postgres', 'browser'];
const selected = process.argv.slice(2).filter((a) => !a.startsWith('-'));
for (const key of selected) {
  if (!allKeys.includes(key)) {
    console.error(`unknown step "${key}"; steps: ${allKeys.join(', ')}`);
    process.exit(2);
  }
}
const wanted = (key) => selected.length === 0 || selected.includes(key);

/** @type {{ name: string, status: 'passed' | 'failed' | 'skipped', passed: number, failed: number, skipped: number, ms: number, note?: string }[]} */
const results = [];
let current = null;
const started = Date.now();

// A signal ends the run: stop the running child; pg-throwaway's exit hook removes the cluster.
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.once(signal, () => {
    current?.kill('SIGTERM');
    console.log(`\n${signal}: run aborted`);
    process.exit(130);
  });
}
process.on('exit', () => current?.kill('SIGTERM'));

let stepNo = 0;
function header(title) {
  stepNo += 1;
  const line = '━'.repeat(100);
  console.log(`\n${paint('1;36', line)}\n${paint('1;36', `▶ [${stepNo}] ${title}`)}\n${paint('1;36', line)}`);
}

function run(cmd, args, { env = process.env, capture = false } = {}) {
  return new Promise((resolve) => {
    const t0 = Date.now();
    let output = '';
    console.log(paint('2', `$ ${[cmd.replace(`${root}/`, ''), ...args].join(' ')}`));
    if (!existsSync(cmd) && cmd.startsWith(root)) {
      console.log(`${cmd} is missing: run \`npm ci\` first`);
      resolve({ code: 127, ms: 0, output });
      return;
    }
    const child = spawn(cmd, args, {
      env,
      stdio: ['ignore', capture ? 'pipe' : 'inherit', capture ? 'pipe' : 'inherit'],
    });
    current = child;
    if (capture) {
      child.stdout.on('data', (d) => {
        output += d;
        process.stdout.write(d);
      });
      child.stderr.on('data', (d) => {
        output += d;
        process.stdout.write(d);
      });
    }
    child.on('error', (error) => {
      output += String(error);
      console.log(String(error));
    });
    child.on('close', (code, signal) => {
      current = null;
      resolve({ code: code ?? (signal ? 128 : 1), ms: Date.now() - t0, output });
    });
  });
}

function record(name, status, counts, ms, note) {
  const entry = { name, status, passed: 0, failed: 0, skipped: 0, ms, note, ...counts };
  results.push(entry);
  const mark =
    status === 'passed'
      ? paint('32', '✔ passed')
      : status === 'failed'
        ? paint('31', '✘ FAILED')
        : paint('33', '○ skipped');
  console.log(`\n${mark}: ${name}${note ? ` — ${note}` : ''} (${(ms / 1000).toFixed(1)} s)`);
}

/** One command that counts as one check. */
async function check(name, cmd, args, options) {
  header(name);
  const { code, ms } = await run(cmd, args, options);
  record(
    name,
    code === 0 ? 'passed' : 'failed',
    code === 0 ? { passed: 1 } : { failed: 1 },
    ms,
    code === 0 ? undefined : `exit ${code}`,
  );
  return code === 0;
}

function skip(name, reason) {
  header(name);
  console.log(`skipped: ${reason}`);
  record(name, 'skipped', { skipped: 1 }, 0, reason);
}

function fail(name, reason) {
  header(name);
  console.log(reason);
  record(name, 'failed', { failed: 1 }, 0, reason);
}

/** Each failing test, named with its file and the first line of its error: repeated in the summary, so a log's tail says what failed. */
const failures = [];
function failedTests(report) {
  return (report?.testResults ?? []).flatMap((file) =>
    (file.assertionResults ?? [])
      .filter((t) => t.status === 'failed')
      .map((t) => {
        const reason = String(t.failureMessages?.[0] ?? '')
          .split('\n')[0]
          .slice(0, 200);
        return `${path.relative(root, file.name)} › ${t.fullName}${reason ? ` — ${reason}` : ''}`;
      }),
  );
}

/** A vitest project; its tests are counted from the JSON reporter. */
async function vitest(name, project, env = process.env) {
  header(name);
  mkdirSync(resultsDir, { recursive: true });
  const file = path.join(resultsDir, `${name.replace(/[^a-z0-9]+/gi, '-').toLowerCase()}.json`);
  rmSync(file, { force: true });
  const { code, ms } = await run(
    bin('vitest'),
    [
      'run',
      '--project',
      project,
      '--passWithNoTests',
      '--reporter=default',
      '--reporter=json',
      `--outputFile.json=${file}`,
    ],
    { env },
  );
  let report = null;
  try {
    report = JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    // No report: vitest died before writing one; counted as one failure below.
  }
  const counts = {
    passed: report?.numPassedTests ?? 0,
    failed: report?.numFailedTests ?? 0,
    skipped: (report?.numPendingTests ?? 0) + (report?.numTodoTests ?? 0),
  };
  let note;
  if (code !== 0 && counts.failed === 0) {
    // A file that fails to load, a failing hook or a crash fails no single test: count it once.
    counts.failed = 1;
    const failedFiles = (report?.testResults ?? [])
      .filter((r) => r.status === 'failed')
      .map((r) => path.relative(root, r.name));
    note = `vitest exited ${code} with no failing test${failedFiles.length ? ` (failed files: ${failedFiles.join(', ')})` : report ? '' : ' and no report'}`;
  }
  const status = code === 0 && counts.failed === 0 ? 'passed' : 'failed';
  record(
    name,
    status,
    counts,
    ms,
    note ?? `${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped`,
  );
  failures.push(...failedTests(report));
  return status === 'passed';
}

/**
 * madge over one tree, type-only imports included (as `npm run cycles`); also fails when madge could
 * not resolve a local import, since a cycle could hide there.
 */
async function cycles(name, dir, tsconfig) {
  header(name);
  const { code, ms, output } = await run(
    bin('madge'),
    [
      '--circular',
      '--warning',
      '--no-spinner',
      '--no-color',
      '--extensions',
      'ts,tsx',
      '--ts-config',
      tsconfig,
      dir,
    ],
    { capture: true },
  );
  const skippedPart = output.split(/Skipped \d+ files?/)[1] ?? '';
  const unresolvedLocal = skippedPart
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l.startsWith('.') || l.startsWith('/'));
  if (code !== 0) record(name, 'failed', { failed: 1 }, ms, 'circular imports found (or madge failed)');
  else if (unresolvedLocal.length > 0)
    record(
      name,
      'failed',
      { failed: 1 },
      ms,
      `madge could not resolve local imports: ${unresolvedLocal.join(', ')}`,
    );
  else record(name, 'passed', { passed: 1 }, ms);
}

const hasTests = (dir) => {
  if (!existsSync(dir)) return false;
  return readdirSync(dir, { recursive: true }).some((f) => String(f).endsWith('.test.ts'));
};

// ── the steps ────────────────────────────────────────────────────────────────────────────────
console.log(`ViVirk test run — ${new Date().toISOString()} — node ${process.version}${isCI ? ' — CI' : ''}`);

if (wanted('lint')) await check('biome check (lint + format)', bin('biome'), ['check', '.']);

if (wanted('types')) {
  await check('tsc -p tsconfig.json', bin('tsc'), ['-p', 'tsconfig.json', '--noEmit']);
  // The web app's API types (web/src/api/schema.d.ts) must be what the server's schemas say now.
  await check('web/src/api/schema.d.ts is current (npm run gen:api)', bin('tsx'), [
    'scripts/gen-api-types.ts',
    '--check',
  ]);
  if (existsSync('web/tsconfig.json'))
    await check('tsc -p web/tsconfig.json', bin('tsc'), ['-p', 'web/tsconfig.json', '--noEmit']);
}

if (wanted('cycles')) {
  await cycles('madge: circular imports in src', 'src', 'tsconfig.json');
  if (existsSync('web/src'))
    await cycles(
      'madge: circular imports in web/src',
      'web/src',
      existsSync('web/tsconfig.json') ? 'web/tsconfig.json' : 'tsconfig.json',
    );
}

if (wanted('unit')) await vitest('unit tests', 'unit');

if (wanted('integration-pglite')) {
  const env = { ...process.env };
  delete env.TEST_DATABASE_URL;
  await vitest('integration tests on PGlite', 'integration', env);
}

if (wanted('integration-postgres')) {
  const name = 'integration tests on PostgreSQL';
  if (process.env.TEST_DATABASE_URL) {
    await vitest(`${name} (TEST_DATABASE_URL)`, 'integration');
  } else if (!findPostgresBin()) {
    const reason =
      'no PostgreSQL (no initdb/pg_ctl under /usr/lib/postgresql/*/bin and no TEST_DATABASE_URL)';
    if (isCI) fail(name, `${reason}: CI must run the integration tests on PostgreSQL too`);
    else skip(name, reason);
  } else {
    let cluster = null;
    const t0 = Date.now();
    try {
      cluster = await startThrowawayPostgres({ fast: true });
      console.log(
        `throwaway PostgreSQL at ${cluster.url} (${cluster.binDir}, started in ${Date.now() - t0} ms)`,
      );
    } catch (error) {
      fail(name, `could not start a throwaway PostgreSQL: ${error.message}`);
    }
    if (cluster) {
      try {
        await vitest(`${name} (throwaway cluster)`, 'integration', {
          ...process.env,
          TEST_DATABASE_URL: cluster.url,
        });
      } finally {
        cluster.stopSync();
      }
    }
  }
}

if (wanted('browser')) {
  let built = true;
  if (existsSync('web/index.html')) {
    built = await check('build the web app (npm run build:web)', 'npm', ['run', '--silent', 'build:web']);
  } else {
    console.log('\n(no web/index.html yet: nothing to build)');
  }
  const name = 'browser tests (Chromium)';
  if (!existsSync(chromiumPath)) {
    const reason = `no Chromium at ${chromiumPath}`;
    if (isCI) fail(name, `${reason}: CI must run the browser tests`);
    else skip(name, reason);
  } else if (!built) {
    fail(name, 'not run: the web app did not build');
  } else if (!hasTests('tests/browser')) {
    skip(name, 'no browser tests in tests/browser yet');
  } else {
    await vitest(name, 'browser', { ...process.env, CHROMIUM_PATH: chromiumPath });
  }
}

// ── summary ──────────────────────────────────────────────────────────────────────────────────
const total = { passed: 0, failed: 0, skipped: 0 };
for (const r of results) {
  total.passed += r.passed;
  total.failed += r.failed;
  total.skipped += r.skipped;
}
const line = '━'.repeat(100);
console.log(
  `\n${paint('1', line)}\n${paint('1', 'Summary')}  (${((Date.now() - started) / 1000).toFixed(0)} s; per step: passed/failed/skipped)`,
);
for (const r of results) {
  const mark =
    r.status === 'passed'
      ? paint('32', 'PASS')
      : r.status === 'failed'
        ? paint('31', 'FAIL')
        : paint('33', 'SKIP');
  const counts = `${r.passed}/${r.failed}/${r.skipped}`.padStart(11);
  console.log(
    `  ${mark}  ${r.name.padEnd(58)} ${counts}  ${(r.ms / 1000).toFixed(1).padStart(6)} s${r.status !== 'passed' && r.note ? `  ${r.note}` : ''}`,
  );
}
for (const failure of failures) console.log(`  ${paint('31', '✘')} ${failure}`);
console.log(paint('1', line));
process.exitCode = total.failed > 0 || results.length === 0 ? 1 : 0;
console.log(
  `${total.passed} passed, ${total.failed} failed${total.skipped > 0 ? `, ${total.skipped} skipped` : ''}`,
);
