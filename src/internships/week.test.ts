import { describe, expect, it } from 'vitest';
import { isoWeekday, planFor } from './mentor.ts';

describe("today's plan on the mentor's page", () => {
  it('names ISO weekdays of calendar days, Monday 1 to Sunday 7', () => {
    expect(isoWeekday('2026-11-23')).toBe(1);
    expect(isoWeekday('2026-11-25')).toBe(3);
    expect(isoWeekday('2026-11-29')).toBe(7);
    // Across the change to summer time the day stays the day.
    expect(isoWeekday('2026-03-29')).toBe(7);
  });

  it("finds the day's entry of the week, or none", () => {
    const week = [
      { weekday: 1, from: '08:00', to: '12:00', plan: 'Lister' },
      { weekday: 3, from: '08:00', to: '13:00', plan: 'Opmåling' },
    ];
    expect(planFor(week, '2026-11-25')?.plan).toBe('Opmåling');
    expect(planFor(week, '2026-11-24')).toBeNull();
    expect(planFor([], '2026-11-23')).toBeNull();
  });
});
