import type { Actor } from '../auth/actor.ts';
import { developmentGroupRoles } from '../partnerships/access.ts';
import type { Db } from '../platform/db.ts';

/**
 * Who reads and writes a municipality's cross-sectoral initiatives (docs/decisions.md,
 * "Cross-sectoral initiatives"). An initiative is the municipality's own plan and names no young
 * person, so the question is only whose portfolio it is:
 * - read: the municipality's staff in development-group roles (leader, youth coordinator,
 *   caseworker), and the development group of an institution in partnership with it (the whole
 *   portfolio: the institution is one of the actors the initiatives are planned with);
 * - write: the municipality's leaders and caseworkers.
 * Everyone else gets 404, as for anything else they may not see.
 */
export const initiativeWriterRoles: ReadonlySet<string> = new Set(['leader', 'caseworker']);

export interface InitiativeAccess {
  /** Municipalities whose portfolio the actor reads. */
  reads: string[];
  /** Municipalities whose initiatives the actor creates and changes. */
  writes: string[];
}

export async function initiativeAccess(tx: Db, actor: Actor): Promise<InitiativeAccess> {
  const reads = new Set<string>();
  const writes = new Set<string>();
  const institutions: string[] = [];
  for (const m of actor.memberships) {
    if (!developmentGroupRoles.has(m.role)) continue;
    if (m.organisationKind === 'municipality') {
      reads.add(m.organisationId);
      if (initiativeWriterRoles.has(m.role)) writes.add(m.organisationId);
    }
    if (m.organisationKind === 'institution') institutions.push(m.organisationId);
  }
  if (institutions.length > 0) {
    const partnered = await tx
      .selectFrom('partnerships')
      .select('municipality_id')
      .where('institution_id', 'in', institutions)
      .execute();
    for (const p of partnered) reads.add(p.municipality_id);
  }
  return { reads: [...reads], writes: [...writes] };
}

/** Whether the actor may open the initiatives page at all (the nav link, the list). */
export const readsAny = (access: InitiativeAccess) => access.reads.length > 0;
