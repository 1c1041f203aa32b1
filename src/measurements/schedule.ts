import { addMonths, type IsoDate } from '../platform/dates.ts';

/** A progression measurement at the start and at least every 6 months (§7.5). */
export const MEASUREMENT_INTERVAL_MONTHS = 6;

/** The baseline is due at the start; after that, 6 months after the latest measurement. */
export function nextMeasurementDue(startDate: IsoDate, lastMeasuredOn: IsoDate | null): IsoDate {
  return lastMeasuredOn ? addMonths(lastMeasuredOn, MEASUREMENT_INTERVAL_MONTHS) : startDate;
}
