import { z } from 'zod';
import { isoDate } from '../platform/schemas.ts';

export const consentPurpose = z.enum(['shareWithMunicipality', 'shareWithCompany', 'statistics']);

export const consentView = z.object({
  id: z.string(),
  purpose: consentPurpose,
  recipient: z.object({ id: z.string(), name: z.string() }).nullable(),
  givenOn: z.string(),
  withdrawnOn: z.string().nullable(),
  active: z.boolean(),
});
export type ConsentView = z.infer<typeof consentView>;

export const giveConsentBody = z
  .strictObject({
    purpose: consentPurpose,
    recipientOrganisationId: z.uuid().nullable().optional(),
    givenOn: isoDate,
  })
  .refine((v) => (v.purpose === 'shareWithCompany') === !!v.recipientOrganisationId, {
    message: 'a company is named for sharing with a company, and only then',
    path: ['recipientOrganisationId'],
  });
export type GiveConsent = z.infer<typeof giveConsentBody>;

export const consentParams = z.strictObject({ courseId: z.uuid(), consentId: z.uuid() });
export const withdrawBody = z.strictObject({ withdrawnOn: isoDate.optional() }).nullish();
