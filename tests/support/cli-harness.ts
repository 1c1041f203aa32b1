import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { type DatabaseHandle, openDatabase } from '../../src/platform/db.ts';

/**
 * Test support: runs the real CLI as a child process against its own database, an embedded one
 * in a temporary VIVIRK_DATA_DIR, or a new database on TEST_DATABASE_URL's server when set.
 */

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

export interface CliTarget {
  /** The environment that points the CLI at this database. */
  env: Record<string, string>;
  /** Opens the database from the test (not while a CLI process has an embedded one open). */
  open(): Promise<DatabaseHandle>;
  run(...args: string[]): Promise<CliResult>;
  dispose(): Promise<void>;
}

export async function cliTarget(): Promise<CliTarget> {
  const serverUrl = process.env.TEST_DATABASE_URL;
  if (serverUrl) {
    const name = `vivirk_cli_${randomBytes(6).toString('hex')}`;
    await adminQuery(serverUrl, `CREATE DATABASE ${name}`);
    const url = new URL(serverUrl);
    url.pathname = `/${name}`;
    const env = { DATABASE_URL: url.toString(), VIVIRK_DATA_DIR: '' };
    return {
      env,
      open: () => openDatabase({ databaseUrl: env.DATABASE_URL, poolSize: 2 }),
      run: (...args) => runCli(args, env),
      dispose: () => adminQuery(serverUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`),
    };
  }
  const dir = mkdtempSync(path.join(os.tmpdir(), 'vivirk-cli-'));
  const env = { DATABASE_URL: '', VIVIRK_DATA_DIR: dir };
  return {
    env,
    open: () => openDatabase({ dataDir: dir }),
    run: (...args) => runCli(args, env),
    dispose: async () => rmSync(dir, { recursive: true, force: true }),
  };
}

async function adminQuery(serverUrl: string, sql: string) {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/** `tsx src/cli.ts ...args`, as `npm run cli -- ...args` runs it, without npm's banner. */
export function runCli(args: readonly string[], env: Record<string, string>): Promise<CliResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', path.join(root, 'src/cli.ts'), ...args], {
      cwd: root,
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => {
      stdout += chunk;
    });
    child.stderr.on('data', (chunk) => {
      stderr += chunk;
    });
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}
