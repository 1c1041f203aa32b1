/**
 * Development in words (DOMAIN.md "Measurement": closer to the labour market = total development
 * above 0). Pure: the web app words it, and the report counts "closer" by the same sign.
 */
export type Direction = 'closer' | 'same' | 'further';

export const directionOf = (total: number): Direction =>
  total > 0 ? 'closer' : total < 0 ? 'further' : 'same';

/** "+4", "0", "−2" (a true minus sign, as Danish typesetting and screen readers expect). */
export const signed = (n: number): string => (n > 0 ? `+${n}` : n < 0 ? `\u2212${-n}` : '0');
