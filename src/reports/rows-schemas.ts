import { z } from 'zod';
import { presentedAs } from '../auth/present.ts';
import { isoDate } from '../platform/schemas.ts';
import { figureNames } from './figures.ts';

export const figureParams = z.strictObject({ id: z.uuid(), figure: z.enum(figureNames) });
/** `key`: the bar of a distribution (e.g. "female", "36", "ongoing"); only the distributions take one. */
export const figureQuery = z.strictObject({ asOf: isoDate, key: z.string().min(1).max(100).optional() });

/**
 * The rows behind one figure of the partnership's report (issue 10 §3): how many it counts, and by
 * name only those courses the reader works on (the rest are counted in `hidden`).
 */
export const figureRows = presentedAs(
  'figureRows',
  z.object({
    partnership: z.object({ id: z.string(), name: z.string() }),
    asOf: z.string(),
    figure: z.enum(figureNames),
    key: z.string().nullable(),
    /** The figure itself: every participant in statistics it counts, named or not. */
    total: z.number().int(),
    /** Counted in the figure, but on no course the reader may see. */
    hidden: z.number().int(),
    rows: z.array(
      z.object({
        courseId: z.string(),
        participantName: z.string(),
        ref: z.string(),
        startDate: z.string(),
        /** The figure this row is counted in: its class is the class of the value behind it. */
        figure: z.enum(figureNames),
        /** What the figure counted the course by (days, total development, gender, months…). */
        value: z.union([z.string(), z.number()]).nullable(),
      }),
    ),
  }),
);
export type FigureRows = z.infer<typeof figureRows>;
export type FigureRow = FigureRows['rows'][number];
