import type { Db } from '../platform/db.ts';
import { conflict } from '../platform/errors.ts';
import {
  findOrganisation,
  findPartnershipByParties,
  insertOrganisation,
  insertPartnership,
  partnershipNameTaken,
  updatePartnershipTargets,
} from './queries.ts';

export interface PartnershipParties {
  municipality: string;
  institution: string;
  /** A target present here is stored; one left out keeps what the partnership had. */
  targets?: { admitted?: number; closerShare?: number } | undefined;
}

export interface EnsuredPartnership {
  id: string;
  municipalityId: string;
  created: boolean;
  targetsChanged: boolean;
}

/** The default name of a partnership created by an import; the leaders can rename it. */
export const partnershipName = (municipality: string, institution: string) =>
  `${municipality} / ${institution}`;

/**
 * The partnership between a municipality and an institution, found by the parties' names or
 * created with them; writes nothing when it already is as described.
 */
export async function ensurePartnership(tx: Db, parties: PartnershipParties): Promise<EnsuredPartnership> {
  const municipalityId = await ensureOrganisation(tx, 'municipality', parties.municipality);
  const institutionId = await ensureOrganisation(tx, 'institution', parties.institution);
  const targets = parties.targets ?? {};
  const existing = await findPartnershipByParties(tx, municipalityId, institutionId);
  if (!existing) {
    const name = partnershipName(parties.municipality, parties.institution);
    if (await partnershipNameTaken(tx, name)) {
      throw conflict(`another partnership is already named "${name}"; rename it and import again`);
    }
    const id = await insertPartnership(tx, {
      municipality_id: municipalityId,
      institution_id: institutionId,
      name,
      target_admitted: targets.admitted ?? null,
      target_closer_share: targets.closerShare ?? null,
    });
    return { id, municipalityId, created: true, targetsChanged: false };
  }
  const change: { target_admitted?: number; target_closer_share?: number } = {};
  if (targets.admitted !== undefined && targets.admitted !== existing.target_admitted)
    change.target_admitted = targets.admitted;
  if (targets.closerShare !== undefined && targets.closerShare !== existing.target_closer_share)
    change.target_closer_share = targets.closerShare;
  const targetsChanged = Object.keys(change).length > 0;
  if (targetsChanged) await updatePartnershipTargets(tx, existing.id, change);
  return { id: existing.id, municipalityId, created: false, targetsChanged };
}

async function ensureOrganisation(tx: Db, kind: 'municipality' | 'institution', name: string) {
  return (await findOrganisation(tx, kind, name)) ?? (await insertOrganisation(tx, kind, name));
}
