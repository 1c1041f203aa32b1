/** The baseline measurement is due 1 month after the course starts (DOMAIN.md "Due dates"). */
export const BASELINE_AFTER_MONTHS = 1;

/** After the baseline, a progression measurement at least every 6 months (§7.5). */
export const MEASUREMENT_INTERVAL_MONTHS = 6;
