import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

/** The bench's flags (or BENCH_* env), and the few constants every part of it shares. */

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const PASSWORD = 'bench-password';
export const APP_POOL_SIZE = 10; // openDatabase's default, as src/main.ts runs it

export const log = (line = '') => console.log(line);

export type DbKind = 'postgres' | 'pglite';

export interface BenchOptions {
  participants: number;
  notes: number;
  days: number;
  goals: number;
  measurements: number;
  duration: number;
  connections: number;
  sqlIterations: number;
  /** Renders of the 3-year letter PDF (bench/letter-pdf.ts). */
  letterRenders: number;
  /** Renders of the half-yearly report PDF (bench/report-pdf.ts). */
  reportRenders: number;
  pgliteParticipants: number;
  db: 'both' | DbKind;
  logLevel: string;
  /** Extra settings for the throwaway cluster, e.g. "synchronous_commit=off,shared_buffers=512MB". */
  pgSettings: string[];
  /** Only the scenarios whose key contains one of these (e.g. "dashboard,report PDF"); empty: all. */
  only: string[];
  /**
   * Lighthouse on the web app (bench/web-perf.ts), on the PostgreSQL run only: builds web/dist
   * first. On by default; --no-lighthouse (or BENCH_LIGHTHOUSE=0) skips both for a quick run.
   */
  lighthouse: boolean;
  // ── national volume (issue 11): bench/national.ts ──
  /** Months between a course's measurements (6; the national volume: 1). */
  measurementMonths: number;
  /** --national: PostgreSQL at `participants` and at `nationalParticipants`, the same per-course volume. */
  national: boolean;
  nationalParticipants: number;
}

const HELP =
  'npm run bench -- [--participants 2000] [--notes 50] [--days 365] [--goals 3] [--measurements 4]\n' +
  '  [--duration 10] [--connections 50] [--db both|postgres|pglite] [--pglite-participants 500]\n' +
  '  [--sql-iterations 300] [--letter-renders 50] [--report-renders 30] [--log-level info|silent] [--pg-settings name=value,…]\n' +
  '  [--only dashboard,report PDF] (only the scenarios whose name contains one of these)\n' +
  '  [--no-lighthouse] (skip building the web app and Lighthouse on it; --lighthouse: on, the default)\n' +
  '  [--measurement-months 6] [--national [--national-participants 50000]] (PostgreSQL at 2,000 and at national volume:\n' +
  '   150 notes, 3 years of attendance, monthly measurements per course; compared endpoint by endpoint)\n' +
  '  (each also as BENCH_<NAME> in the environment)\n' +
  'BENCH_DATABASE_URL: an existing PostgreSQL server to use instead of a throwaway cluster.';

/** Parses the command line; prints the usage and exits on --help, throws on a bad value. */
export function readOptions(): BenchOptions {
  const { values: args } = parseArgs({
    options: {
      participants: { type: 'string' },
      notes: { type: 'string' },
      days: { type: 'string' },
      goals: { type: 'string' },
      measurements: { type: 'string' },
      duration: { type: 'string' },
      connections: { type: 'string' },
      db: { type: 'string' },
      'pglite-participants': { type: 'string' },
      'sql-iterations': { type: 'string' },
      'letter-renders': { type: 'string' },
      'report-renders': { type: 'string' },
      'log-level': { type: 'string' },
      'pg-settings': { type: 'string' },
      only: { type: 'string' },
      lighthouse: { type: 'boolean' },
      'no-lighthouse': { type: 'boolean' },
      'measurement-months': { type: 'string' },
      national: { type: 'boolean' },
      'national-participants': { type: 'string' },
      help: { type: 'boolean' },
    },
  });
  if (args.help) {
    console.log(HELP);
    process.exit(0);
  }
  const opt = (name: keyof typeof args, fallback: number): number => {
    const raw =
      (args[name] as string | undefined) ?? process.env[`BENCH_${name.toUpperCase().replace(/-/g, '_')}`];
    const n = raw === undefined ? fallback : Number(raw);
    if (!Number.isFinite(n) || n < 0) throw new Error(`--${name} must be a number`);
    return n;
  };
  const participants = opt('participants', 2000);
  const options: BenchOptions = {
    participants,
    notes: opt('notes', 50),
    days: opt('days', 365),
    goals: opt('goals', 3),
    measurements: opt('measurements', 4),
    duration: opt('duration', 10),
    connections: opt('connections', 50),
    sqlIterations: opt('sql-iterations', 300),
    letterRenders: opt('letter-renders', 50),
    reportRenders: opt('report-renders', 30),
    pgliteParticipants: opt('pglite-participants', Math.min(participants, 500)),
    db: (args.db ?? process.env.BENCH_DB ?? 'both') as BenchOptions['db'],
    logLevel: args['log-level'] ?? process.env.BENCH_LOG_LEVEL ?? 'info',
    pgSettings: (args['pg-settings'] ?? process.env.BENCH_PG_SETTINGS ?? '').split(',').filter(Boolean),
    only: (args.only ?? process.env.BENCH_ONLY ?? '')
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean),
    lighthouse: args['no-lighthouse']
      ? false
      : (args.lighthouse ?? !['0', 'false', 'no', 'off'].includes(process.env.BENCH_LIGHTHOUSE ?? '')),
    measurementMonths: opt('measurement-months', 6),
    national: args.national ?? process.env.BENCH_NATIONAL === '1',
    nationalParticipants: opt('national-participants', 50_000),
  };
  if (args.lighthouse && args['no-lighthouse']) throw new Error('--lighthouse or --no-lighthouse, not both');
  if (!['both', 'postgres', 'pglite'].includes(options.db))
    throw new Error('--db is both, postgres or pglite');
  return options;
}
