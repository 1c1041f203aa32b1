import { sql } from 'kysely';
import type { Intervals } from '../due/rules.ts';
import type { Db } from '../platform/db.ts';
import type { Party } from './agreement-schemas.ts';
import type { AgreementTerms } from './terms.ts';

/** The SQL of the partnership agreement (migrations/020): versions are only ever added. */

const people = (tx: Db) =>
  tx
    .selectFrom('partnership_agreements as a')
    .leftJoin('users as cu', 'cu.id', 'a.changed_by')
    .leftJoin('users as mu', 'mu.id', 'a.municipality_approved_by')
    .leftJoin('users as iu', 'iu.id', 'a.institution_approved_by')
    .selectAll('a')
    .select([
      'cu.display_name as changed_by_name',
      'mu.display_name as municipality_approver_name',
      'iu.display_name as institution_approver_name',
    ]);

export type AgreementRow = Awaited<ReturnType<typeof findVersion>> & {};

export function findVersion(tx: Db, partnershipId: string, version: number) {
  return people(tx)
    .where('a.partnership_id', '=', partnershipId)
    .where('a.version', '=', version)
    .executeTakeFirst();
}

export function latestVersion(tx: Db, partnershipId: string) {
  return people(tx)
    .where('a.partnership_id', '=', partnershipId)
    .orderBy('a.version', 'desc')
    .limit(1)
    .executeTakeFirst();
}

export function listVersions(tx: Db, partnershipId: string) {
  return people(tx).where('a.partnership_id', '=', partnershipId).orderBy('a.version', 'desc').execute();
}

/**
 * The next version, only when the newest is still `expected` (null: none yet; 'any': whatever is
 * newest). The unique (partnership, version) key makes two saves at once end in one winner.
 */
export async function insertVersion(
  tx: Db,
  partnershipId: string,
  expected: number | null | 'any',
  values: { terms: AgreementTerms; changeNote: string; changedBy: string },
): Promise<number | null> {
  const newest = await tx
    .selectFrom('partnership_agreements')
    .select(sql<number>`coalesce(max(version), 0)::int`.as('version'))
    .where('partnership_id', '=', partnershipId)
    .executeTakeFirstOrThrow();
  if (expected !== 'any' && (expected ?? 0) !== newest.version) return null;
  const version = newest.version + 1;
  const inserted = await tx
    .insertInto('partnership_agreements')
    .values({
      partnership_id: partnershipId,
      version,
      terms: JSON.stringify(values.terms),
      change_note: values.changeNote,
      changed_by: values.changedBy,
    })
    .onConflict((oc) => oc.columns(['partnership_id', 'version']).doNothing())
    .returning('version')
    .executeTakeFirst();
  return inserted?.version ?? null;
}

/** Records one party's approval; a second approval by that party keeps the first. */
export async function approveVersion(
  tx: Db,
  partnershipId: string,
  version: number,
  party: Party,
  userId: string,
): Promise<boolean> {
  const now = new Date();
  const base = tx
    .updateTable('partnership_agreements')
    .where('partnership_id', '=', partnershipId)
    .where('version', '=', version);
  const result =
    party === 'municipality'
      ? await base
          .set({ municipality_approved_by: userId, municipality_approved_at: now })
          .where('municipality_approved_by', 'is', null)
          .executeTakeFirst()
      : await base
          .set({ institution_approved_by: userId, institution_approved_at: now })
          .where('institution_approved_by', 'is', null)
          .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

/**
 * What the rest of the product computes with, copied from the saved terms onto the partnership:
 * the targets the report compares with, the first-contact promise and the due intervals.
 */
export async function copyTermsToPartnership(tx: Db, partnershipId: string, terms: AgreementTerms) {
  const intervals: Intervals = terms.documentation;
  await tx
    .updateTable('partnerships')
    .set({
      target_admitted: terms.goals.intakeTarget,
      target_closer_share: terms.goals.closerShareTarget,
      first_contact_promise_days: terms.goals.firstContactDays,
      baseline_months: intervals.baselineMonths,
      measurement_months: intervals.measurementMonths,
      status_letter_months: intervals.statusLetterMonths,
    })
    .where('id', '=', partnershipId)
    .execute();
}

/** The partnership's current targets and promise: what a first version starts from. */
export function partnershipTargets(tx: Db, partnershipId: string) {
  return tx
    .selectFrom('partnerships')
    .select(['target_admitted', 'target_closer_share', 'first_contact_promise_days'])
    .where('id', '=', partnershipId)
    .executeTakeFirstOrThrow();
}
