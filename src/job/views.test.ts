import { describe, expect, it } from 'vitest';
import type { DataClass } from '../auth/data-classes.ts';
import { present } from '../auth/present.ts';
import type { Reader } from '../auth/view-types.ts';

const reader = (side: Reader['side'], organisationId: string, classes: DataClass[]): Reader => ({
  side,
  organisationId,
  classes: new Set(classes),
});
const trial = (kind: 'workplace' | 'company', id: string) => ({
  id: `t-${id}`,
  fromDate: '2025-03-03',
  toDate: null,
  place: { kind, id, name: id },
  workFunctions: [],
  whatWorked: '',
  paceAndStamina: '',
  supportAtWork: '',
  supportInDailyLife: '',
  authors: [],
  version: 1,
  updatedAt: '2025-03-03T00:00:00.000Z',
});
const agreement = (companyId: string) => ({
  id: `a-${companyId}`,
  type: 'flexJob',
  company: { id: companyId, name: companyId },
  workFunctions: [],
  hoursPerWeek: 20,
  efficiencyPercent: null,
  support: '',
  compensation: { mentorSupport: false, mentorSupportHours: null, personalAssistance: false, note: '' },
  startsOn: null,
  grantedOn: null,
  version: 1,
  updatedAt: '2025-03-03T00:00:00.000Z',
});
const ids = (list: Array<{ id: string }>) => list.map((x) => x.id);

describe('the job views', () => {
  const trials = {
    workTrials: [trial('workplace', 'kitchen'), trial('company', 'c1'), trial('company', 'c2')],
  };

  it('give a company the work trials at its own place only, and only with the workAssessment class', () => {
    const withConsent = present('workTrialList', trials, reader('company', 'c1', ['workAssessment']));
    expect(ids(withConsent.workTrials)).toEqual(['t-c1']);
    expect(present('workTrialList', trials, reader('company', 'c1', ['job'])).workTrials).toEqual([]);
  });

  it('give staff and the caseworker every trial by the workAssessment class', () => {
    expect(
      ids(present('workTrialList', trials, reader('municipality', 'm', ['workAssessment'])).workTrials),
    ).toEqual(['t-kitchen', 't-c1', 't-c2']);
    expect(present('workTrialList', trials, reader('municipality', 'm', ['job'])).workTrials).toEqual([]);
  });

  it('give the job agreement by class job, a company only its own', () => {
    const list = { jobAgreements: [agreement('c1'), agreement('c2')] };
    expect(
      ids(present('jobAgreementList', list, reader('municipality', 'm', ['job'])).jobAgreements),
    ).toEqual(['a-c1', 'a-c2']);
    expect(ids(present('jobAgreementList', list, reader('company', 'c2', ['job'])).jobAgreements)).toEqual([
      'a-c2',
    ]);
    expect(
      present('jobAgreementList', list, reader('company', 'c2', ['workAssessment'])).jobAgreements,
    ).toEqual([]);
  });
});
