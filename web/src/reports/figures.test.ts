import { describe, expect, it } from 'vitest';
import { chartPercent, orderedEntries, rowsSearch } from './figures.ts';

describe('orderedEntries', () => {
  it('lists ages and months by size, words after them', () => {
    expect(orderedEntries({ '18': 2, '9': 1, '24': 3, undecided: 1 }).map(([k]) => k)).toEqual([
      '9',
      '18',
      '24',
      'undecided',
    ]);
  });

  it('keeps the server order of words, with none and ongoing last', () => {
    expect(
      orderedEntries({ cognitive: 1, none: 4, 'cognitive+physical': 2, physical: 1 }).map(([k]) => k),
    ).toEqual(['cognitive', 'cognitive+physical', 'physical', 'none']);
    expect(orderedEntries({ ongoing: 5, education: 1, flexJob: 2 }).map(([k]) => k)).toEqual([
      'education',
      'flexJob',
      'ongoing',
    ]);
  });
});

describe('rowsSearch and chartPercent', () => {
  it('names the key only for a distribution', () => {
    expect(rowsSearch('2026-01-01')).toEqual({ asOf: '2026-01-01' });
    expect(rowsSearch('2026-01-01', 'female')).toEqual({ asOf: '2026-01-01', key: 'female' });
  });

  it('gives a chart percentages, and no point for no share', () => {
    expect(chartPercent(0.7)).toBe(70);
    expect(chartPercent(2 / 3)).toBe(66.7);
    expect(chartPercent(null)).toBe('-');
  });
});
