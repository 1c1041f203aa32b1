import type { FeltHeardAnswer } from '../meetings/kinds.ts';

export interface FeltHeard {
  yes: number;
  partly: number;
  no: number;
  /** yes ÷ all answers; null when there are none (nothing to say, not 0 %). */
  share: number | null;
}

/**
 * The partnership's felt-heard share (DOMAIN.md "Meeting feedback and momentum"): yes answers ÷
 * all answers in the period. "Partly" counts as an answer, not as yes: seed 004's 87.6 % is the
 * share who answered yes.
 */
export function feltHeardShare(answers: Iterable<FeltHeardAnswer>): FeltHeard {
  const counts = { yes: 0, partly: 0, no: 0 };
  for (const answer of answers) counts[answer] += 1;
  const all = counts.yes + counts.partly + counts.no;
  return { ...counts, share: all === 0 ? null : counts.yes / all };
}
