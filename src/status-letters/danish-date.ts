import type { IsoDate } from '../platform/dates.ts';

const months = [
  'januar',
  'februar',
  'marts',
  'april',
  'maj',
  'juni',
  'juli',
  'august',
  'september',
  'oktober',
  'november',
  'december',
];

/**
 * "1. marts 2026": a calendar day the way a Danish letter writes it. Spelled out here rather than
 * through Intl, so a Node build without full ICU prints the same letter.
 */
export function danishDate(day: IsoDate): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return `${d}. ${months[m - 1]} ${y}`;
}

/** "1. marts 2026 – 31. maj 2026": a period, both ends inclusive. */
export const danishPeriod = (from: IsoDate, to: IsoDate): string => `${danishDate(from)} – ${danishDate(to)}`;
