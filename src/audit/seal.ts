import { createHash } from 'node:crypto';
import type { Db } from '../platform/db.ts';
import {
  insertSeals,
  lastSeal,
  lockSealing,
  sealsWithRows,
  unsealedBefore,
  unsealedRows,
} from './seal-queries.ts';

/** Rows younger than this may still belong to an open transaction: sealed on a later pass. */
export const SEAL_HORIZON_SECONDS = 5;
/** How far below the newest sealed row a late-committed row is still looked for. */
const LATE_WINDOW = 10_000;
const BATCH = 2_000;

export const chainHash = (prev: string, row: string) =>
  createHash('sha256').update(`${prev}|${row}`).digest('hex');

/**
 * Extends the chain over the audit rows written since the last pass, in one transaction under an
 * advisory lock (two processes never interleave). Returns how many rows were sealed.
 */
export async function sealPending(
  db: Db,
  horizonSeconds = SEAL_HORIZON_SECONDS,
  /** The server seals one batch per tick: the embedded database has one connection to share with requests. */
  maxBatches = Number.POSITIVE_INFINITY,
): Promise<number> {
  let total = 0;
  for (let batch = 0; batch < maxBatches; batch++) {
    const sealed = await db.transaction().execute(async (tx) => {
      await lockSealing(tx);
      const last = await lastSeal(tx);
      const rows = await unsealedRows(
        tx,
        Math.max(0, (last?.audit_id ?? 0) - LATE_WINDOW),
        horizonSeconds,
        BATCH,
      );
      let seq = last?.seq ?? 0;
      let prev = last?.chain_hash ?? '';
      const seals = rows.map((r) => {
        seq += 1;
        const seal = {
          seq,
          audit_id: r.id,
          row_hash: r.row_hash,
          prev_hash: prev,
          chain_hash: chainHash(prev, r.row_hash),
        };
        prev = seal.chain_hash;
        return seal;
      });
      await insertSeals(tx, seals);
      return seals.length;
    });
    total += sealed;
    if (sealed < BATCH) return total;
  }
  return total;
}

export type Verdict =
  | { ok: true; sealed: number }
  | { ok: false; sealed: number; seq: number | null; auditId: number; problem: string };

/** Walks the chain from the first seal and reports the first broken link. */
export async function verifyChain(db: Db, horizonSeconds = SEAL_HORIZON_SECONDS): Promise<Verdict> {
  let prev = '';
  let next = 1;
  let count = 0;
  for (;;) {
    const seals = await sealsWithRows(db, next, BATCH);
    for (const s of seals) {
      const broken = (problem: string): Verdict => ({
        ok: false,
        sealed: count,
        seq: s.seq,
        auditId: s.audit_id,
        problem,
      });
      if (s.seq !== next) return broken(`seal ${next} is missing`);
      if (s.prev_hash !== prev || s.chain_hash !== chainHash(s.prev_hash, s.row_hash))
        return broken('the seal does not follow from the one before (a seal was altered or removed)');
      if (s.current_hash === null) return broken('the audit row is gone (deleted)');
      if (s.current_hash !== s.row_hash) return broken('the audit row was altered after it was sealed');
      prev = s.chain_hash;
      next += 1;
      count += 1;
    }
    if (seals.length < BATCH) break;
  }
  const stray = await unsealedBefore(db, horizonSeconds + 60);
  if (stray)
    return {
      ok: false,
      sealed: count,
      seq: null,
      auditId: stray.id,
      problem: 'an old audit row has no seal (added afterwards?)',
    };
  return { ok: true, sealed: count };
}
