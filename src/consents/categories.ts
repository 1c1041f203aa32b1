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
  'health',
] as const;
export type ConsentCategory = (typeof consentCategories)[number];

/** A company is never given health data, whatever the consent says (GDPR art. 9). */
export const companyCategories = ['contact', 'supportNeeds', 'goals', 'attendance', 'notes'] as const;

/** The categories each purpose can name; statistics names none (it shares no one's record). */
export const categoriesFor = {
  shareWithCompany: companyCategories,
  shareWithMunicipality: consentCategories,
  statistics: [],
} as const satisfies Record<string, readonly ConsentCategory[]>;

/** What a consent recorded without a choice shares: the least that makes it useful. */
export const defaultCategories = {
  shareWithCompany: ['contact', 'goals'],
  shareWithMunicipality: consentCategories,
  statistics: [],
} as const satisfies Record<string, readonly ConsentCategory[]>;
