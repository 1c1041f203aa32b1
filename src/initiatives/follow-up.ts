import { addDays, type IsoDate } from '../platform/dates.ts';

/** DOMAIN.md "Follow-up dates become reminders": from 14 days before the date, and once it has passed. */
export const FOLLOW_UP_NOTICE_DAYS = 14;

export interface FollowUpState {
  overdue: boolean;
  dueSoon: boolean;
}

/**
 * An active initiative's follow-up as of a day: overdue when the date is before the day (the day
 * itself is not overdue, as for the due dates); soon when it is at most 14 days ahead. An ended
 * initiative, or one without a date, owes nothing.
 */
export function followUpState(
  followUpOn: IsoDate | null,
  status: 'active' | 'ended',
  asOf: IsoDate,
): FollowUpState {
  if (followUpOn === null || status !== 'active') return { overdue: false, dueSoon: false };
  const overdue = followUpOn < asOf;
  return { overdue, dueSoon: !overdue && followUpOn <= addDays(asOf, FOLLOW_UP_NOTICE_DAYS) };
}
