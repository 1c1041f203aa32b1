import { queryOptions } from '@tanstack/react-query';
import type { QueueKind, ReminderList, ReminderSettings, UnreadReminders, WorkQueue } from '../api/types.ts';
import { vocabulary } from '../api/vocabulary.ts';
import { api } from '../app/api.ts';

/** Shapes generated from src/work-queue/schemas.ts and src/reminders/schemas.ts. */
export type { QueueKind, Reminder, WorkQueueCourse, WorkQueueItem } from '../api/types.ts';
export const queueKinds = vocabulary<QueueKind>()([
  'measurement',
  'statusLetter',
  'task',
  'minutes',
  'noContact',
]);

export const workQueueQuery = queryOptions({
  queryKey: ['workQueue'],
  queryFn: () => api<WorkQueue>('GET', '/api/work-queue'),
});

export const remindersQuery = queryOptions({
  queryKey: ['reminders'],
  queryFn: () => api<ReminderList>('GET', '/api/notifications'),
});

/** The header's number: no course data, so it is cheap to ask on every page. */
export const unreadRemindersQuery = queryOptions({
  queryKey: ['reminders', 'unread'],
  queryFn: () => api<UnreadReminders>('GET', '/api/notifications/unread'),
  staleTime: 60_000,
});

export const markReminderRead = (id: string) =>
  api<{ id: string; readAt: string }>('POST', `/api/notifications/${encodeURIComponent(id)}/read`);

export const reminderSettingsQuery = queryOptions({
  queryKey: ['reminders', 'settings'],
  queryFn: () => api<ReminderSettings>('GET', '/api/reminder-settings'),
});

export const saveReminderSettings = (digestEmail: string | null, version: number) =>
  api<ReminderSettings>('PUT', '/api/reminder-settings', { digestEmail }, { ifMatch: version });
