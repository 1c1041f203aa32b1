import { describe, expect, it } from 'vitest';
import { headline } from './compare.ts';
import type { Dashboard } from './dashboard-schemas.ts';

const dashboard = (report: Partial<Dashboard['report']>): Dashboard => ({
  partnership: { id: 'p', name: 'P', municipality: 'M', institution: 'I' },
  asOf: '2026-01-01',
  report: {
    admitted: 40,
    inStatistics: 36,
    atLeastOneYear: 20,
    closerToLabourMarket: 14,
    closerShare: 0.7,
    targets: { admitted: 40, closerShare: 0.87 },
    byGender: {},
    byAgeAtStart: {},
    byDisabilityCombination: {},
    byGrantedMonths: {},
    outcomes: { ongoing: 26, ordinaryJob: 6, flexJob: 4 },
    feltHeard: { yes: 22, partly: 2, no: 1, share: 22 / 25 },
    ...report,
  },
  agreementVersion: null,
  outcomeSplit: [],
  attendance: [],
  due: { measurements: { dueSoon: 0, overdue: 0 }, statusLetters: { dueSoon: 0, overdue: 0 } },
  firstContact: { courses: 0, averageDays: null, withinPromise: 0, promiseDays: 7 },
});

const show = (value: number | null) => ({ value, suppressed: false });
const hide = { value: null, suppressed: true };

describe('headline', () => {
  it("shows the report's figures when nothing is small", () => {
    const h = headline(dashboard({}));
    expect(h).toMatchObject({
      admitted: show(40),
      targetAdmitted: 40,
      inStatistics: show(36),
      atLeastOneYear: show(20),
      closer: show(14),
      closerShare: show(0.7),
      targetCloserShare: 0.87,
    });
    // Four flex jobs are hidden, and the next-smallest (six ordinary jobs) with them.
    expect(h.outcomes).toMatchObject({
      ongoing: show(26),
      ordinaryJob: hide,
      flexJob: hide,
      education: show(0),
    });
    // 3 answers not "yes": "yes" is hidden too, and so the share; the 25 answers are shown.
    expect(h.feltHeard).toEqual({ answers: show(25), share: hide });
  });

  it('hides closer and its share when "not closer" is small', () => {
    const h = headline(dashboard({ atLeastOneYear: 16, closerToLabourMarket: 14, closerShare: 14 / 16 }));
    expect(h).toMatchObject({ atLeastOneYear: show(16), closer: hide, closerShare: hide });
  });

  it('hides those in statistics when the outcomes cannot keep their few apart otherwise', () => {
    // Five in statistics, one in each of five outcomes: a shown total would say each is 1.
    const outcomes = { ongoing: 1, ordinaryJob: 1, flexJob: 1, education: 1, stopped: 1 };
    const h = headline(
      dashboard({
        admitted: 5,
        inStatistics: 5,
        atLeastOneYear: 0,
        closerToLabourMarket: 0,
        closerShare: null,
        outcomes,
      }),
    );
    expect(h.inStatistics).toEqual(hide);
    expect(Object.values(h.outcomes).every((c) => c.suppressed)).toBe(true);
    expect(h.admitted).toEqual(show(5));
    expect(h.closerShare).toEqual(show(null));
  });
});
