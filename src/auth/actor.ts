export type OrganisationKind = 'municipality' | 'institution' | 'company' | 'other';

export interface Membership {
  organisationId: string;
  organisationName: string;
  organisationKind: OrganisationKind;
  role: string;
}

/** The signed-in person a request acts for. Contains no participant data. */
export interface Actor {
  userId: string;
  username: string;
  displayName: string;
  locale: 'da' | 'en';
  memberships: Membership[];
  sessionIdHash: string;
  csrfToken: string;
}

export function hasOrgRole(actor: Actor, role: string): Membership | undefined {
  return actor.memberships.find((m) => m.role === role);
}
