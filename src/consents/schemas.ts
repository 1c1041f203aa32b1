import { z } from 'zod';
import { presentedAs } from '../auth/present.ts';
import { isoDate } from '../platform/schemas.ts';
import { consentCategories } from './categories.ts';

export const consentPurpose = z.enum(['shareWithMunicipality', 'shareWithCompany', 'statistics']);
export type ConsentPurpose = z.infer<typeof consentPurpose>;
export const consentCategory = z.enum(consentCategories);

export const consentView = presentedAs(
  'consent',
  z.object({
    id: z.string(),
    purpose: consentPurpose,
    recipient: z.object({ id: z.string(), name: z.string() }).nullable(),
    /** What is shared (src/consents/categories.ts); empty for statistics. */
    categories: z.array(consentCategory),
    givenOn: z.string(),
    withdrawnOn: z.string().nullable(),
    active: z.boolean(),
    /** The consent this one narrowed, if any: the history of what was shared stays. */
    replacesConsentId: z.string().nullable(),
  }),
);
export type ConsentView = z.infer<typeof consentView>;
export const consentList = presentedAs('consentList', z.object({ consents: z.array(consentView) }));
export const consentSaved = presentedAs('consentSaved', z.object({ consent: consentView }));
export const consentRecipients = presentedAs(
  'consentRecipients',
  z.object({ companies: z.array(z.object({ id: z.string(), name: z.string() })) }),
);

const categoryList = z.array(consentCategory).max(consentCategories.length);

export const giveConsentBody = z
  .strictObject({
    purpose: consentPurpose,
    recipientOrganisationId: z.uuid().nullable().optional(),
    /** What may be shared; without it, the purpose's least useful default (categories.ts). */
    categories: categoryList.optional(),
    givenOn: isoDate,
  })
  .refine((v) => (v.purpose === 'shareWithCompany') === !!v.recipientOrganisationId, {
    message: 'a company is named for sharing with a company, and only then',
    path: ['recipientOrganisationId'],
  });
export type GiveConsent = z.infer<typeof giveConsentBody>;

export const consentParams = z.strictObject({ courseId: z.uuid(), consentId: z.uuid() });
export const withdrawBody = z.strictObject({ withdrawnOn: isoDate.optional() }).nullish();
/** Narrowing keeps some of the categories: at least one (sharing none is a withdrawal). */
export const narrowBody = z.strictObject({
  categories: categoryList.min(1, 'keep at least one category, or withdraw'),
});
