import { daysBetween, type IsoDate } from '../platform/dates.ts';

/**
 * Momentum of a course (DOMAIN.md "Meeting feedback and momentum"), pure: the work queue, the
 * caseload and the reminders read it from here. Everything is computed as of a reference day, so
 * what is dated after it (a note dated ahead, a meeting not yet held) never counts as contact.
 */

/** Contact with the young person is lost after this many days without any (issue 8 §5). */
export const NO_CONTACT_AFTER_DAYS = 14;

export interface ContactFacts {
  /** Days the young person was registered present. */
  presentDays: readonly IsoDate[];
  /** Days of held meetings the young person attended. */
  attendedMeetingDays: readonly IsoDate[];
  /** Days of journal notes that record contact with the young person. */
  contactNoteDays: readonly IsoDate[];
}

export interface NextStepFacts {
  /** Days of the course's planned (not held, not cancelled) meetings. */
  plannedMeetingDays: readonly IsoDate[];
  /** Deadlines of the course's open tasks (tasks without a deadline plan nothing). */
  openTaskDeadlines: readonly IsoDate[];
}

export interface MomentumFacts extends ContactFacts, NextStepFacts {
  status: 'active' | 'paused' | 'ended';
  startDate: IsoDate | null;
  referralDate: IsoDate | null;
  firstContactDate: IsoDate | null;
}

export interface Momentum {
  lastContact: IsoDate | null;
  /** Reference day − last contact; null when there has been no contact yet. */
  daysWithoutContact: number | null;
  /** The earliest planned next step: a meeting on or after the day, or an open task's deadline. */
  nextStep: IsoDate | null;
  /** Days from the referral to the first contact; null until both are known. */
  referralToFirstContactDays: number | null;
  /** An active, started course that has gone more than 14 days without contact (or never had any). */
  contactLost: boolean;
}

const latestOnOrBefore = (days: readonly IsoDate[], asOf: IsoDate): IsoDate | null =>
  days.reduce<IsoDate | null>((a, d) => (d <= asOf && (!a || d > a) ? d : a), null);

/** The latest of a present day, an attended held meeting and a note recording contact, up to the day. */
export function lastContact(facts: ContactFacts, asOf: IsoDate): IsoDate | null {
  return latestOnOrBefore(
    [...facts.presentDays, ...facts.attendedMeetingDays, ...facts.contactNoteDays],
    asOf,
  );
}

export function daysWithoutContact(facts: ContactFacts, asOf: IsoDate): number | null {
  const last = lastContact(facts, asOf);
  return last === null ? null : daysBetween(last, asOf);
}

/**
 * A future planned meeting or an open task with a deadline (DOMAIN.md). An open task whose
 * deadline has passed still counts: the step is agreed, only late (the work queue shows it as overdue).
 */
export function nextStep(facts: NextStepFacts, asOf: IsoDate): IsoDate | null {
  const meetings = facts.plannedMeetingDays.filter((d) => d >= asOf);
  const all = [...meetings, ...facts.openTaskDeadlines].sort();
  return all[0] ?? null;
}

export function referralToFirstContact(
  referral: IsoDate | null,
  firstContact: IsoDate | null,
): number | null {
  if (!referral || !firstContact) return null;
  return daysBetween(referral, firstContact);
}

/** The average over the courses whose first contact is known; null when none is. */
export function averageDays(values: ReadonlyArray<number | null>): number | null {
  const known = values.filter((v): v is number => v !== null);
  if (known.length === 0) return null;
  return known.reduce((a, b) => a + b, 0) / known.length;
}

export function momentumOf(facts: MomentumFacts, asOf: IsoDate): Momentum {
  const last = lastContact(facts, asOf);
  const days = last === null ? null : daysBetween(last, asOf);
  // Only a course that runs owes contact: a paused or ended one, or one not started, is not "lost".
  const running = facts.status === 'active' && facts.startDate !== null && facts.startDate <= asOf;
  const silentSince = last ?? facts.startDate;
  const contactLost =
    running && silentSince !== null && daysBetween(silentSince, asOf) > NO_CONTACT_AFTER_DAYS;
  return {
    lastContact: last,
    daysWithoutContact: days,
    nextStep: nextStep(facts, asOf),
    referralToFirstContactDays: referralToFirstContact(facts.referralDate, facts.firstContactDate),
    contactLost,
  };
}
