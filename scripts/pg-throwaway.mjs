// A throwaway PostgreSQL cluster for tests and benchmarks: its own temp dir, a free port on
// 127.0.0.1, trust auth, gone again when stopped (also when the process exits or is signalled).
// Plain JavaScript so that `node scripts/test.mjs` can use it without a TypeScript loader.
import { execFileSync, spawnSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

/** The bin directory of the newest PostgreSQL server installed from Debian's packages, or null. */
export function findPostgresBin() {
  const root = process.env.PG_BIN_ROOT ?? '/usr/lib/postgresql';
  if (!existsSync(root)) return null;
  const versions = readdirSync(root)
    .filter(
      (v) =>
        existsSync(path.join(root, v, 'bin', 'initdb')) && existsSync(path.join(root, v, 'bin', 'pg_ctl')),
    )
    .sort((a, b) => Number.parseFloat(b) - Number.parseFloat(a));
  return versions.length > 0 ? path.join(root, versions[0], 'bin') : null;
}

/** A port that was free a moment ago on 127.0.0.1. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/** Process ids whose parent is `pid`, from /proc (no procps needed). */
function childrenOf(pid) {
  const children = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      // Fields after the command name, which is in parentheses and may contain spaces.
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const parent = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      if (parent === pid) children.push(Number(entry));
    } catch {
      // The process ended while we looked.
    }
  }
  return children;
}

/** A live process (a zombie waiting for its parent counts as gone). */
function isRunning(pid) {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2)[0] !== 'Z';
  } catch {
    return false;
  }
}

const live = new Set();
let hooksInstalled = false;

function installExitHooks() {
  if (hooksInstalled) return;
  hooksInstalled = true;
  process.on('exit', () => {
    for (const cluster of [...live]) cluster.stopSync();
  });
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
    process.once(signal, () => {
      for (const cluster of [...live]) cluster.stopSync();
      process.exit(128 + (os.constants.signals[signal] ?? 1));
    });
  }
}

/**
 * Starts a cluster and returns { url, port, dataDir, binDir, stop(), stopSync() }.
 * `fast: true` turns off fsync and synchronous commit (tests); leave it off for benchmarks.
 * As root, initdb and pg_ctl run as the `postgres` user (initdb refuses to run as root).
 */
export async function startThrowawayPostgres(options = {}) {
  const binDir = options.binDir ?? findPostgresBin();
  if (!binDir)
    throw new Error('no PostgreSQL server binaries (initdb, pg_ctl) under /usr/lib/postgresql/*/bin');
  const asRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  const run = (cmd, args) => {
    const full = path.join(binDir, cmd);
    const [file, argv] = asRoot ? ['runuser', ['-u', 'postgres', '--', full, ...args]] : [full, args];
    const result = spawnSync(file, argv, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    if (result.status !== 0) {
      const output = `${result.stdout ?? ''}${result.stderr ?? ''}${result.error ? String(result.error) : ''}`;
      throw new Error(`${cmd} failed (exit ${result.status}):\n${output.trim()}`);
    }
    return result.stdout;
  };

  const dir = mkdtempSync(path.join(os.tmpdir(), 'vivirk-pg-'));
  if (asRoot) {
    const uid = Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).trim());
    const gid = Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' }).trim());
    chownSync(dir, uid, gid);
  }
  const dataDir = path.join(dir, 'data');
  const logFile = path.join(dir, 'postgres.log');
  let port = 0;
  let stopped = false;
  let startOptions = '';

  const cluster = {
    url: '',
    port: 0,
    dataDir,
    binDir,
    logFile,
    /** Stops the server at once and removes its files. Safe to call twice. */
    stopSync() {
      if (stopped) return;
      stopped = true;
      live.delete(cluster);
      if (existsSync(path.join(dataDir, 'postmaster.pid'))) {
        try {
          run('pg_ctl', ['-D', dataDir, '-m', 'immediate', '-w', '-t', '30', 'stop']);
        } catch {
          // Already gone, or it never started: nothing to stop.
        }
      }
      rmSync(dir, { recursive: true, force: true });
    },
    async stop() {
      cluster.stopSync();
    },
    /**
     * Kills the postmaster and every server process with SIGKILL, as a crash or an OOM kill
     * would: no shutdown, no checkpoint. The files stay; `start()` brings the same cluster back.
     */
    crash() {
      const pidFile = path.join(dataDir, 'postmaster.pid');
      if (!existsSync(pidFile)) return;
      const postmaster = Number(readFileSync(pidFile, 'utf8').split('\n')[0]);
      const children = childrenOf(postmaster);
      const victims = [postmaster, ...children];
      for (const pid of victims) {
        try {
          process.kill(pid, 'SIGKILL');
        } catch {
          // Already gone.
        }
      }
      // Until they are gone the old shared memory is still attached and a new start would refuse.
      const deadline = Date.now() + 10_000;
      while (victims.some(isRunning) && Date.now() < deadline) spawnSync('sleep', ['0.05']);
      // Without an init that reaps orphans (a container) the dead postmaster stays a zombie, and
      // PostgreSQL would take the zombie's pid in the lock file for a live server.
      rmSync(pidFile, { force: true });
      rmSync(path.join(dir, `.s.PGSQL.${port}.lock`), { force: true });
    },
    /** Starts the (crashed or stopped) cluster again on the same port; resolves when it accepts connections. */
    start() {
      run('pg_ctl', ['-D', dataDir, '-l', logFile, '-o', startOptions, '-w', '-t', '60', 'start']);
    },
    /** Stops the server (fast shutdown), keeping its files for `start()`. */
    halt() {
      run('pg_ctl', ['-D', dataDir, '-m', 'fast', '-w', '-t', '30', 'stop']);
    },
    /** The last lines of the server log, for error messages. */
    logTail(lines = 30) {
      try {
        return readFileSync(logFile, 'utf8').split('\n').slice(-lines).join('\n');
      } catch {
        return '';
      }
    },
  };
  live.add(cluster);
  installExitHooks();

  try {
    run('initdb', ['-D', dataDir, '-U', 'postgres', '--auth=trust', '--encoding=UTF8', '--no-locale', '-N']);
    const settings = [
      "listen_addresses='127.0.0.1'",
      `unix_socket_directories='${dir}'`,
      'max_connections=200',
      ...(options.fast ? ['fsync=off', 'synchronous_commit=off', 'full_page_writes=off'] : []),
      ...(options.settings ?? []),
    ];
    // A port can be taken between probing and binding: try a few.
    let lastError;
    for (let attempt = 0; attempt < 5; attempt++) {
      port = await freePort();
      const opts = [`-p ${port}`, ...settings.map((s) => `-c ${s}`)].join(' ');
      startOptions = opts;
      try {
        run('pg_ctl', ['-D', dataDir, '-l', logFile, '-o', opts, '-w', '-t', '60', 'start']);
        lastError = undefined;
        break;
      } catch (error) {
        lastError = error;
      }
    }
    if (lastError) throw new Error(`${lastError.message}\n${cluster.logTail()}`);
  } catch (error) {
    cluster.stopSync();
    throw error;
  }
  cluster.port = port;
  cluster.url = `postgres://postgres@127.0.0.1:${port}/postgres`;
  return cluster;
}
