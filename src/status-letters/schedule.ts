/**
 * A status letter is due every 3 months (§4.2, §7.5): 3 months after the latest approved letter,
 * or after the course start when there is none. The rule itself: src/due/rules.ts.
 */
export const STATUS_LETTER_INTERVAL_MONTHS = 3;
