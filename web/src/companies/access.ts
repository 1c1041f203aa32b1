import type { Me } from '../api/types.ts';

/** Mirrors src/companies/access.ts for the menu: the server decides which network, and refuses the rest. */
const institutionReaders = new Set(['youthCoordinator', 'workshopMentor', 'jobConsultant', 'leader']);
const municipalityReaders = new Set(['caseworker', 'leader']);
const institutionWriters = new Set(['youthCoordinator', 'jobConsultant']);

export const mayReadNetwork = (me: Me | null | undefined): boolean =>
  me?.user.memberships.some(
    (m) =>
      (m.organisationKind === 'institution' && institutionReaders.has(m.role)) ||
      (m.organisationKind === 'municipality' && municipalityReaders.has(m.role)),
  ) ?? false;

export const mayWriteNetwork = (me: Me | null | undefined): boolean =>
  me?.user.memberships.some((m) => m.organisationKind === 'institution' && institutionWriters.has(m.role)) ??
  false;

/** A company mentor's own page (/min-praktik). */
export const isCompanyMentor = (me: Me | null | undefined): boolean =>
  me?.user.memberships.some((m) => m.role === 'companyMentor') ?? false;
