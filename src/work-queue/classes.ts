import type { DataClass } from '../auth/data-classes.ts';

/** What the work queue holds, and (for notifications too) the class of information each kind is. */
export const queueKinds = ['measurement', 'statusLetter', 'task', 'minutes', 'noContact'] as const;
export type QueueKind = (typeof queueKinds)[number];

/**
 * An item says something about the course by its kind: that a measurement is due is about the
 * measurements; a task or unapproved minutes about the meetings. Lost contact is read from
 * attendance, meetings and notes together: it is the course's administration (like what it owes),
 * which the caseworker holds as the authority and a company never receives.
 */
export const queueKindClass: Record<QueueKind, DataClass> = {
  measurement: 'measurements',
  statusLetter: 'statusLetters',
  task: 'meetings',
  minutes: 'meetings',
  noContact: 'courseAdmin',
};

export const classOfQueueRow = (row: Record<string, unknown>): DataClass =>
  queueKindClass[row.kind as QueueKind] ?? 'administration';
