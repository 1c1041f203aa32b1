/**
 * What a consent to share names: categories of information in words the young person
 * understands (the easy-read Danish is in the web app's i18n files). Pure: the web app imports it.
 */
export const consentCategories = [
  'contact',
  'supportNeeds',
  'goals',
  'attendance',
  'notes',
  /** Measurements of the distance to the labour market (both perspectives). */
  'measurements',
  /** Approved status letters; each section still needs the class of what it is about. */
  'statusLetters',
  /** The meetings of the course the reader takes part in: time, place, agenda, minutes, tasks. */
  'meetings',
  /** Parallel efforts beside the course (never the health ones to a company). */
  'efforts',
  /** The young person's network (never health-care people to a company). */
  'network',
  /** The internship agreement (purpose, work functions, colleagues, where and when, follow-up) and the job agreement. */
  'internship',
  /** Work trials and work-efficiency assessments. */
  'workAssessment',
  'health',
] as const;
export type ConsentCategory = (typeof consentCategories)[number];

/** A company is never given health data, whatever the consent says (GDPR art. 9). */
export const companyCategories = [
  'contact',
  'supportNeeds',
  'goals',
  'attendance',
  'notes',
  'measurements',
  'statusLetters',
  'meetings',
  'efforts',
  'network',
  'internship',
  'workAssessment',
] as const;

/**
 * The job centre receives the status letters addressed to it without asking (its legal follow-up;
 * each section still needs its own category), so a consent for it does not name them.
 */
export const municipalityCategories = consentCategories.filter(
  (c): c is Exclude<ConsentCategory, 'statusLetters'> => c !== 'statusLetters',
);

/** The categories each purpose can name; statistics names none (it shares no one's record). */
export const categoriesFor = {
  shareWithCompany: companyCategories,
  shareWithMunicipality: municipalityCategories,
  statistics: [],
} as const satisfies Record<string, readonly ConsentCategory[]>;

/** What a consent recorded without a choice shares: the least that makes it useful. */
export const defaultCategories = {
  shareWithCompany: ['contact', 'goals'],
  shareWithMunicipality: municipalityCategories,
  statistics: [],
} as const satisfies Record<string, readonly ConsentCategory[]>;
