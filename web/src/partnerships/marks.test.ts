import { describe, expect, it } from 'vitest';
import { isMarked, markedPaths } from './marks.ts';

describe('marking changed fields', () => {
  const changes = [
    {
      path: 'packages[1].monthlyPrice',
      kind: 'changed' as const,
      fromPath: 'packages[2].monthlyPrice',
      toPath: 'packages[1].monthlyPrice',
      before: 1,
      after: 2,
    },
    {
      path: 'packages[3]',
      kind: 'added' as const,
      fromPath: null,
      toPath: 'packages[3]',
      before: null,
      after: {},
    },
  ];

  it('marks each side by its own paths', () => {
    expect([...markedPaths(changes, 'from')]).toEqual(['packages[2].monthlyPrice']);
    expect([...markedPaths(changes, 'to')]).toEqual(['packages[1].monthlyPrice', 'packages[3]']);
  });

  it('marks a field inside a changed row, but not its neighbours', () => {
    const to = markedPaths(changes, 'to');
    expect(isMarked(to, 'packages[1].monthlyPrice')).toBe(true);
    expect(isMarked(to, 'packages[3].name')).toBe(true);
    expect(isMarked(to, 'packages[1].name')).toBe(false);
    expect(isMarked(to, 'packages[0].monthlyPrice')).toBe(false);
    expect(isMarked(undefined, 'packages[1].monthlyPrice')).toBe(false);
  });
});
