import { describe, expect, it } from 'vitest';
import { monthsEndingWith, summarise, trend } from './summary.ts';

describe('attendance summary', () => {
  it('counts present days, absences by reason and hours, without float noise', () => {
    const s = summarise([
      { day: '2025-03-03', status: 'present', absenceReason: null, hours: 0.1 },
      { day: '2025-03-04', status: 'present', absenceReason: null, hours: 0.2 },
      { day: '2025-03-05', status: 'absent', absenceReason: 'sick', hours: 0 },
      { day: '2025-03-06', status: 'absent', absenceReason: 'unexplained', hours: 0 },
    ]);
    expect(s).toEqual({
      registeredDays: 4,
      presentDays: 2,
      absentDays: { sick: 1, agreed: 0, unexplained: 1 },
      hours: 0.3,
      presentShare: 0.5,
    });
  });

  it('has no share for a month without registrations', () => {
    expect(summarise([]).presentShare).toBeNull();
  });

  it('lists the six months ending with a month across a year boundary', () => {
    expect(monthsEndingWith('2025-02', 6)).toEqual([
      '2024-09',
      '2024-10',
      '2024-11',
      '2024-12',
      '2025-01',
      '2025-02',
    ]);
  });

  it('fills months without registrations with zeros', () => {
    expect(trend(['2025-01', '2025-02'], [{ month: '2025-02', registered: 4, present: 3 }])).toEqual([
      { month: '2025-01', registeredDays: 0, presentDays: 0, presentShare: null },
      { month: '2025-02', registeredDays: 4, presentDays: 3, presentShare: 0.75 },
    ]);
  });
});
