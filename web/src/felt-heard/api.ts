import { queryOptions } from '@tanstack/react-query';
import type { FeltHeardAnswer, FeltHeardSaved, OwnMeetings } from '../api/types.ts';
import { api } from '../app/api.ts';

export { feltHeardAnswers } from '../../../src/meetings/kinds.ts';
export type { FeltHeardAnswer, OwnMeeting } from '../api/types.ts';

const base = (courseId: string) => `/api/courses/${encodeURIComponent(courseId)}/own-meetings`;

export const ownMeetingsQuery = (courseId: string) =>
  queryOptions({
    queryKey: ['course', courseId, 'own-meetings'],
    queryFn: () => api<OwnMeetings>('GET', base(courseId)),
  });

export const answerFeltHeard = (courseId: string, meetingId: string, answer: FeltHeardAnswer) =>
  api<FeltHeardSaved>('POST', `${base(courseId)}/${encodeURIComponent(meetingId)}/felt-heard`, { answer });
