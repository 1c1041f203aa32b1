import { addDays, addMonths, type IsoDate } from '../platform/dates.ts';

/**
 * When a coordination format's meetings fall (DOMAIN.md "Meetings"): each rule plans one meeting
 * kind relative to an anchor event with an offset, optionally repeating. Pure and deterministic:
 * the same rules and events always give the same occurrences, so planning can run again and again
 * (src/formats/plan.ts writes only the occurrences it has not written before).
 */

/**
 * What a rule counts from:
 * - referral, firstContact, courseStart: the course's own dates
 * - asap: the day the format was applied, or the next working day when that is a weekend
 * - statusLetter: each approved status letter (one occurrence per letter)
 * - previous: each occurrence of an earlier rule of the same format ("second 8 weeks after the first")
 * - event: a named date given when the format is applied ("8 weeks after the birth")
 */
export const anchors = [
  'asap',
  'referral',
  'firstContact',
  'courseStart',
  'statusLetter',
  'previous',
  'event',
] as const;
export type Anchor = (typeof anchors)[number];

export const offsetUnits = ['days', 'weeks', 'months'] as const;
export type OffsetUnit = (typeof offsetUnits)[number];
export const repeatUnits = ['weeks', 'months'] as const;
export type RepeatUnit = (typeof repeatUnits)[number];

export interface Timing {
  anchor: Anchor;
  /** anchor 'event': the event's name, e.g. "birth". */
  event?: string | null;
  /** anchor 'previous': the id of the earlier rule counted from. */
  after?: string | null;
  offset: { amount: number; unit: OffsetUnit };
  /**
   * "Every N weeks/months" from the first occurrence, up to a horizon (months after the planning
   * day) and/or a count of occurrences in all; only for anchors with one date.
   */
  repeat?: { every: number; unit: RepeatUnit; horizonMonths?: number | null; count?: number | null } | null;
}

export interface TimedRule {
  id: string;
  timing: Timing;
}

/** The course's events, as dates. A missing date plans nothing yet: a later run will. */
export interface CourseEvents {
  referral: IsoDate | null;
  firstContact: IsoDate | null;
  courseStart: IsoDate | null;
  /** The day the format was applied to the course. */
  applied: IsoDate;
  /** The days status letters were approved, in any order. */
  statusLetters: readonly IsoDate[];
  /** Named events given when the format was applied. */
  named: Readonly<Record<string, IsoDate>>;
}

export interface Occurrence {
  ruleId: string;
  /** 1 for the first; with a repetition or a per-letter anchor 2, 3, … in date order of the anchor. */
  occurrence: number;
  date: IsoDate;
}

/** Anchors with one date per course, which may therefore repeat. */
export const singleDateAnchor = (anchor: Anchor) => anchor !== 'statusLetter' && anchor !== 'previous';

/** Monday to Friday (public holidays are not known here: the team moves such a meeting by hand). */
export function nextWorkingDay(date: IsoDate): IsoDate {
  const weekday = new Date(`${date}T00:00:00Z`).getUTCDay();
  if (weekday === 6) return addDays(date, 2);
  if (weekday === 0) return addDays(date, 1);
  return date;
}

/** The date `amount` units after `date`; months are calendar months, clamped at the month's end. */
export function shift(date: IsoDate, amount: number, unit: OffsetUnit): IsoDate {
  if (unit === 'months') return addMonths(date, amount);
  return addDays(date, unit === 'weeks' ? amount * 7 : amount);
}

/**
 * Every occurrence of the rules, as of the planning day `asOf`: single meetings whenever they fall,
 * repetitions up to their horizon (months after `asOf`) or count. Rules are read in order; a rule
 * anchored on 'previous' counts from an earlier rule's occurrences. Sorted by date, then rule order.
 */
export function occurrences(rules: readonly TimedRule[], events: CourseEvents, asOf: IsoDate): Occurrence[] {
  const byRule = new Map<string, IsoDate[]>();
  const out: Occurrence[] = [];
  for (const rule of rules) {
    const dates = datesOf(rule.timing, events, byRule, asOf);
    byRule.set(rule.id, dates);
    dates.forEach((date, i) => {
      out.push({ ruleId: rule.id, occurrence: i + 1, date });
    });
  }
  const order = new Map(rules.map((r, i) => [r.id, i]));
  return out.sort(
    (a, b) =>
      a.date.localeCompare(b.date) ||
      (order.get(a.ruleId) ?? 0) - (order.get(b.ruleId) ?? 0) ||
      a.occurrence - b.occurrence,
  );
}

function anchorDates(timing: Timing, events: CourseEvents, byRule: Map<string, IsoDate[]>): IsoDate[] {
  const one = (d: IsoDate | null | undefined) => (d ? [d] : []);
  switch (timing.anchor) {
    case 'asap':
      return [nextWorkingDay(events.applied)];
    case 'referral':
      return one(events.referral);
    case 'firstContact':
      return one(events.firstContact);
    case 'courseStart':
      return one(events.courseStart);
    case 'statusLetter':
      return [...new Set(events.statusLetters)].sort();
    case 'previous':
      return byRule.get(timing.after ?? '') ?? [];
    case 'event':
      return one(events.named[timing.event ?? '']);
  }
}

function datesOf(
  timing: Timing,
  events: CourseEvents,
  byRule: Map<string, IsoDate[]>,
  asOf: IsoDate,
): IsoDate[] {
  const firsts = anchorDates(timing, events, byRule).map((d) =>
    shift(d, timing.offset.amount, timing.offset.unit),
  );
  const repeat = timing.repeat;
  const [first] = firsts;
  if (!repeat || !singleDateAnchor(timing.anchor) || first === undefined || repeat.every < 1) return firsts;
  const horizon = repeat.horizonMonths != null ? addMonths(asOf, repeat.horizonMonths) : null;
  // Without either bound a repetition would never end: then it plans the first only.
  const count = repeat.count ?? (horizon ? Number.POSITIVE_INFINITY : 1);
  const dates: IsoDate[] = [];
  for (let k = 0; k < count; k++) {
    // Each from the first, never from the one before: 31 January + 1, 2 months = 28 February, 31 March.
    const date =
      repeat.unit === 'months' ? addMonths(first, k * repeat.every) : addDays(first, k * repeat.every * 7);
    if (horizon && date > horizon) break;
    dates.push(date);
  }
  return dates;
}
