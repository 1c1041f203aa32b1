import { queryOptions } from '@tanstack/react-query';
import type {
  MeetingList,
  MeetingPatch,
  MeetingSaved,
  MeetingTaskPatch,
  MeetingTaskSaved,
  MinutesSent,
  NewMeeting,
  NewMeetingTask,
} from '../api/types.ts';
import { api } from '../app/api.ts';

export { agendaFor } from '../../../src/meetings/agenda.ts';
export { type CourseMeetingKind, courseMeetingKinds } from '../../../src/meetings/kinds.ts';
export { localParts } from '../../../src/platform/local-time.ts';
/** Shapes generated from src/meetings/schemas.ts; kinds and agenda templates from the pure server modules. */
export type {
  Meeting,
  MeetingInvitee,
  MeetingSummary,
  MeetingTask,
  MinutesMail,
  NewMeeting,
} from '../api/types.ts';

const base = (courseId: string) => `/api/courses/${encodeURIComponent(courseId)}/meetings`;
const one = (courseId: string, meetingId: string) => `${base(courseId)}/${encodeURIComponent(meetingId)}`;

export const meetingsKey = (courseId: string) => ['course', courseId, 'meetings'] as const;

export const meetingsQuery = (courseId: string) =>
  queryOptions({ queryKey: meetingsKey(courseId), queryFn: () => api<MeetingList>('GET', base(courseId)) });

export const meetingQuery = (courseId: string, meetingId: string) =>
  queryOptions({
    queryKey: [...meetingsKey(courseId), meetingId],
    queryFn: () => api<MeetingSaved>('GET', one(courseId, meetingId)),
  });

export const planMeeting = (courseId: string, meeting: NewMeeting) =>
  api<MeetingSaved>('POST', base(courseId), meeting);

/** Changes name the version they were based on; someone else's change in between gives 412. */
export const changeMeeting = (courseId: string, meetingId: string, patch: MeetingPatch, version: number) =>
  api<MeetingSaved>('PATCH', one(courseId, meetingId), patch, { ifMatch: version });

export const recordHeld = (courseId: string, meetingId: string, present: string[], version: number) =>
  api<MeetingSaved>('POST', `${one(courseId, meetingId)}/held`, { present }, { ifMatch: version });

export const cancelMeeting = (courseId: string, meetingId: string, version: number) =>
  api<MeetingSaved>('POST', `${one(courseId, meetingId)}/cancel`, undefined, { ifMatch: version });

export const approveMinutes = (courseId: string, meetingId: string, version: number) =>
  api<MinutesSent>('POST', `${one(courseId, meetingId)}/approve`, undefined, { ifMatch: version });

export const sendMinutesAgain = (courseId: string, meetingId: string) =>
  api<MinutesSent>('POST', `${one(courseId, meetingId)}/send-minutes`);

export const createTask = (courseId: string, meetingId: string, task: NewMeetingTask) =>
  api<MeetingTaskSaved>('POST', `${one(courseId, meetingId)}/tasks`, task);

export const changeTask = (
  courseId: string,
  meetingId: string,
  taskId: string,
  patch: MeetingTaskPatch,
  version: number,
) =>
  api<MeetingTaskSaved>('PATCH', `${one(courseId, meetingId)}/tasks/${encodeURIComponent(taskId)}`, patch, {
    ifMatch: version,
  });
