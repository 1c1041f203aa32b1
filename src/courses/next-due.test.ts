import { describe, expect, it } from 'vitest';
import { defaultIntervals } from '../due/rules.ts';
import { nextDue } from './next-due.ts';

describe('"Næste frist" on the caseload', () => {
  it('is the earliest owed thing by the one set of due-date rules, overdue flagged', () => {
    const clock = {
      startDate: '2025-01-15',
      endedOn: null,
      statusChanges: [],
      measuredOn: [],
      lettersApprovedOn: [],
    };
    expect(nextDue(clock, '2025-02-20', defaultIntervals)).toEqual({
      kind: 'measurement',
      dueOn: '2025-02-15',
      overdue: true,
    });
    expect(nextDue({ ...clock, measuredOn: ['2025-02-01'] }, '2025-02-20', defaultIntervals)).toEqual({
      kind: 'statusLetter',
      dueOn: '2025-04-15',
      overdue: false,
    });
    expect(nextDue({ ...clock, endedOn: '2025-02-01' }, '2025-02-20', defaultIntervals)).toBeNull();
  });

  it("follows the partnership's intervals: letters every 2 months come due a month earlier", () => {
    const clock = {
      startDate: '2025-01-15',
      endedOn: null,
      statusChanges: [],
      measuredOn: ['2025-02-01'],
      lettersApprovedOn: [],
    };
    expect(nextDue(clock, '2025-02-20', { ...defaultIntervals, statusLetterMonths: 2 })).toEqual({
      kind: 'statusLetter',
      dueOn: '2025-03-15',
      overdue: false,
    });
  });
});
