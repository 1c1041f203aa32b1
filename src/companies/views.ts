import type { FieldRuleOf, ModuleViews } from '../auth/view-types.ts';

/** The views of src/companies/ (merged into the one view policy, src/auth/view-policy.ts). */
export type CompanyViewName =
  | 'companyList'
  | 'companySummary'
  | 'companyDetail'
  | 'company'
  | 'companySaved'
  | 'companyContact'
  | 'contactSaved'
  | 'capacityAssessment'
  | 'assessmentSaved'
  | 'companyOpening'
  | 'openingSaved'
  | 'companyHistory'
  | 'workplaceList'
  | 'workplace'
  | 'workplaceSaved';

/** The network is its own class: whoever reads the network reads all of it (src/companies/access.ts). */
const all = (...names: string[]): Record<string, FieldRuleOf<CompanyViewName>> =>
  Object.fromEntries(names.map((n) => [n, 'companies']));

export const companyViews: ModuleViews<CompanyViewName> = {
  companyList: {
    fields: { companies: { view: 'companySummary' }, ...all('networks', 'near') },
  },
  companySummary: {
    fields: all(
      'id',
      'name',
      'institutionId',
      'industry',
      'workFunctions',
      'city',
      'capacity',
      'distanceKm',
      'openPlaces',
      'newPlace',
    ),
  },
  companyDetail: {
    fields: {
      company: { view: 'company' },
      contacts: { view: 'companyContact' },
      capacity: { view: 'capacityAssessment' },
      openings: { view: 'companyOpening' },
      history: { view: 'companyHistory' },
      ...all('writable', 'mentorUsers'),
    },
  },
  company: {
    fields: all(
      'id',
      'institutionId',
      'name',
      'cvr',
      'industry',
      'street',
      'postcode',
      'city',
      'latitude',
      'longitude',
      'workFunctions',
      'personalRelation',
      'notes',
      'newPlace',
      'newPlaceOn',
      'version',
      'updatedAt',
    ),
  },
  companySaved: { fields: { company: { view: 'company' } } },
  companyContact: {
    fields: all('id', 'name', 'title', 'phone', 'email', 'isMentor', 'userId', 'removedAt'),
  },
  contactSaved: { fields: { contact: { view: 'companyContact' } } },
  capacityAssessment: { fields: all('id', 'assessedOn', 'level', 'reasons', 'assessedBy') },
  assessmentSaved: { fields: { assessment: { view: 'capacityAssessment' } } },
  companyOpening: {
    fields: all('id', 'title', 'workFunctions', 'hoursPerWeek', 'availableFrom', 'status', 'note', 'version'),
  },
  openingSaved: { fields: { opening: { view: 'companyOpening' } } },
  companyHistory: { fields: all('years', 'internships', 'hires') },
  workplaceList: {
    fields: { workplaces: { view: 'workplace' }, ...all('networks', 'mentorOptions') },
  },
  workplace: {
    fields: all(
      'id',
      'institutionId',
      'name',
      'workFunctions',
      'description',
      'active',
      'mentors',
      'version',
    ),
  },
  workplaceSaved: { fields: { workplace: { view: 'workplace' } } },
};
