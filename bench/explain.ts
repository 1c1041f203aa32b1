import type { CompiledQuery } from 'kysely';
import type pg from 'pg';
import { labelOf } from './capture.ts';
import { summarize } from './stats.ts';

/** Where the SQL time of one request goes: per statement, its mean round trip and EXPLAIN ANALYZE. */
export interface StatementFigures {
  label: string;
  mean: number;
  p95: number;
  explainMs: number | null;
  planMs: number | null;
}

export interface SlowestPlan {
  label: string;
  sql: string;
  plan: string;
}

const timeIn = (plan: string, what: 'Execution' | 'Planning') => {
  const m = new RegExp(`${what} Time: ([\\d.]+) ms`).exec(plan);
  return m ? Number(m[1]) : null;
};

/**
 * EXPLAIN (ANALYZE, BUFFERS) of every statement (writes rolled back; the third of three runs, warm),
 * with the round trips measured per statement; the plan of the slowest statement (by mean) kept.
 */
export async function explainStatements(
  pool: pg.Pool,
  queries: CompiledQuery[],
  perStatement: number[][],
): Promise<{ statements: StatementFigures[]; slowestPlan: SlowestPlan | null }> {
  const statements: StatementFigures[] = [];
  let slowest: SlowestPlan | null = null;
  let slowestMs = -1;
  // A `set local` in the request's transaction shapes the plans after it: replay them, don't explain them.
  const settings: string[] = [];
  const client = await pool.connect();
  try {
    for (const [i, q] of queries.entries()) {
      const label = labelOf(q.sql);
      const s = summarize(perStatement[i] ?? []);
      let explainMs: number | null = null;
      let planMs: number | null = null;
      if (/^\s*set\b/i.test(q.sql)) settings.push(q.sql);
      else if (label !== 'begin' && label !== 'commit') {
        await client.query('begin');
        try {
          for (const setting of settings) await client.query(setting);
          let plan = '';
          for (let k = 0; k < 3; k++) {
            const r = await client.query(`EXPLAIN (ANALYZE, BUFFERS) ${q.sql}`, q.parameters as unknown[]);
            plan = r.rows.map((row: Record<string, string>) => row['QUERY PLAN']).join('\n');
          }
          explainMs = timeIn(plan, 'Execution');
          planMs = timeIn(plan, 'Planning');
          if (s.mean > slowestMs) {
            slowestMs = s.mean;
            slowest = { label, sql: q.sql, plan };
          }
        } finally {
          await client.query('rollback');
        }
      }
      statements.push({ label, mean: s.mean, p95: s.p95, explainMs, planMs });
    }
  } finally {
    client.release();
  }
  return { statements, slowestPlan: slowest };
}
