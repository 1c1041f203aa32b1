import { z } from 'zod';
import { presentedAs } from '../auth/present.ts';
import { isoDate } from '../platform/schemas.ts';

export const dueParams = z.strictObject({ id: z.uuid() });
export const dueQuery = z.strictObject({ asOf: isoDate });

/** DOMAIN.md "Interchange": what a partnership's courses owe as of a day, the same from CLI and API. */
export const dueList = presentedAs(
  'statistics',
  z.object({
    asOf: z.string(),
    items: z.array(
      z.object({
        /** The participant's ref (the interchange `ref` where the course came from a file). */
        participant: z.string(),
        kind: z.enum(['measurement', 'statusLetter']),
        due: z.string(),
        overdue: z.boolean(),
      }),
    ),
  }),
);
export type DueList = z.infer<typeof dueList>;
