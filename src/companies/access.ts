import type { Actor } from '../auth/actor.ts';
import type { Reader } from '../auth/view-policy.ts';
import type { Db } from '../platform/db.ts';

/**
 * Who works with an institution's company network (DOMAIN.md "Company collaboration"). A company
 * belongs to one institution's network, not to the installation: another partnership's staff
 * never see it, and a company mentor never sees the network at all.
 * - read: the institution's coordinators, workshop mentors, job consultants and leaders, and the
 *   caseworkers and leaders of a municipality in partnership with it;
 * - write: the institution's coordinators and job consultants (they find and keep the places).
 */
const institutionReaders: ReadonlySet<string> = new Set([
  'youthCoordinator',
  'workshopMentor',
  'jobConsultant',
  'leader',
]);
const institutionWriters: ReadonlySet<string> = new Set(['youthCoordinator', 'jobConsultant']);
const municipalityReaders: ReadonlySet<string> = new Set(['caseworker', 'leader']);

export interface NetworkAccess {
  /** Institutions whose network the actor reads. */
  reads: string[];
  /** Institutions whose network the actor changes. */
  writes: string[];
}

export async function networkAccess(tx: Db, actor: Actor): Promise<NetworkAccess> {
  const reads = new Set<string>();
  const writes = new Set<string>();
  const municipalities: string[] = [];
  for (const m of actor.memberships) {
    if (m.organisationKind === 'institution' && institutionReaders.has(m.role)) reads.add(m.organisationId);
    if (m.organisationKind === 'institution' && institutionWriters.has(m.role)) writes.add(m.organisationId);
    if (m.organisationKind === 'municipality' && municipalityReaders.has(m.role))
      municipalities.push(m.organisationId);
  }
  if (municipalities.length > 0) {
    const partnered = await tx
      .selectFrom('partnerships')
      .select('institution_id')
      .where('municipality_id', 'in', municipalities)
      .execute();
    for (const p of partnered) reads.add(p.institution_id);
  }
  return { reads: [...reads], writes: [...writes] };
}

/** What the network's readers receive of it: the network itself, nothing of any young person. */
export const networkReader: Reader = {
  side: 'self',
  organisationId: null,
  classes: new Set(['public', 'self', 'companies']),
};
