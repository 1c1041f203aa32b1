import { describe, expect, it } from 'vitest';
import { instantOf, localParts } from './local-time.ts';

describe('meeting clock (Copenhagen wall time)', () => {
  it('turns winter and summer times into the right instants', () => {
    expect(instantOf('2026-01-15', '09:30').toISOString()).toBe('2026-01-15T08:30:00.000Z');
    expect(instantOf('2026-07-01', '09:30').toISOString()).toBe('2026-07-01T07:30:00.000Z');
  });
  it('reads an instant back as the same wall time, also on the day the clocks change', () => {
    for (const [date, time] of [
      ['2026-03-29', '01:30'],
      ['2026-03-29', '04:00'],
      ['2026-10-25', '04:00'],
      ['2026-12-31', '23:59'],
    ] as const) {
      expect(localParts(instantOf(date, time))).toEqual({ date, time });
    }
  });
});
