import { addMonths, type IsoDate } from '../platform/dates.ts';

/** A status letter is due every 3 months of a course (§4.2, §7.5). */
export const STATUS_LETTER_INTERVAL_MONTHS = 3;

/**
 * The next status-letter date on the course's 3-month grid that falls on or after `today`.
 * Until letters are recorded in the product, the grid alone says what is due next.
 */
export function nextStatusLetterDue(startDate: IsoDate, today: IsoDate): IsoDate {
  let k = 1;
  let due = addMonths(startDate, STATUS_LETTER_INTERVAL_MONTHS);
  while (due < today) {
    k += 1;
    due = addMonths(startDate, STATUS_LETTER_INTERVAL_MONTHS * k);
  }
  return due;
}
