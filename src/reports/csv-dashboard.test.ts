import { describe, expect, it } from 'vitest';
import { BOM } from './csv.ts';
import { dashboardCsv } from './csv-dashboard.ts';
import type { Dashboard } from './dashboard-schemas.ts';

const dashboard: Dashboard = {
  partnership: { id: 'p', name: 'Testby', municipality: 'Testby Kommune', institution: 'Testby Skole' },
  asOf: '2026-06-30',
  report: {
    admitted: 12,
    inStatistics: 10,
    atLeastOneYear: 8,
    closerToLabourMarket: 6,
    closerShare: 0.75,
    targets: { admitted: 40, closerShare: 0.87 },
    byGender: { female: 6, male: 4 },
    byAgeAtStart: { '23': 10 },
    byDisabilityCombination: { 'cognitive+psychological': 10 },
    byGrantedMonths: { '36': 10 },
    outcomes: { flexJob: 1, ongoing: 9 },
    feltHeard: { yes: 7, partly: 2, no: 1, share: 0.7 },
  },
  agreementVersion: 2,
  outcomeSplit: [
    {
      label: 'Ordinært job eller fleksjob',
      outcomes: ['ordinaryJob', 'flexJob'],
      target: 0.8,
      count: 1,
      actual: 1,
    },
  ],
  attendance: [{ month: '2026-06', present: 45, absent: 5, share: 0.9 }],
  due: { measurements: { dueSoon: 2, overdue: 1 }, statusLetters: { dueSoon: 0, overdue: 3 } },
  firstContact: { courses: 4, averageDays: 5.5, withinPromise: 3, promiseDays: 7 },
};

describe('the dashboard as one CSV file', () => {
  const lines = dashboardCsv(dashboard).slice(BOM.length).split('\r\n');

  it('starts with the BOM and a Danish header, ";" between fields', () => {
    expect(dashboardCsv(dashboard).startsWith(BOM)).toBe(true);
    expect(lines[0]).toBe('Tal;Gruppe;Antal;Andel;Mål');
  });

  it('holds the same numbers as the page, shares and decimals written the Danish way', () => {
    expect(lines).toContain('Optaget;;12;;40');
    expect(lines).toContain('Kommet tættere på arbejdsmarkedet;;6;75 %;87 %');
    expect(lines).toContain('Køn;Kvinde;6;60 %;');
    expect(lines).toContain('Afslutninger mod målfordelingen;Ordinært job eller fleksjob;1;100 %;80 %');
    expect(lines).toContain('Fremmøde, dage mødt;2026-06;45;90 %;');
    expect(lines).toContain('Statusbreve;forsinket;3;;');
    expect(lines).toContain('Fra henvisning til første kontakt;dage i gennemsnit;5,5;;7 dage');
    expect(lines).toContain('Følte du dig hørt?;ja;7;70 %;');
  });
});
