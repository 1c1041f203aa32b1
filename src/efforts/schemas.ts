import { z } from 'zod';
import { presentedAs } from '../auth/present.ts';
import { isoDate, storableText } from '../platform/schemas.ts';
import { effortKinds, legalBases } from './kinds.ts';

export const effortKind = z.enum(effortKinds);
export const legalBasis = z.enum(legalBases);

/** An e-mail address, or nothing: many providers are reached by phone only. */
const email = z.union([z.literal(''), z.email('expected an e-mail address').max(320)]);
const phone = storableText(40).refine((v) => /^[0-9+ ()-]*$/.test(v), 'expected a phone number');

const contactFields = {
  name: storableText(200),
  phone,
  email,
};
export const effortContact = z.strictObject(contactFields);

export const effortParams = z.strictObject({ courseId: z.uuid(), effortId: z.uuid() });

export const newEffort = z.strictObject({
  kind: effortKind,
  provider: storableText(300, 1),
  contact: effortContact.partial().optional(),
  startsOn: isoDate,
  endsOn: isoDate.nullable().optional(),
  legalBasis,
  note: storableText(2000).optional(),
});
export type NewEffort = z.infer<typeof newEffort>;

/** A change; ending an effort is a change that sets `endsOn` (its history stays). */
export const effortPatch = z
  .strictObject({
    kind: effortKind.optional(),
    provider: storableText(300, 1).optional(),
    contact: effortContact.partial().optional(),
    startsOn: isoDate.optional(),
    endsOn: isoDate.nullable().optional(),
    legalBasis: legalBasis.optional(),
    note: storableText(2000).optional(),
  })
  .refine(
    (p) =>
      Object.entries(p).some(([k, v]) => v !== undefined && k !== 'contact') ||
      Object.values(p.contact ?? {}).some((v) => v !== undefined),
    { message: 'nothing to change: give kind, provider, contact, startsOn, endsOn, legalBasis or note' },
  );
export type EffortPatch = z.infer<typeof effortPatch>;

export const effortView = presentedAs(
  'effort',
  z.object({
    id: z.string(),
    kind: effortKind,
    provider: z.string(),
    contact: z.object({ name: z.string(), phone: z.string(), email: z.string() }),
    startsOn: z.string(),
    endsOn: z.string().nullable(),
    legalBasis,
    note: z.string(),
    version: z.number().int(),
    updatedAt: z.string(),
  }),
);
export type EffortView = z.infer<typeof effortView>;

export const effortList = presentedAs('effortList', z.object({ efforts: z.array(effortView) }));
export const effortSaved = presentedAs('effortSaved', z.object({ effort: effortView }));
