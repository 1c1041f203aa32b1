import { z } from 'zod';
import { presentedAs } from '../auth/present.ts';
import { meetingKinds, meetingStatuses } from '../meetings/kinds.ts';
import { daysBetween } from '../platform/dates.ts';
import { isoDate } from '../platform/schemas.ts';

/** The longest period one request may ask for: a year and a day (a list view's longest). */
export const MAX_PERIOD_DAYS = 366;

export const overviewQuery = z
  .strictObject({ from: isoDate, to: isoDate })
  .refine((q) => q.to >= q.from, { message: 'must not be before from', path: ['to'] })
  .refine((q) => q.to < q.from || daysBetween(q.from, q.to) <= MAX_PERIOD_DAYS, {
    message: `at most ${MAX_PERIOD_DAYS} days after from`,
    path: ['to'],
  });

/** One meeting in the shared overview; what of it the reader receives is the view policy's. */
export const overviewMeeting = z.object({
  id: z.string(),
  kind: z.enum(meetingKinds),
  title: z.string(),
  startsAt: z.string(),
  endsAt: z.string(),
  place: z.string(),
  status: z.enum(meetingStatuses),
  /** Whether the reader is on the invitation. */
  invited: z.boolean(),
  /** null: one of the partnership's own meetings. */
  course: z.object({ id: z.string(), participantName: z.string().optional() }).nullable(),
  partnership: z.object({ id: z.string(), name: z.string() }),
});
export type OverviewMeeting = z.infer<typeof overviewMeeting>;

export const meetingOverview = presentedAs(
  'meetingOverview',
  z.object({ from: isoDate, to: isoDate, meetings: z.array(overviewMeeting) }),
);

export const partnershipMeetingParams = z.strictObject({ meetingId: z.uuid() });
export const partnershipMeeting = presentedAs('partnershipMeeting', z.object({ meeting: overviewMeeting }));
