import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hidden, MIN_SHOWN, shown, suppressCount, suppressDistribution, suppressShare } from './suppress.ts';

describe('suppressCount', () => {
  it('hides 1 to 4 and shows 0 and 5 or more', () => {
    expect([0, 1, 2, 3, 4, 5, 6, 40].map((n) => suppressCount(n).value)).toEqual([
      0,
      null,
      null,
      null,
      null,
      5,
      6,
      40,
    ]);
    expect(suppressCount(3)).toEqual({ value: null, suppressed: true });
  });
});

describe('suppressShare', () => {
  it('hides a share whose numerator or denominator is hidden', () => {
    expect(suppressShare(hidden, shown(20), 0.1)).toEqual(hidden);
    expect(suppressShare(shown(14), hidden, 0.7)).toEqual(hidden);
    expect(suppressShare(shown(14), shown(20), 0.7)).toEqual({ value: 0.7, suppressed: false });
    // Nobody to count: no share, and nothing hidden.
    expect(suppressShare(shown(0), shown(0), null)).toEqual({ value: null, suppressed: false });
  });
});

describe('suppressDistribution', () => {
  it('shows a distribution with no small cell as it is', () => {
    const r = suppressDistribution({ female: 7, male: 9, other: 0 });
    expect(r.total).toEqual(shown(16));
    expect(r.cells).toEqual({ female: shown(7), male: shown(9), other: shown(0) });
  });

  it('hides the next-smallest cell when exactly one cell is small', () => {
    const r = suppressDistribution({ ordinaryJob: 12, flexJob: 2, education: 6, ongoing: 9 });
    expect(r.total).toEqual(shown(29));
    expect(r.cells.flexJob).toEqual(hidden);
    expect(r.cells.education).toEqual(hidden);
    expect(r.cells.ordinaryJob).toEqual(shown(12));
    expect(r.cells.ongoing).toEqual(shown(9));
  });

  it('hides another cell when the hidden cells must all be 1', () => {
    // 10 + ? + ? = 12: both hidden cells can only be 1.
    const r = suppressDistribution({ a: 10, b: 1, c: 1, d: 7 });
    expect(r.cells.d).toEqual(hidden);
    expect(r.cells.a).toEqual(shown(10));
  });

  it('hides the total when nothing else can hide a small cell, and then every cell', () => {
    expect(suppressDistribution({ a: 3 }).total).toEqual(hidden);
    // "None of the three got closer" would say it of each of them.
    expect(suppressDistribution({ closer: 0, notCloser: 3 }).cells).toEqual({
      closer: hidden,
      notCloser: hidden,
    });
    // Five ones: shown total 5 would say each is 1.
    const ones = suppressDistribution({ a: 1, b: 1, c: 1, d: 1, e: 1 });
    expect(ones.total).toEqual(hidden);
    // One small and one shown cell: the shown cell is hidden too; the total may stay.
    const pair = suppressDistribution({ closer: 5, notCloser: 1 });
    expect(pair.cells).toEqual({ closer: hidden, notCloser: hidden });
    expect(pair.total).toEqual(shown(6));
  });
});

describe('suppressDistribution, any counts (property)', () => {
  const counts = fc.dictionary(
    fc.string({ minLength: 1, maxLength: 3 }),
    fc.oneof(fc.integer({ min: 0, max: 6 }), fc.integer({ min: 0, max: 60 })),
    { maxKeys: 8 },
  );

  it('never shows a count from 1 to 4', () => {
    fc.assert(
      fc.property(counts, (cells) => {
        const r = suppressDistribution(cells);
        for (const c of [r.total, ...Object.values(r.cells)]) {
          if (!c.suppressed) expect(c.value === 0 || (c.value ?? 0) >= MIN_SHOWN).toBe(true);
        }
      }),
    );
  });

  it('shows every cell it does not hide exactly; beside a shown total it hides none at zero', () => {
    fc.assert(
      fc.property(counts, (cells) => {
        const r = suppressDistribution(cells);
        for (const [k, n] of Object.entries(cells)) {
          const c = r.cells[k];
          if (r.total.suppressed) expect(c).toEqual(hidden);
          else expect(c?.suppressed ? n > 0 : c?.value === n).toBe(true);
        }
      }),
    );
  });

  it('with a shown total, no hidden cell has only one possible value', () => {
    fc.assert(
      fc.property(counts, (cells) => {
        const r = suppressDistribution(cells);
        if (r.total.suppressed) return;
        const shownSum = Object.values(r.cells).reduce((s, c) => s + (c.value ?? 0), 0);
        const hiddenCount = Object.values(r.cells).filter((c) => c.suppressed).length;
        if (hiddenCount === 0) return;
        // What a reader knows: the hidden cells add up to the rest, and each is at least 1.
        const rest = (r.total.value ?? 0) - shownSum;
        const largestPossible = rest - (hiddenCount - 1);
        expect(largestPossible, 'a hidden cell is pinned down').toBeGreaterThan(1);
        expect(hiddenCount).toBeGreaterThan(1);
      }),
    );
  });
});
