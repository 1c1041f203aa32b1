import { z } from 'zod';
import { presentedAs } from '../auth/present.ts';
import { isoDate, storableText } from '../platform/schemas.ts';
import {
  courseMeetingKinds,
  meetingStatuses,
  minutesMailStatuses,
  partnershipMeetingKinds,
} from './kinds.ts';

/** Where a course's meetings live, and the partnership's own. */
export const courseMeetingParams = z.strictObject({ courseId: z.uuid(), meetingId: z.uuid() });
export const courseTaskParams = z.strictObject({ courseId: z.uuid(), meetingId: z.uuid(), taskId: z.uuid() });
export const partnershipParams = z.strictObject({ id: z.uuid() });
export const partnershipMeetingParams = z.strictObject({ id: z.uuid(), meetingId: z.uuid() });
export const partnershipTaskParams = z.strictObject({ id: z.uuid(), meetingId: z.uuid(), taskId: z.uuid() });

/** A local time of day, HH:MM. */
const timeOfDay = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'expected a time HH:MM');

export const agendaItem = z.strictObject({ heading: storableText(300, 1), text: storableText(5000) });
const agenda = z.array(agendaItem).max(30);

export const invitee = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('user'), userId: z.uuid() }),
  z.strictObject({ kind: z.literal('youngPerson') }),
  z.strictObject({
    kind: z.literal('external'),
    name: storableText(200, 1),
    role: storableText(200).optional(),
    email: z.email().max(320).optional(),
  }),
]);
export type InviteeInput = z.infer<typeof invitee>;

const anyKind = z.enum([...courseMeetingKinds, ...partnershipMeetingKinds]);

/** The day and times are Copenhagen local time: what the planner sees on the wall clock. */
const planFields = {
  kind: anyKind,
  title: storableText(200).optional(),
  date: isoDate,
  startTime: timeOfDay,
  endTime: timeOfDay,
  place: storableText(300).optional(),
  hostId: z.uuid().nullable().optional(),
  chairId: z.uuid().nullable().optional(),
  invitees: z.array(invitee).max(60).optional(),
  /** Omitted: the template of the kind, in the planner's language. */
  agenda: agenda.optional(),
};
export const newMeeting = z.strictObject(planFields);
export type NewMeetingInput = z.infer<typeof newMeeting>;

export const meetingPatch = z
  .strictObject({
    ...planFields,
    kind: anyKind.optional(),
    date: isoDate.optional(),
    startTime: timeOfDay.optional(),
    endTime: timeOfDay.optional(),
    minutes: storableText(50000).optional(),
    decisions: z.array(storableText(2000, 1)).max(100).optional(),
  })
  .refine((p) => Object.values(p).some((v) => v !== undefined), { message: 'nothing to change' });
export type MeetingPatch = z.infer<typeof meetingPatch>;

/** Who was present: the ids of the invitees who came; every other invitee was absent. */
export const heldInput = z.strictObject({ present: z.array(z.uuid()).max(60) });

export const newTask = z
  .strictObject({
    title: storableText(500, 1),
    ownerId: z.uuid().optional(),
    ownerName: storableText(200, 1).optional(),
    deadline: isoDate.optional(),
  })
  .refine((t) => !(t.ownerId && t.ownerName), {
    message: 'give ownerId (a team member) or ownerName (an external person), not both',
    path: ['ownerName'],
  });
export type NewTask = z.infer<typeof newTask>;

export const taskPatch = z
  .strictObject({
    title: storableText(500, 1).optional(),
    ownerId: z.uuid().nullable().optional(),
    ownerName: storableText(200, 1).nullable().optional(),
    deadline: isoDate.nullable().optional(),
    done: z.boolean().optional(),
  })
  .refine((p) => Object.values(p).some((v) => v !== undefined), { message: 'nothing to change' });
export type TaskPatch = z.infer<typeof taskPatch>;

const person = z.object({ id: z.string(), displayName: z.string() });

export const taskView = presentedAs(
  'meetingTask',
  z.object({
    id: z.string(),
    title: z.string(),
    owner: z.object({ id: z.string().nullable(), name: z.string() }).nullable(),
    deadline: z.string().nullable(),
    done: z.boolean(),
    doneAt: z.string().nullable(),
    /** Whether the reader may mark it done: its owner, or someone who writes meetings. */
    mayMarkDone: z.boolean(),
    version: z.number().int(),
  }),
);
export type TaskView = z.infer<typeof taskView>;

export const inviteeView = presentedAs(
  'meetingInvitee',
  z.object({
    id: z.string(),
    kind: z.enum(['user', 'youngPerson', 'external']),
    userId: z.string().nullable(),
    name: z.string(),
    role: z.string().nullable(),
    email: z.string().nullable(),
    present: z.boolean().nullable(),
  }),
);

const minutesMail = z.object({
  at: z.string(),
  status: z.enum(minutesMailStatuses),
  recipients: z.array(z.string()),
});

const summaryFields = {
  id: z.string(),
  kind: anyKind,
  title: z.string(),
  startsAt: z.string(),
  endsAt: z.string(),
  place: z.string(),
  status: z.enum(meetingStatuses),
  minutesApproved: z.boolean(),
  openTasks: z.number().int(),
  version: z.number().int(),
};
export const meetingSummary = presentedAs('meetingSummary', z.object(summaryFields));
export type MeetingSummary = z.infer<typeof meetingSummary>;

export const meetingView = presentedAs(
  'meeting',
  z.object({
    ...summaryFields,
    host: person.nullable(),
    chair: person.nullable(),
    agenda: z.array(z.object({ heading: z.string(), text: z.string() })),
    invitees: z.array(inviteeView),
    minutes: z.string(),
    decisions: z.array(z.string()),
    minutesApprovedAt: z.string().nullable(),
    minutesApprovedBy: person.nullable(),
    minutesMail: minutesMail.nullable(),
    tasks: z.array(taskView),
  }),
);
export type MeetingView = z.infer<typeof meetingView>;

export const meetingList = presentedAs(
  'meetingList',
  z.object({ upcoming: z.array(meetingSummary), past: z.array(meetingSummary) }),
);
export const meetingSaved = presentedAs('meetingSaved', z.object({ meeting: meetingView }));
/** The approval (or a re-sending): the meeting, and how its minutes went out just now. */
export const minutesSent = presentedAs(
  'minutesSent',
  z.object({ meeting: meetingView, mail: minutesMail.nullable() }),
);
export const taskSaved = presentedAs('meetingTaskSaved', z.object({ task: taskView }));
