import { z } from 'zod';
import { presentedAs } from '../auth/present.ts';
import { isoDate } from '../platform/schemas.ts';

/** A count or share across partnerships: null and `suppressed` when it is too small to show (suppress.ts). */
const shown = z.object({ value: z.number().nullable(), suppressed: z.boolean() });

/**
 * The headline figures of every partnership the reader's development group belongs to, side by
 * side (DOMAIN.md "The partnership's view"), each as of `asOf` and small-number suppressed.
 */
export const partnershipComparison = presentedAs(
  'partnershipComparison',
  z.object({
    asOf: z.string(),
    /** The smallest count shown; smaller ones are hidden. */
    minShown: z.number().int(),
    items: z.array(
      z.object({
        partnership: z.object({
          id: z.string(),
          name: z.string(),
          municipality: z.string(),
          institution: z.string(),
        }),
        admitted: shown,
        targetAdmitted: z.number().int().nullable(),
        inStatistics: shown,
        atLeastOneYear: shown,
        closer: shown,
        closerShare: shown,
        targetCloserShare: z.number().nullable(),
        /** Every outcome type and `ongoing`, over the participants in statistics. */
        outcomes: z.record(z.string(), shown),
        feltHeard: z.object({ answers: shown, share: shown }),
      }),
    ),
  }),
);
export type PartnershipComparison = z.infer<typeof partnershipComparison>;

export const compareQuery = z.strictObject({ asOf: isoDate });
