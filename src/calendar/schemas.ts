import { z } from 'zod';
import { presentedAs } from '../auth/present.ts';

/** Whether the reader has a live feed address; the address itself is shown only when made. */
export const feedStatus = presentedAs(
  'self',
  z.object({ active: z.boolean(), createdAt: z.string().nullable(), lastUsedAt: z.string().nullable() }),
);

export const newFeed = presentedAs('self', z.object({ url: z.string(), createdAt: z.string() }));

/** Any text: whatever is not a live token is "not found" (404), never a validation error that says more. */
export const feedParams = z.strictObject({ token: z.string() });

/** From 30 days back to a year ahead (issue 8 §3). */
export const FEED_DAYS_BACK = 30;
export const FEED_DAYS_AHEAD = 365;
