import type { QueryClient } from '@tanstack/react-query';
import { type Permission, rolePermissions } from '../../../src/auth/permissions.ts';
import { todayIso } from '../app/format.ts';
import { attendanceQuery } from '../attendance/api.ts';
import { consentsQuery } from '../consents/api.ts';
import { courseQuery } from '../courses/api.ts';
import { effortsQuery } from '../efforts/api.ts';
import { ownMeetingsQuery } from '../felt-heard/api.ts';
import { goalsQuery } from '../goals/api.ts';
import { ownMeasurementQuery } from '../measurements/api.ts';
import { networkQuery } from '../network/api.ts';

/** The month the own page's attendance section shows: this one. */
export const ownAttendanceMonth = () => todayIso().slice(0, 7);

/**
 * Everything the young person's own page shows, asked for at once (issue 11): the course and each
 * section's part side by side, not the course first and the sections once it has rendered — one
 * round trip on a phone instead of two. A young person's permissions on their own course are the
 * participant role's (src/auth/access.ts), so the sections are known before the course answers;
 * the page still shows a section only by the course's `myPermissions`.
 */
export function prefetchOwnCourse(queryClient: QueryClient, courseId: string): Promise<unknown> {
  const may = (permission: Permission) => rolePermissions.participant.has(permission);
  return Promise.all([
    queryClient.prefetchQuery(courseQuery(courseId)),
    may('measurements.ownScores') ? queryClient.prefetchQuery(ownMeasurementQuery(courseId)) : null,
    may('meetings.feedback') ? queryClient.prefetchQuery(ownMeetingsQuery(courseId)) : null,
    queryClient.prefetchQuery(goalsQuery(courseId)),
    queryClient.prefetchQuery(attendanceQuery(courseId, ownAttendanceMonth())),
    may('network.read') ? queryClient.prefetchQuery(networkQuery(courseId)) : null,
    may('efforts.read') ? queryClient.prefetchQuery(effortsQuery(courseId)) : null,
    queryClient.prefetchQuery(consentsQuery(courseId)),
  ]);
}
