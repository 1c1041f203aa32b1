import { describe, expect, it } from 'vitest';
import { followUpState } from './follow-up.ts';

describe('an initiative follow-up as of a day', () => {
  it('is overdue only after the date, not on it', () => {
    expect(followUpState('2026-03-09', 'active', '2026-03-10')).toEqual({ overdue: true, dueSoon: false });
    expect(followUpState('2026-03-10', 'active', '2026-03-10')).toEqual({ overdue: false, dueSoon: true });
  });

  it('is soon up to and including 14 days ahead', () => {
    expect(followUpState('2026-03-24', 'active', '2026-03-10').dueSoon).toBe(true);
    expect(followUpState('2026-03-25', 'active', '2026-03-10').dueSoon).toBe(false);
  });

  it('owes nothing when ended or without a date', () => {
    expect(followUpState('2026-01-01', 'ended', '2026-03-10')).toEqual({ overdue: false, dueSoon: false });
    expect(followUpState(null, 'active', '2026-03-10')).toEqual({ overdue: false, dueSoon: false });
  });
});
