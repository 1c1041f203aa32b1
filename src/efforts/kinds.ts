/**
 * The vocabulary of parallel efforts (DOMAIN.md "Parallel efforts"). Pure: the view policy and the
 * web app import it, so which efforts are health data is decided once.
 */
export const effortKinds = [
  'psychologist',
  'housingSupport',
  'addictionTreatment',
  'psychiatry',
  'education',
  'other',
] as const;
export type EffortKind = (typeof effortKinds)[number];

/** The law an offer is granted under: LAB, SEL, the Active Social Policy Act, education acts, health acts. */
export const legalBases = ['lab', 'sel', 'activeSocialPolicy', 'educationLaw', 'healthLaw'] as const;
export type LegalBasis = (typeof legalBases)[number];

/** Treatment is health care whatever law grants it; anything under health law is health care. */
const healthKinds: ReadonlySet<string> = new Set<EffortKind>([
  'psychologist',
  'psychiatry',
  'addictionTreatment',
]);

/** GDPR art. 9: a health effort is class `health`, never shown to a company. */
export const isHealthEffort = (row: { kind?: unknown; legalBasis?: unknown }) =>
  healthKinds.has(String(row.kind)) || row.legalBasis === 'healthLaw';
