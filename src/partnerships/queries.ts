import type { Db } from '../platform/db.ts';

/** A partnership with its parties' names: what lists, reports and the CLI show. */
export interface PartnershipSummary {
  id: string;
  name: string;
  municipalityId: string;
  municipality: string;
  institutionId: string;
  institution: string;
  targetAdmitted: number | null;
  targetCloserShare: number | null;
}

function summaries(tx: Db) {
  return tx
    .selectFrom('partnerships as p')
    .innerJoin('organisations as m', 'm.id', 'p.municipality_id')
    .innerJoin('organisations as i', 'i.id', 'p.institution_id')
    .select([
      'p.id',
      'p.name',
      'p.municipality_id as municipalityId',
      'm.name as municipality',
      'p.institution_id as institutionId',
      'i.name as institution',
      'p.target_admitted as targetAdmitted',
      'p.target_closer_share as targetCloserShare',
    ])
    .orderBy('p.name');
}

export function listPartnerships(tx: Db): Promise<PartnershipSummary[]> {
  return summaries(tx).execute();
}

export function findPartnership(tx: Db, id: string): Promise<PartnershipSummary | undefined> {
  return summaries(tx).where('p.id', '=', id).executeTakeFirst();
}

/** The partnerships where one of these organisations is a party. */
export function partnershipsOf(tx: Db, organisationIds: readonly string[]): Promise<PartnershipSummary[]> {
  if (organisationIds.length === 0) return Promise.resolve([]);
  return summaries(tx)
    .where((eb) =>
      eb.or([eb('p.municipality_id', 'in', organisationIds), eb('p.institution_id', 'in', organisationIds)]),
    )
    .execute();
}

export async function findOrganisation(tx: Db, kind: 'municipality' | 'institution', name: string) {
  const row = await tx
    .selectFrom('organisations')
    .select('id')
    .where('kind', '=', kind)
    .where('name', '=', name)
    .executeTakeFirst();
  return row?.id;
}

export async function insertOrganisation(tx: Db, kind: 'municipality' | 'institution', name: string) {
  const row = await tx
    .insertInto('organisations')
    .values({ kind, name })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export function findPartnershipByParties(tx: Db, municipalityId: string, institutionId: string) {
  return tx
    .selectFrom('partnerships')
    .select(['id', 'name', 'target_admitted', 'target_closer_share'])
    .where('municipality_id', '=', municipalityId)
    .where('institution_id', '=', institutionId)
    .executeTakeFirst();
}

export async function partnershipNameTaken(tx: Db, name: string) {
  const row = await tx.selectFrom('partnerships').select('id').where('name', '=', name).executeTakeFirst();
  return row !== undefined;
}

export async function insertPartnership(
  tx: Db,
  values: {
    municipality_id: string;
    institution_id: string;
    name: string;
    target_admitted: number | null;
    target_closer_share: number | null;
  },
) {
  const row = await tx.insertInto('partnerships').values(values).returning('id').executeTakeFirstOrThrow();
  return row.id;
}

export async function updatePartnershipTargets(
  tx: Db,
  id: string,
  targets: { target_admitted?: number | null; target_closer_share?: number | null },
) {
  await tx.updateTable('partnerships').set(targets).where('id', '=', id).execute();
}

/** The partnership's newest agreement version, or undefined before the first is made. */
export function currentAgreement(tx: Db, partnershipId: string) {
  return tx
    .selectFrom('partnership_agreements')
    .selectAll()
    .where('partnership_id', '=', partnershipId)
    .orderBy('version', 'desc')
    .limit(1)
    .executeTakeFirst();
}
