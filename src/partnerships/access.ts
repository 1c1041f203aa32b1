import type { Actor } from '../auth/actor.ts';

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
