import { type ChildProcess, fork } from 'node:child_process';
import { closeSync, openSync } from 'node:fs';
import path from 'node:path';
import { PASSWORD, root } from './options.ts';

/** The app under load in its own process (bench/server.ts), and its HTTP sign-in and reads. */
let server: ChildProcess | null = null;
process.on('exit', () => server?.kill('SIGKILL'));

export async function startServer(
  env: Record<string, string>,
  logFile: string,
  logLevel: string,
): Promise<{ url: string; pid: number }> {
  const fd = openSync(logFile, 'w');
  const child = fork(path.join(root, 'bench', 'server.ts'), [], {
    cwd: root,
    // BENCH_CPU_PROF=dir writes a V8 CPU profile of the app under load, to find where its time goes.
    execArgv: [
      '--import',
      'tsx',
      ...(process.env.BENCH_CPU_PROF ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_CPU_PROF}`] : []),
    ],
    env: { ...process.env, ...env, BENCH_LOG_LEVEL: logLevel },
    stdio: ['ignore', fd, fd, 'ipc'],
  });
  closeSync(fd);
  server = child;
  const port = await new Promise<number>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`the bench server did not start in 60 s (see ${logFile})`)),
      60_000,
    );
    child.once('message', (m: { port: number }) => {
      clearTimeout(timer);
      resolve(m.port);
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`the bench server exited with ${code} (see ${logFile})`));
    });
  });
  return { url: `http://127.0.0.1:${port}`, pid: child.pid ?? 0 };
}

export async function stopServer() {
  const child = server;
  if (!child || child.exitCode !== null) return;
  await new Promise<void>((resolve) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      resolve();
    }, 10_000);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
    child.kill('SIGTERM');
  });
  server = null;
}

/** Signs in through the API; the session cookie. */
export async function signIn(baseUrl: string, username: string): Promise<string> {
  const res = await fetch(`${baseUrl}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password: PASSWORD }),
  });
  if (res.status !== 200) throw new Error(`sign-in as ${username}: ${res.status} ${await res.text()}`);
  const cookie = res.headers.get('set-cookie')?.split(';')[0];
  if (!cookie) throw new Error('sign-in set no cookie');
  return cookie;
}

export async function getJson<T>(baseUrl: string, cookie: string, p: string): Promise<T> {
  const res = await fetch(baseUrl + p, { headers: { cookie } });
  if (res.status !== 200) throw new Error(`GET ${p}: ${res.status} ${await res.text()}`);
  return (await res.json()) as T;
}
