import { type AuditEntry, audit } from '../audit/audit.ts';
import type { Db } from '../platform/db.ts';
import { type ParticipantPlan, planChanges } from './plan.ts';

// Rows per INSERT: well under PostgreSQL's 65,535 bind parameters for any of these tables.
const BATCH = 1000;

async function insertMany<T>(rows: readonly T[], insert: (batch: T[]) => Promise<unknown>) {
  for (let i = 0; i < rows.length; i += BATCH) await insert(rows.slice(i, i + BATCH));
}

/**
 * Carries out a batch of participant plans in the caller's transaction, parents before children,
 * with one audit row (purpose 'import', no actor) per participant that actually changed.
 */
export async function applyPlans(tx: Db, plans: readonly ParticipantPlan[], municipalityId: string) {
  const participantInserts = plans.flatMap((p) =>
    p.participant && 'insert' in p.participant ? [p.participant.insert] : [],
  );
  await insertMany(participantInserts, (rows) => tx.insertInto('participants').values(rows).execute());
  for (const p of plans) {
    if (p.participant && 'update' in p.participant)
      await tx
        .updateTable('participants')
        .set(p.participant.update)
        .where('id', '=', p.participantId)
        .execute();
  }

  const courseInserts = plans.flatMap((p) => (p.course && 'insert' in p.course ? [p.course.insert] : []));
  await insertMany(courseInserts, (rows) => tx.insertInto('courses').values(rows).execute());
  for (const p of plans) {
    if (p.course && 'update' in p.course)
      await tx.updateTable('courses').set(p.course.update).where('id', '=', p.courseId).execute();
  }
  await insertMany(
    plans.flatMap((p) => p.history),
    (rows) => tx.insertInto('course_status_history').values(rows).execute(),
  );
  await insertMany(
    plans.flatMap((p) => p.historyDeletes),
    (ids) =>
      tx
        .deleteFrom('course_status_history')
        .where('id', 'in', ids)
        .where('imported_change', '=', true)
        .execute(),
  );

  await insertMany(
    plans.flatMap((p) => (p.consentInsert ? [p.consentInsert] : [])),
    (rows) => tx.insertInto('consents').values(rows).execute(),
  );
  for (const w of plans.flatMap((p) => p.consentWithdrawals)) {
    await tx.updateTable('consents').set({ withdrawn_on: w.withdrawn_on }).where('id', '=', w.id).execute();
  }

  await insertMany(
    plans.flatMap((p) => p.measurementInserts),
    (rows) => tx.insertInto('measurements').values(rows).execute(),
  );
  for (const u of plans.flatMap((p) => p.measurementUpdates)) {
    await tx.updateTable('measurements').set({ scores: u.scores }).where('id', '=', u.id).execute();
  }
  const deletes = plans.flatMap((p) => p.measurementDeletes);
  await insertMany(deletes, (ids) => tx.deleteFrom('measurements').where('id', 'in', ids).execute());

  await insertMany(
    plans.flatMap((p) => p.letterInserts),
    (rows) => tx.insertInto('status_letters').values(rows).execute(),
  );
  for (const u of plans.flatMap((p) => p.letterUpdates)) {
    await tx.updateTable('status_letters').set({ body: u.body }).where('id', '=', u.id).execute();
  }
  await insertMany(
    plans.flatMap((p) => p.letterDeletes),
    (ids) =>
      tx.deleteFrom('status_letters').where('id', 'in', ids).where('recorded_by', 'is', null).execute(),
  );

  await insertMany(auditEntries(plans, municipalityId), (entries) => audit(tx, null, entries));
}

function auditEntries(plans: readonly ParticipantPlan[], municipalityId: string): AuditEntry[] {
  return plans.flatMap((p) => {
    const changes = planChanges(p);
    if (changes.length === 0) return [];
    return [
      {
        action: 'participant.import',
        purpose: 'import' as const,
        participantId: p.participantId,
        courseId: p.courseId,
        municipalityId,
        objectType: 'participant',
        objectId: p.participantId,
        // Codes and counts only: which parts changed, never the values.
        detail: {
          created: p.participantCreated,
          changes,
          measurements: {
            added: p.measurementInserts.length,
            updated: p.measurementUpdates.length,
            removed: p.measurementDeletes.length,
          },
          statusLetters: {
            added: p.letterInserts.length,
            updated: p.letterUpdates.length,
            removed: p.letterDeletes.length,
          },
        },
      },
    ];
  });
}
