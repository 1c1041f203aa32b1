import { z } from 'zod';
import { presentedAs } from '../auth/present.ts';
import { feltHeardAnswers, meetingKinds } from '../meetings/kinds.ts';

const ownMeeting = z.object({
  id: z.string(),
  kind: z.enum(meetingKinds),
  title: z.string(),
  startsAt: z.string(),
  endsAt: z.string(),
  place: z.string(),
});
export type OwnMeeting = z.infer<typeof ownMeeting>;

/** The young person's own meetings: the next ones, and the held ones still asking "Følte du dig hørt?". */
export const ownMeetings = presentedAs(
  'ownMeetings',
  z.object({ upcoming: z.array(ownMeeting), askFeltHeard: z.array(ownMeeting) }),
);

export const feltHeardParams = z.strictObject({ courseId: z.uuid(), meetingId: z.uuid() });
export const feltHeardBody = z.strictObject({ answer: z.enum(feltHeardAnswers) });

export const feltHeardSaved = presentedAs(
  'feltHeardSaved',
  z.object({ meetingId: z.string(), answer: z.enum(feltHeardAnswers), meetingDay: z.string() }),
);
