/**
 * Small-number suppression for figures shown across partnerships (docs/decisions.md "The
 * partnership's figures"): no count from 1 to 4 is ever shown, and no hidden count can be worked
 * back from the shown ones. Pure, so the rules are pinned by unit and property tests.
 *
 * A zero is shown (it names no one) unless the total it belongs to is hidden: "none of fewer than
 * five" says something about each of them. Beside a shown total a hidden count is never zero, so a
 * reader knows only that it is at least 1, never which value it has.
 */

/** The smallest count shown. */
export const MIN_SHOWN = 5;

/** A count as shown across partnerships: its value, or null when it is hidden. */
export interface Shown {
  value: number | null;
  suppressed: boolean;
}

export const shown = (value: number): Shown => ({ value, suppressed: false });
export const hidden: Shown = Object.freeze({ value: null, suppressed: true });

/** A count alone: hidden from 1 to 4. */
export function suppressCount(count: number): Shown {
  return count > 0 && count < MIN_SHOWN ? hidden : shown(count);
}

/** A share is hidden when its numerator or its denominator is (it would give the one from the other). */
export function suppressShare(numerator: Shown, denominator: Shown, share: number | null): Shown {
  if (numerator.suppressed || denominator.suppressed) return hidden;
  return { value: share, suppressed: false };
}

/**
 * A distribution whose cells add up to its total. The total and every cell from 1 to 4 are hidden
 * (primary suppression). While the total is shown and the hidden cells could still be worked out
 * from it — one hidden cell alone, or hidden cells that must all be 1 (their sum equals their
 * number) — the smallest shown cell above zero is hidden too (secondary suppression). When no
 * such cell is left, the total is hidden: the caller hides it wherever else it is shown. With the
 * total hidden, every cell is.
 */
export function suppressDistribution<K extends string>(
  cells: Readonly<Record<K, number>>,
): { total: Shown; cells: Record<K, Shown> } {
  const entries = Object.entries(cells) as Array<[K, number]>;
  const total = entries.reduce((sum, [, n]) => sum + n, 0);
  const isHidden = new Set<K>(entries.filter(([, n]) => n > 0 && n < MIN_SHOWN).map(([k]) => k));
  let totalShown = !(total > 0 && total < MIN_SHOWN);

  const derivable = () => {
    const hiddenCounts = entries.filter(([k]) => isHidden.has(k)).map(([, n]) => n);
    const sum = hiddenCounts.reduce((s, n) => s + n, 0);
    return hiddenCounts.length === 1 || (hiddenCounts.length > 1 && sum === hiddenCounts.length);
  };
  while (totalShown && derivable()) {
    const next = entries
      .filter(([k, n]) => !isHidden.has(k) && n > 0)
      .sort(([ka, a], [kb, b]) => a - b || (ka < kb ? -1 : ka > kb ? 1 : 0))[0];
    if (next) isHidden.add(next[0]);
    else totalShown = false;
  }

  const out = {} as Record<K, Shown>;
  // A hidden total hides its zeros too: "none of the few" tells something about each of them.
  for (const [k, n] of entries) out[k] = !totalShown || isHidden.has(k) ? hidden : shown(n);
  return { total: totalShown ? shown(total) : hidden, cells: out };
}
