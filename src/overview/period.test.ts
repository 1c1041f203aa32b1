import { describe, expect, it } from 'vitest';
import { periodInstants, startOfDay } from './period.ts';

describe('Copenhagen days as instants', () => {
  it('starts a winter day at 23:00 UTC the day before and a summer day at 22:00', () => {
    expect(startOfDay('2026-01-15').toISOString()).toBe('2026-01-14T23:00:00.000Z');
    expect(startOfDay('2026-07-15').toISOString()).toBe('2026-07-14T22:00:00.000Z');
  });

  it('handles the days daylight saving begins and ends', () => {
    // 29 March 2026: clocks go forward at 02:00, the day still begins at 00:00 CET.
    expect(startOfDay('2026-03-29').toISOString()).toBe('2026-03-28T23:00:00.000Z');
    expect(startOfDay('2026-03-30').toISOString()).toBe('2026-03-29T22:00:00.000Z');
    expect(startOfDay('2026-10-25').toISOString()).toBe('2026-10-24T22:00:00.000Z');
    expect(startOfDay('2026-10-26').toISOString()).toBe('2026-10-25T23:00:00.000Z');
  });

  it('includes the last day of a period', () => {
    const { start, end } = periodInstants('2026-02-01', '2026-02-28');
    expect(start.toISOString()).toBe('2026-01-31T23:00:00.000Z');
    expect(end.toISOString()).toBe('2026-02-28T23:00:00.000Z');
  });
});
