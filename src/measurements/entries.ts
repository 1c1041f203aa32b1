import { type InstrumentDefinition, scaleSteps } from './definition.ts';

/** One dimension of a dialogue: both perspectives (each optional), why, and the goal that followed. */
export interface Entry {
  professional: number | null;
  participant: number | null;
  reason: string;
  goalId: string | null;
}
export type Entries = Record<string, Entry>;
export type Perspective = 'professional' | 'participant';

export const emptyEntry = (): Entry => ({ professional: null, participant: null, reason: '', goalId: null });

/**
 * The first thing wrong with `entries` for this instrument, as a field path and message; null
 * when they fit. Pure, so the rules (known dimensions, steps of the scale) are pinned by unit tests.
 */
export function entriesProblem(
  entries: Readonly<Record<string, Partial<Entry>>>,
  definition: InstrumentDefinition,
  at: string,
): { field: string; message: string } | null {
  const known = new Set(definition.dimensions.map((d) => d.key));
  const steps = new Set(scaleSteps(definition.scale));
  for (const [dimension, entry] of Object.entries(entries)) {
    if (!known.has(dimension))
      return { field: `${at}.${dimension}`, message: 'not a dimension of this instrument' };
    for (const perspective of ['professional', 'participant'] as const) {
      const score = entry[perspective];
      if (score !== undefined && score !== null && !steps.has(score))
        return {
          field: `${at}.${dimension}.${perspective}`,
          message: `must be a step of the scale ${definition.scale.min}–${definition.scale.max}`,
        };
    }
  }
  return null;
}

/** Every dimension of the instrument, filled from what was given. */
export function completeEntries(
  entries: Readonly<Record<string, Partial<Entry>>>,
  definition: InstrumentDefinition,
): Entries {
  return Object.fromEntries(
    definition.dimensions.map((d) => [d.key, { ...emptyEntry(), ...(entries[d.key] ?? {}) }]),
  );
}

/** One perspective's scores, only the dimensions that have one. */
export function scoresOf(entries: Entries, perspective: Perspective): Record<string, number> {
  const scores: Record<string, number> = {};
  for (const [dimension, entry] of Object.entries(entries)) {
    const score = entry[perspective];
    if (typeof score === 'number') scores[dimension] = score;
  }
  return scores;
}

export const hasScores = (entries: Entries, perspective: Perspective) =>
  Object.keys(scoresOf(entries, perspective)).length > 0;
