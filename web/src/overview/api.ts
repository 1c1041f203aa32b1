import { queryOptions } from '@tanstack/react-query';
import type { MeetingOverview, PartnershipMeeting } from '../api/types.ts';
import { api, query } from '../app/api.ts';

export type { MeetingKind, OverviewMeeting } from '../api/types.ts';

/** Every meeting in the period the signed-in person may see (the server decides per meeting). */
export const meetingOverviewQuery = (from: string, to: string) =>
  queryOptions({
    queryKey: ['meetings', from, to],
    queryFn: () => api<MeetingOverview>('GET', `/api/meetings${query({ from, to })}`),
  });

export const partnershipMeetingQuery = (meetingId: string) =>
  queryOptions({
    queryKey: ['partnership-meeting', meetingId],
    queryFn: () =>
      api<PartnershipMeeting>('GET', `/api/partnership-meetings/${encodeURIComponent(meetingId)}`),
  });
