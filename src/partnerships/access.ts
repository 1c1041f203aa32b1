import type { Actor } from '../auth/actor.ts';
import type { Scope } from '../auth/scope.ts';
import { notFound } from '../platform/errors.ts';
import { findPartnership, type PartnershipSummary } from './queries.ts';

/**
 * The development group (DOMAIN.md glossary): the leaders, youth coordinators and caseworkers of
 * the partnership's two parties. They, and only they, see the partnership's report.
 */
export const developmentGroupRoles: ReadonlySet<string> = new Set([
  'leader',
  'youthCoordinator',
  'caseworker',
]);

/** The organisations in which the actor sits in a development group. */
export function developmentGroupOrganisations(actor: Actor): string[] {
  return [
    ...new Set(
      actor.memberships.filter((m) => developmentGroupRoles.has(m.role)).map((m) => m.organisationId),
    ),
  ];
}

export function mayReadReport(
  actor: Actor,
  partnership: { municipalityId: string; institutionId: string },
): boolean {
  const mine = developmentGroupOrganisations(actor);
  return mine.includes(partnership.municipalityId) || mine.includes(partnership.institutionId);
}

/**
 * The partnership for a member of its development group; to anyone else it does not exist (404).
 * Every partnership-level route starts here: the report, the dashboard, its rows and print, what
 * the courses owe, the agreement, coordination formats and the partnership's own meetings.
 */
export async function developmentGroupPartnership(
  scope: Scope,
  partnershipId: string,
): Promise<PartnershipSummary> {
  const partnership = await findPartnership(scope.tx, partnershipId);
  if (!partnership || !mayReadReport(scope.actor, partnership)) throw notFound('partnership');
  return partnership;
}
