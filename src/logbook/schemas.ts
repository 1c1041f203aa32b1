import { z } from 'zod';
import { presentedAs } from '../auth/present.ts';
import { noteView } from '../journal/schemas.ts';
import { isoDate, track } from '../platform/schemas.ts';
import { letterView } from '../status-letters/schemas.ts';

/** The logbook's filters: what kind, which track (notes only), which days (both inclusive). */
export const logbookQuery = z
  .strictObject({
    kind: z.enum(['note', 'letter']).optional(),
    track: track.optional(),
    from: isoDate.optional(),
    to: isoDate.optional(),
  })
  .refine((q) => !q.from || !q.to || q.from <= q.to, { message: 'from must not be after to', path: ['to'] });
export type LogbookQuery = z.infer<typeof logbookQuery>;

export const logbookEntry = presentedAs(
  'logbookEntry',
  z.object({
    kind: z.enum(['note', 'letter']),
    /** A note's day, or the day a letter was approved. */
    date: z.string(),
    note: noteView.optional(),
    letter: letterView.optional(),
  }),
);
export type LogbookEntry = z.infer<typeof logbookEntry>;

export const logbook = presentedAs('logbook', z.object({ entries: z.array(logbookEntry) }));
