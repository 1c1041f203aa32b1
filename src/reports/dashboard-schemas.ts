import { z } from 'zod';
import { presentedAs } from '../auth/present.ts';
import { outcomeTypes } from '../courses/outcomes.ts';
import { isoDate } from '../platform/schemas.ts';
import { partnershipReport } from './schemas.ts';

/**
 * The partnership's dashboard (DOMAIN.md "The partnership's view"): the report object exactly as
 * `cli report --json` gives it, plus the figures only the dashboard and the printed report show.
 * Every figure is as of `asOf`; docs/decisions.md "The partnership's figures" says whom each counts.
 */
export const dashboard = presentedAs(
  'dashboard',
  z.object({
    partnership: z.object({
      id: z.string(),
      name: z.string(),
      municipality: z.string(),
      institution: z.string(),
    }),
    asOf: z.string(),
    report: partnershipReport,
    /** The current agreement's version (null: none yet, the model's template counts). */
    agreementVersion: z.number().int().nullable(),
    /** Outcomes against the agreement's target split; actual = count ÷ all courses ending in any group. */
    outcomeSplit: z.array(
      z.object({
        label: z.string(),
        outcomes: z.array(z.enum(outcomeTypes)),
        target: z.number(),
        count: z.number().int(),
        actual: z.number().nullable(),
      }),
    ),
    /** Attendance per calendar month, the twelve months up to asOf (participants in statistics). */
    attendance: z.array(
      z.object({
        month: z.string(),
        present: z.number().int(),
        absent: z.number().int(),
        /** present ÷ registered days; null when nothing was registered. */
        share: z.number().nullable(),
      }),
    ),
    /** What the active courses owe (DOMAIN.md "Due dates"): overdue, and due within the next 30 days. */
    due: z.object({
      measurements: z.object({ dueSoon: z.number().int(), overdue: z.number().int() }),
      statusLetters: z.object({ dueSoon: z.number().int(), overdue: z.number().int() }),
    }),
    /** Referral to first contact, over courses with both dates on or before asOf (in statistics). */
    firstContact: z.object({
      courses: z.number().int(),
      averageDays: z.number().nullable(),
      withinPromise: z.number().int(),
      promiseDays: z.number().int(),
    }),
  }),
);
export type Dashboard = z.infer<typeof dashboard>;

export const dashboardQuery = z.strictObject({ asOf: isoDate });
