import type pg from 'pg';
import type { Captured } from './capture.ts';
import { explainStatements, type SlowestPlan, type StatementFigures } from './explain.ts';
import type { BenchOptions } from './options.ts';
import { type Summary, summarize } from './stats.ts';

/** The captured SQL of a request replayed through a pg pool: one at a time, and N at a time. */
export interface SqlResult {
  sequential: Summary;
  /** errors: replays that failed, as the app's requests do, when the pool had no connection within its 5 s. */
  concurrent: (Summary & { connections: number; rps: number; errors: number }) | null;
  statements: StatementFigures[];
  slowestPlan: SlowestPlan | null;
}

/** One request's statements: the session lookup on the pool, the rest in one transaction. */
async function replayOnce(pool: pg.Pool, c: Captured, perStatement?: number[][]) {
  let i = 0;
  const time = async (run: () => Promise<unknown>) => {
    const t = performance.now();
    await run();
    perStatement?.[i]?.push(performance.now() - t);
    i++;
  };
  for (const q of c.session) await time(() => pool.query(q.sql, q.parameters as unknown[]));
  const client = await pool.connect();
  try {
    for (const q of c.tx) await time(() => client.query(q.sql, q.parameters as unknown[]));
  } catch (error) {
    await client.query('rollback').catch(() => {});
    throw error;
  } finally {
    client.release();
  }
}

/** Milliseconds a replay took, added to `into`. */
async function timedReplay(into: number[], pool: pg.Pool, c: Captured, perStatement?: number[][]) {
  const t = performance.now();
  await replayOnce(pool, c, perStatement);
  into.push(performance.now() - t);
}

/** The same concurrency as the HTTP load, for half its duration (at least 3 s). */
async function replayConcurrently(
  pool: pg.Pool,
  captures: Captured[],
  options: Pick<BenchOptions, 'connections' | 'duration'>,
): Promise<NonNullable<SqlResult['concurrent']>> {
  const latencies: number[] = [];
  let errors = 0;
  const seconds = Math.max(3, options.duration / 2);
  const until = performance.now() + seconds * 1000;
  let n = 0;
  const t0 = performance.now();
  await Promise.all(
    Array.from({ length: options.connections }, async () => {
      while (performance.now() < until)
        await timedReplay(latencies, pool, captures[n++ % captures.length]!).catch((error: Error) => {
          if (!/timeout exceeded when trying to connect/.test(error.message)) throw error;
          errors++;
        });
    }),
  );
  const elapsed = (performance.now() - t0) / 1000;
  return {
    ...summarize(latencies),
    connections: options.connections,
    rps: latencies.length / elapsed,
    errors,
  };
}

/**
 * Replays the captured requests in turn: warm-up, then one at a time with a per-statement breakdown,
 * then (when `concurrent`, over a pool as big as the app's) N at a time; EXPLAIN ANALYZE last.
 */
export async function measureSql(
  pool: pg.Pool,
  captures: Captured[],
  concurrent: boolean,
  options: Pick<BenchOptions, 'sqlIterations' | 'connections' | 'duration'>,
): Promise<SqlResult> {
  const first = captures[0]!;
  const all = [...first.session, ...first.tx];
  for (let i = 0; i < Math.min(30, options.sqlIterations); i++)
    await replayOnce(pool, captures[i % captures.length]!);
  const perStatement = all.map(() => [] as number[]);
  const sequential: number[] = [];
  for (let i = 0; i < options.sqlIterations; i++) {
    const c = captures[i % captures.length]!;
    await timedReplay(sequential, pool, c, c.tx.length === first.tx.length ? perStatement : undefined);
  }
  const concurrentResult = concurrent ? await replayConcurrently(pool, captures, options) : null;
  const { statements, slowestPlan } = await explainStatements(pool, all, perStatement);
  return { sequential: summarize(sequential), concurrent: concurrentResult, statements, slowestPlan };
}
