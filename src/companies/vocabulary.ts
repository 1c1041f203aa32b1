/**
 * The company network's shared words (pure: the web app imports it). Work functions and
 * industries are fixed lists so that matching compares like with like; the Danish and English
 * words are in the web app's i18n files (`workFunction.*`, `industry.*`).
 */
export const workFunctions = [
  'kitchen',
  'cleaning',
  'warehouse',
  'retail',
  'customerService',
  'gardening',
  'carpentry',
  'metalwork',
  'construction',
  'painting',
  'autoRepair',
  'bikeRepair',
  'animalCare',
  'care',
  'office',
  'it',
  'delivery',
  'laundry',
  'maintenance',
  'production',
] as const;
export type WorkFunction = (typeof workFunctions)[number];

export const industries = [
  'food',
  'retail',
  'crafts',
  'construction',
  'agriculture',
  'manufacturing',
  'logistics',
  'care',
  'office',
  'auto',
  'cleaning',
  'hospitality',
  'publicSector',
] as const;
export type Industry = (typeof industries)[number];

/** Relational capacity (the company) and support level (the young person), on the same scale. */
export const levels = ['low', 'medium', 'high'] as const;
export type Level = (typeof levels)[number];

/** After a hire: was the company asked for a new internship place, and what did it answer. */
export const newPlaceStates = ['notAsked', 'promised', 'declined', 'opened'] as const;
export type NewPlace = (typeof newPlaceStates)[number];

export const openingStates = ['open', 'filled', 'closed'] as const;
export type OpeningStatus = (typeof openingStates)[number];

/** Who holds the daily contact during an internship: it moves from the job consultant to the company mentor. */
export const dailyContacts = ['jobConsultant', 'shared', 'companyMentor'] as const;
export type DailyContact = (typeof dailyContacts)[number];

/** The job types a job agreement can have (the outcomes of the same names, DOMAIN.md). */
export const jobTypes = ['ordinaryJob', 'flexJob', 'wageSubsidyJob', 'shelteredEmployment'] as const;
export type JobType = (typeof jobTypes)[number];

/** One day of an internship's week: where and when (report §8.6, question 4), and that day's plan. */
export interface ScheduleDay {
  /** ISO weekday, 1 = Monday. */
  weekday: number;
  from: string;
  to: string;
  plan: string;
}
