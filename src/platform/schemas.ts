import { z } from 'zod';
import { isValidIsoDate } from './dates.ts';
import { isStorableText } from './text.ts';
import { tracks } from './tracks.ts';

/** Shared building blocks for request and response schemas. */
export const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date YYYY-MM-DD')
  .refine(isValidIsoDate, 'not a real calendar date');

/** Free text, trimmed, within bounds, and storable (see text.ts). */
export const storableText = (max: number, min = 0) =>
  z
    .string()
    .trim()
    .min(min, 'must not be empty')
    .max(max)
    .refine(isStorableText, 'contains characters that cannot be stored');

export const courseParams = z.strictObject({ courseId: z.uuid() });

export const errorBody = z.object({
  error: z.object({ code: z.string(), message: z.string(), field: z.string().nullable() }),
});

/** The seven parallel tracks (§7.2, src/platform/tracks.ts); a goal or note may name one. */
export { tracks };
export const track = z.enum(tracks);
