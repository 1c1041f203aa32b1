import type { Dashboard } from '../../src/reports/dashboard-schemas.ts';
import type { ReportDocument } from '../../src/reports/pdf-document.ts';

/** The report's example figures (seed 002 §2: 36 admitted, 34 in the figures, 14 of 20 closer). */
export function reportFixtureDashboard(): Dashboard {
  return {
    partnership: {
      id: 'p',
      name: 'Randers',
      municipality: 'Randers Kommune',
      institution: 'Randers Bo- og Erhvervstræning',
    },
    asOf: '2026-03-01',
    report: {
      admitted: 36,
      inStatistics: 34,
      atLeastOneYear: 20,
      closerToLabourMarket: 14,
      closerShare: 0.7,
      targets: { admitted: 40, closerShare: 0.87 },
      byGender: { female: 15, male: 18, other: 1 },
      byAgeAtStart: { '19': 10, '23': 24 },
      byDisabilityCombination: { cognitive: 20, 'cognitive+psychological': 14 },
      byGrantedMonths: { '36': 30, undecided: 4 },
      outcomes: { flexJob: 4, ordinaryJob: 2, ongoing: 28 },
      feltHeard: { yes: 7, partly: 1, no: 0, share: 0.875 },
    },
    agreementVersion: 3,
    outcomeSplit: [
      {
        label: 'Ordinært job eller fleksjob',
        outcomes: ['ordinaryJob', 'flexJob'],
        target: 0.8,
        count: 6,
        actual: 1,
      },
      {
        label: 'Løntilskud eller beskyttet',
        outcomes: ['wageSubsidyJob', 'shelteredEmployment'],
        target: 0.2,
        count: 0,
        actual: 0,
      },
    ],
    attendance: [
      { month: '2026-01', present: 300, absent: 60, share: 300 / 360 },
      { month: '2026-02', present: 280, absent: 40, share: 0.875 },
    ],
    due: { measurements: { dueSoon: 3, overdue: 1 }, statusLetters: { dueSoon: 5, overdue: 2 } },
    firstContact: { courses: 30, averageDays: 6.25, withinPromise: 24, promiseDays: 7 },
  };
}

export const reportFixture = (): ReportDocument => ({
  dashboard: reportFixtureDashboard(),
  meeting: {
    day: '2026-03-12',
    title: 'Halvårligt statusmøde',
    agenda: [
      { heading: 'Partnerskabets halvårlige status', text: '' },
      { heading: 'Mål', text: 'Optag 40 unge; 87 % tættere på arbejdsmarkedet.' },
      { heading: 'Aktiviteter', text: '- Virksomhedsnetværk i Østjylland\n- Fælles kick-off' },
      { heading: 'Erfaringer og refleksion', text: '' },
      { heading: 'Resultater og justeringer', text: 'Kortere ventetid til første samtale.' },
      { heading: 'Aftaler, opgaver og næste møde', text: '' },
    ],
  },
});
