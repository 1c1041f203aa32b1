import { queryOptions } from '@tanstack/react-query';
import type { CalendarFeedStatus, NewCalendarFeed, Ok } from '../api/types.ts';
import { api } from '../app/api.ts';

export const calendarFeedQuery = queryOptions({
  queryKey: ['calendar-feed'],
  queryFn: () => api<CalendarFeedStatus>('GET', '/api/calendar-feed'),
});

/** A new secret address; the old one stops working. The answer is the only place it is shown. */
export const newCalendarFeed = () => api<NewCalendarFeed>('PUT', '/api/calendar-feed');

export const revokeCalendarFeed = () => api<Ok>('POST', '/api/calendar-feed/revoke');
