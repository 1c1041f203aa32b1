import { z } from 'zod';
import { presentedAs } from '../auth/present.ts';
import { storableText } from '../platform/schemas.ts';
import { organisationRoles } from './create-user.ts';

export const organisationKind = z.enum(['municipality', 'institution', 'company', 'other']);
export const organisationRole = z.enum(organisationRoles);

const organisation = z.object({ id: z.string(), kind: organisationKind, name: z.string() });
export const adminOverview = presentedAs(
  'administration',
  z.object({
    organisations: z.array(organisation),
    users: z.array(
      z.object({
        id: z.string(),
        username: z.string(),
        displayName: z.string(),
        disabled: z.boolean(),
        memberships: z.array(
          z.object({ organisationId: z.string(), organisationName: z.string(), role: z.string() }),
        ),
      }),
    ),
    partnerships: z.array(
      z.object({ id: z.string(), name: z.string(), municipality: z.string(), institution: z.string() }),
    ),
  }),
);
export const organisationCreated = presentedAs('administration', z.object({ organisation }));
export const userCreated = presentedAs(
  'administration',
  z.object({ user: z.object({ id: z.string(), username: z.string() }), password: z.string() }),
);
export const partnershipCreated = presentedAs(
  'administration',
  z.object({ partnership: z.object({ id: z.string() }) }),
);

export const newOrganisation = z.strictObject({ kind: organisationKind, name: storableText(200, 1) });
export const newUser = z.strictObject({
  username: storableText(64, 2),
  displayName: storableText(200, 1),
  organisationId: z.uuid(),
  role: organisationRole,
});
export const membership = z.strictObject({ organisationId: z.uuid(), role: organisationRole });
export const userParams = z.strictObject({ userId: z.uuid() });
export const newPartnership = z.strictObject({
  name: storableText(200, 1),
  municipalityId: z.uuid(),
  institutionId: z.uuid(),
});
