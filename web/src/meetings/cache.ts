import { type QueryClient, useQueryClient } from '@tanstack/react-query';
import { type Meeting, meetingQuery, meetingsKey } from './api.ts';

/** After a change: the meeting as the server answered it, and the list (status, open tasks) refetched. */
export function useMeetingSaved(courseId: string) {
  const queryClient = useQueryClient();
  return (meeting: Meeting) => saved(queryClient, courseId, meeting);
}

async function saved(queryClient: QueryClient, courseId: string, meeting: Meeting) {
  queryClient.setQueryData(meetingQuery(courseId, meeting.id).queryKey, { meeting });
  await queryClient.invalidateQueries({ queryKey: meetingsKey(courseId), exact: true });
}

/** Someone else changed the meeting meanwhile (412): show it as it is now. */
export function useMeetingRefetch(courseId: string, meetingId: string) {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: meetingQuery(courseId, meetingId).queryKey });
}
