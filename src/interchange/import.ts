import { randomUUID } from 'node:crypto';
import { defaultInstrumentId } from '../measurements/instrument.ts';
import { ensurePartnership } from '../partnerships/service.ts';
import { type IsoDate, today as todayIn } from '../platform/dates.ts';
import type { Db } from '../platform/db.ts';
import { loadExisting } from './existing.ts';
import { type PlanContext, planChanges, planParticipant } from './plan.ts';
import type { InterchangeDocument } from './types.ts';
import { applyPlans } from './write.ts';

export interface ImportOptions {
  /** The import's day (default: today in Copenhagen): when withdrawals and reopenings count from. */
  today?: IsoDate;
  /** Called after each batch of participants is written. */
  onProgress?: (done: number, total: number) => void;
  batchSize?: number;
}

export interface ImportSummary {
  partnershipId: string;
  partnershipCreated: boolean;
  targetsChanged: boolean;
  participants: { total: number; created: number; changed: number; unchanged: number };
  measurements: { added: number; updated: number; removed: number };
}

/**
 * Imports a validated interchange document in one transaction: all of it or nothing. Matches
 * participants by partnership and ref and writes only what differs, so importing the same file
 * again writes no row at all (and no audit row either).
 */
export async function importInterchange(
  db: Db,
  document: InterchangeDocument,
  options: ImportOptions = {},
): Promise<ImportSummary> {
  const batchSize = options.batchSize ?? 500;
  return db.transaction().execute(async (tx) => {
    const partnership = await ensurePartnership(tx, document.partnership);
    const existing = partnership.created ? new Map() : await loadExisting(tx, partnership.id);
    const ctx: PlanContext = {
      partnershipId: partnership.id,
      municipalityId: partnership.municipalityId,
      instrumentId: await defaultInstrumentId(tx),
      today: options.today ?? todayIn(),
      newId: randomUUID,
    };
    const summary: ImportSummary = {
      partnershipId: partnership.id,
      partnershipCreated: partnership.created,
      targetsChanged: partnership.targetsChanged,
      participants: { total: document.participants.length, created: 0, changed: 0, unchanged: 0 },
      measurements: { added: 0, updated: 0, removed: 0 },
    };
    const all = document.participants;
    for (let start = 0; start < all.length; start += batchSize) {
      const plans = all
        .slice(start, start + batchSize)
        .map((p) => planParticipant(p, existing.get(p.ref) ?? emptyState(), ctx));
      await applyPlans(tx, plans, ctx.municipalityId);
      for (const plan of plans) count(summary, plan);
      options.onProgress?.(Math.min(start + batchSize, all.length), all.length);
    }
    return summary;
  });
}

const emptyState = () => ({ statisticsConsents: [], measurements: [], importedChanges: [], letters: [] });

function count(summary: ImportSummary, plan: ReturnType<typeof planParticipant>) {
  if (plan.participantCreated) summary.participants.created += 1;
  else if (planChanges(plan).length > 0) summary.participants.changed += 1;
  else summary.participants.unchanged += 1;
  summary.measurements.added += plan.measurementInserts.length;
  summary.measurements.updated += plan.measurementUpdates.length;
  summary.measurements.removed += plan.measurementDeletes.length;
}
