import type { DataClass } from '../auth/data-classes.ts';
import type { ModuleViews, Reader } from '../auth/view-types.ts';

/** The views of src/job/ (merged into the one view policy, src/auth/view-policy.ts). */
export type JobViewName =
  | 'workTrialList'
  | 'workTrialSaved'
  | 'workTrial'
  | 'workEfficiencyList'
  | 'workEfficiencySaved'
  | 'workEfficiency'
  | 'jobAgreementList'
  | 'jobAgreementSaved'
  | 'jobAgreement'
  | 'workOptions';

const idOf = (value: unknown) => (value as { id?: string } | null)?.id;

/**
 * A company reads what was made with it only: a work trial at its place, an assessment it took
 * part in, its own job agreement; never another company's (the consent names this company).
 * 'courseAdmin' is a class no company ever receives.
 */
const ownCompanyOnly =
  (cls: DataClass, companyOf: (row: Record<string, unknown>) => string | undefined) =>
  (row: Record<string, unknown>, reader: Reader): DataClass =>
    reader.side === 'company' && companyOf(row) !== reader.organisationId ? 'courseAdmin' : cls;

const trialCompany = (row: Record<string, unknown>) => {
  const place = row.place as { kind?: string; id?: string } | undefined;
  return place?.kind === 'company' ? place.id : undefined;
};

export const jobViews: ModuleViews<JobViewName> = {
  // The work trial and work efficiency: the job centre's documentation, with the young person's
  // consent (workAssessment) for the caseworker and for a company.
  workTrialList: { fields: { workTrials: { view: 'workTrial' } } },
  workTrialSaved: { fields: { workTrial: { view: 'workTrial' } } },
  workTrial: {
    row: ownCompanyOnly('workAssessment', trialCompany),
    fields: {
      id: 'row',
      fromDate: 'row',
      toDate: 'row',
      place: 'row',
      workFunctions: 'row',
      whatWorked: 'row',
      paceAndStamina: 'row',
      supportAtWork: 'row',
      supportInDailyLife: 'row',
      authors: 'row',
      version: 'row',
      updatedAt: 'row',
    },
  },
  workEfficiencyList: { fields: { assessments: { view: 'workEfficiency' } } },
  workEfficiencySaved: { fields: { assessment: { view: 'workEfficiency' } } },
  workEfficiency: {
    row: ownCompanyOnly('workAssessment', (row) => idOf(row.company)),
    fields: {
      id: 'row',
      assessedOn: 'row',
      percent: 'row',
      hoursPerWeek: 'row',
      company: 'row',
      internshipId: 'row',
      companyAssessor: 'row',
      note: 'row',
      assessedBy: 'row',
      createdAt: 'row',
    },
  },
  // The job agreement is the job centre's (class job): the caseworker always reads it.
  jobAgreementList: { fields: { jobAgreements: { view: 'jobAgreement' } } },
  jobAgreementSaved: { fields: { jobAgreement: { view: 'jobAgreement' } } },
  jobAgreement: {
    row: ownCompanyOnly('job', (row) => idOf(row.company)),
    fields: {
      id: 'row',
      type: 'row',
      company: 'row',
      workFunctions: 'row',
      hoursPerWeek: 'row',
      efficiencyPercent: 'row',
      support: 'row',
      compensation: 'row',
      startsOn: 'row',
      grantedOn: 'row',
      version: 'row',
      updatedAt: 'row',
    },
  },
  // The institution's places and network are not the young person's record, but a company never
  // sees the network (courseAdmin); the course's internships are class internship.
  workOptions: {
    fields: { workplaces: 'courseAdmin', companies: 'courseAdmin', internships: 'internship' },
  },
};
