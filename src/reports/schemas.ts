import { z } from 'zod';
import { presentedAs } from '../auth/present.ts';
import { isoDate } from '../platform/schemas.ts';

const counts = z.record(z.string(), z.number().int());

/**
 * The partnership report (DOMAIN.md "Interchange"): the same object from the CLI (`report
 * --json`) and from the API. Distributions hold only keys that were observed.
 */
export const partnershipReport = presentedAs(
  'statistics',
  z.object({
    admitted: z.number().int(),
    inStatistics: z.number().int(),
    atLeastOneYear: z.number().int(),
    closerToLabourMarket: z.number().int(),
    /** closerToLabourMarket / atLeastOneYear; null when nobody has had a year yet. */
    closerShare: z.number().nullable(),
    targets: z.object({ admitted: z.number().int().nullable(), closerShare: z.number().nullable() }),
    byGender: counts,
    byAgeAtStart: counts,
    byDisabilityCombination: counts,
    byGrantedMonths: counts,
    outcomes: counts,
    /** "Følte du dig hørt?" over the meetings held on or before asOf (src/felt-heard/share.ts). */
    feltHeard: z.object({
      yes: z.number().int(),
      partly: z.number().int(),
      no: z.number().int(),
      /** yes ÷ all answers; null when there are none. */
      share: z.number().nullable(),
    }),
  }),
);
export type PartnershipReport = z.infer<typeof partnershipReport>;

export const reportParams = z.strictObject({ id: z.uuid() });
export const reportQuery = z.strictObject({ asOf: isoDate });

export const partnershipList = presentedAs(
  'self',
  z.object({
    items: z.array(
      z.object({ id: z.string(), name: z.string(), municipality: z.string(), institution: z.string() }),
    ),
  }),
);
