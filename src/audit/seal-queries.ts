import { sql } from 'kysely';
import type { Db } from '../platform/db.ts';

/** The newest seal: where the chain goes on. */
export const lastSeal = (db: Db) =>
  db
    .selectFrom('audit_seals')
    .select(['seq', 'chain_hash', 'audit_id'])
    .orderBy('seq', 'desc')
    .limit(1)
    .executeTakeFirst();

/**
 * Unsealed audit rows written before the horizon, oldest first, with their content hash. Rows are
 * looked for a window below the newest sealed id too: a transaction that committed late.
 */
export const unsealedRows = (db: Db, after: number, horizonSeconds: number, limit: number) =>
  db
    .selectFrom('audit_log as a')
    .select(['a.id', sql<string>`audit_row_hash(a)`.as('row_hash')])
    .where('a.id', '>', after)
    .where('a.written_at', '<', sql<Date>`clock_timestamp() - make_interval(secs => ${horizonSeconds})`)
    .where(({ not, exists, selectFrom }) =>
      not(exists(selectFrom('audit_seals as s').select('s.seq').whereRef('s.audit_id', '=', 'a.id'))),
    )
    .orderBy('a.id')
    .limit(limit)
    .execute();

export const insertSeals = (
  db: Db,
  seals: Array<{ seq: number; audit_id: number; row_hash: string; prev_hash: string; chain_hash: string }>,
) => (seals.length ? db.insertInto('audit_seals').values(seals).execute() : Promise.resolve());

/** Seals in chain order from `fromSeq`, each with the current hash of the row it seals (null: the row is gone). */
export const sealsWithRows = (db: Db, fromSeq: number, limit: number) =>
  db
    .selectFrom('audit_seals as s')
    .leftJoin('audit_log as a', 'a.id', 's.audit_id')
    .select([
      's.seq',
      's.audit_id',
      's.row_hash',
      's.prev_hash',
      's.chain_hash',
      sql<string | null>`case when a.id is null then null else audit_row_hash(a) end`.as('current_hash'),
    ])
    .where('s.seq', '>=', fromSeq)
    .orderBy('s.seq')
    .limit(limit)
    .execute();

/** Audit rows older than the horizon that no seal covers: forged after sealing, or their seal removed. */
export const unsealedBefore = (db: Db, horizonSeconds: number) =>
  db
    .selectFrom('audit_log as a')
    .select(['a.id'])
    .where('a.written_at', '<', sql<Date>`clock_timestamp() - make_interval(secs => ${horizonSeconds})`)
    .where(({ not, exists, selectFrom }) =>
      not(exists(selectFrom('audit_seals as s').select('s.seq').whereRef('s.audit_id', '=', 'a.id'))),
    )
    .orderBy('a.id')
    .limit(1)
    .executeTakeFirst();

export const lockSealing = (db: Db) => sql`SELECT pg_advisory_xact_lock(727275)`.execute(db);
