import { type Compilable, type Expression, sql } from 'kysely';
import type { Actor } from '../auth/actor.ts';
import type { Db } from '../platform/db.ts';
import type { AuditAction } from './actions.ts';

/** Why personal data was touched; stored with every audit row. */
export type Purpose =
  | 'courseWork'
  | 'ownRecord'
  | 'statistics'
  | 'import'
  | 'signIn'
  | 'demo'
  | 'administration';

export interface AuditEntry {
  action: AuditAction;
  /** 'refused': an attempt the access rules turned down (written after its transaction rolled back). */
  outcome?: 'ok' | 'refused';
  purpose: Purpose;
  participantId?: string | null;
  courseId?: string | null;
  municipalityId?: string | null;
  objectType?: string | null;
  objectId?: string | null;
  /** Ids, counts and codes only: never names, notes or other personal data. */
  detail?: Record<string, unknown>;
}

/** Appends audit rows in the caller's transaction, so the record and its audit stand or fall together. */
export async function audit(tx: Db, actor: Pick<Actor, 'userId'> | null, entries: AuditEntry | AuditEntry[]) {
  const list = Array.isArray(entries) ? entries : [entries];
  if (list.length === 0) return;
  if (list.length === 1) await insertAudit(tx, actor, list).execute();
  else await insertAuditRows(actor, list).execute(tx);
}

/**
 * Many rows as one statement of fixed text: one array a column instead of ten parameters a row (a
 * caseload of 57 courses audits 57 reads; building and sending its 570 parameters was a tenth of
 * the request's CPU).
 */
function insertAuditRows(actor: Pick<Actor, 'userId'> | null, list: AuditEntry[]) {
  const column = (of: (e: AuditEntry) => string | null | undefined) => list.map((e) => of(e) ?? null);
  return sql`insert into audit_log (actor_user_id, action, purpose, participant_id, course_id,
      municipality_id, object_type, object_id, detail, outcome)
    select ${actor?.userId ?? null}::uuid, r.* from unnest(${column((e) => e.action)}::text[],
      ${column((e) => e.purpose)}::text[], ${column((e) => e.participantId)}::uuid[],
      ${column((e) => e.courseId)}::uuid[], ${column((e) => e.municipalityId)}::uuid[],
      ${column((e) => e.objectType)}::text[], ${column((e) => e.objectId)}::text[],
      ${column((e) => (e.detail ? JSON.stringify(e.detail) : null))}::jsonb[],
      ${column((e) => e.outcome ?? 'ok')}::text[]) as r`;
}

/**
 * Audit detail computed in SQL from what the read returned: each value an expression over `rows`,
 * the read's own rows (e.g. sql`(select count(*) from rows)`), merged into the entry's `detail`.
 */
export type DetailOfRows = Record<string, Expression<unknown>>;

/**
 * A read and its audit row in one statement (the insert as a data-modifying CTE): PostgreSQL runs a
 * statement as one transaction, so the read and its audit stand or fall together without a begin and
 * a commit around them.
 *
 * With `ofRows` the read becomes the CTE `rows`, the audit row's detail takes those values as well
 * (its count of rows read, say), and the statement returns `select * from rows`: the rows of the CTE
 * in the order the read produced them (PostgreSQL scans a materialised CTE in that order).
 */
export async function readAudited<O>(
  db: Db,
  actor: Pick<Actor, 'userId'>,
  entry: AuditEntry,
  query: Compilable<O>,
  ofRows?: DetailOfRows,
): Promise<O[]> {
  const statement = ofRows
    ? sql<O>`with rows as (${query}), audited as (${insertAudit(db, actor, [entry], ofRows)}) select * from rows`
    : sql<O>`with audited as (${insertAudit(db, actor, [entry])}) ${query}`;
  const { rows } = await statement.execute(db);
  return rows;
}

function insertAudit(tx: Db, actor: Pick<Actor, 'userId'> | null, list: AuditEntry[], ofRows?: DetailOfRows) {
  return tx.insertInto('audit_log').values(
    list.map((e) => ({
      actor_user_id: actor?.userId ?? null,
      action: e.action,
      purpose: e.purpose,
      participant_id: e.participantId ?? null,
      course_id: e.courseId ?? null,
      municipality_id: e.municipalityId ?? null,
      object_type: e.objectType ?? null,
      object_id: e.objectId ?? null,
      detail: ofRows ? detailWith(e.detail, ofRows) : e.detail ? JSON.stringify(e.detail) : null,
      outcome: e.outcome ?? 'ok',
    })),
  );
}

/** The entry's detail (jsonb, as `audit` writes it) with the values computed from the read's rows. */
function detailWith(detail: AuditEntry['detail'], ofRows: DetailOfRows) {
  const computed = Object.entries(ofRows).map(([key, value]) => sql`${key}::text, ${value}`);
  return sql<string>`${JSON.stringify(detail ?? {})}::jsonb || jsonb_build_object(${sql.join(computed)})`;
}
