import { type CompiledQuery, Kysely, PostgresDialect } from 'kysely';
import type pg from 'pg';
import type { CourseGrant } from '../src/auth/access.ts';
import type { Actor } from '../src/auth/actor.ts';
import { sessionOf } from '../src/auth/sessions.ts';
import type { Database } from '../src/platform/schema.ts';

/** The raw SQL of one request: the exact statements the service runs, through Kysely's query log. */
export interface Captured {
  /** Outside the transaction, on any pooled connection: the session lookup. */
  session: CompiledQuery[];
  /** The grant check and the transaction, replayed on one connection (BEGIN/COMMIT added when Kysely does not log them). */
  tx: CompiledQuery[];
}

/** Runs the service exactly as the route does, recording every statement it sends. */
export async function capture(
  pool: pg.Pool,
  cookie: string,
  work: (db: Kysely<Database>, actor: Actor, grants: Map<string, CourseGrant> | null) => Promise<unknown>,
  /** A course read: the session lookup carries the course's grant, and the read is one statement. */
  course?: string,
): Promise<Captured> {
  const queries: CompiledQuery[] = [];
  // Not destroyed: that would end the shared pool.
  const db = new Kysely<Database>({
    dialect: new PostgresDialect({ pool }),
    log: (event) => {
      if (event.level === 'query') queries.push(event.query);
    },
  });
  const sid = decodeURIComponent(cookie.slice(cookie.indexOf('=') + 1));
  const found = await sessionOf(db, sid, course);
  if (!found) throw new Error('capture: the session is not valid');
  const actor: Actor = found.actor;
  // The app touches the session at most every 30 s: not part of a typical request.
  const session = queries.splice(0).filter((q) => !/^update "sessions"/i.test(q.sql));
  await work(db, actor, found.courseGrants);
  const tx = queries.splice(0);
  if (!course && !/^begin/i.test(tx[0]?.sql ?? '')) {
    tx.unshift({ sql: 'begin', parameters: [] } as unknown as CompiledQuery);
    tx.push({ sql: 'commit', parameters: [] } as unknown as CompiledQuery);
  }
  return { session, tx };
}

/** A short name for a captured statement: known shapes first, else verb + first quoted table. */
export const labelOf = (sql: string) => {
  const s = sql.replace(/\s+/g, ' ').trim().toLowerCase();
  const verb = s.split(' ')[0] ?? '';
  if (verb === 'begin' || verb === 'commit') return verb;
  if (s.includes('from "sessions"')) return 'session lookup';
  if (s.includes('from "memberships"')) return 'memberships';
  if (s.includes('as "consented"')) return 'course grants (access)';
  if (s.includes('"present_days"')) return 'caseload rows';
  if (s.includes('"pt"."cpr_encrypted"')) return 'find course';
  if (s.includes('from "course_team" as "ct" inner join "users"')) return 'list team';
  if (s.includes('from "course_status_history"')) return 'status history';
  if (s.startsWith('insert into "audit_log"')) return 'audit insert';
  const table = /\b(?:from|into|update) "([a-z_]+)"/.exec(s)?.[1] ?? '?';
  return `${verb} ${table}`;
};
