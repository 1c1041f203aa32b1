import type { ConsentCategory } from '../consents/categories.ts';
import type { CourseRole } from './permissions.ts';

/**
 * Every field that leaves the server belongs to one class of information. Who receives a class
 * is decided here, once, by the reader's course role and the young person's consent categories.
 */
export const dataClasses = [
  /** Anyone: carries nothing about a person. */
  'public',
  /** The signed-in reader's own account and what they may do. */
  'self',
  /** Who the course is about and who works on it: ids, names, the partnership, the team. */
  'identity',
  /** The young person's phone and e-mail. */
  'contact',
  /** What the young person needs support with. */
  'supportNeeds',
  /** Goals and sub-goals outside health. */
  'goals',
  /** Attendance days at the reader's own workplace (for everyone but a company: all days). */
  'attendance',
  /** Attendance at other workplaces, and summaries over all of them. */
  'attendanceAllWorkplaces',
  /** Journal notes the reader's side may read, outside the treatment track. */
  'notes',
  /** Measurements of the distance to the labour market, drafts and the instrument's scores. */
  'measurements',
  /** A status letter as a document (period, approval, who read it); each section has its own class. */
  'statusLetters',
  /** The course's meetings: time, place, who takes part, agenda, minutes, decisions, tasks, feedback. */
  'meetings',
  /** Parallel efforts beside the course outside health (housing support, education…). */
  'efforts',
  /** The young person's network outside health care: who, relation, contact, role on the course. */
  'network',
  /** Internship agreements (the seven questions), follow-ups, the hand-over of daily contact, the company mentor's observations. */
  'internship',
  /** Work trials (arbejdsprøvning og brancheafklaring) and work-efficiency assessments. */
  'workAssessment',
  /** Job agreements: type, company, hours, efficiency, support, compensation, the job centre's grant. */
  'job',
  /** The young person's work profile (chosen work areas, interests, support level, home for the distance), suggestions and decisions: never a company. */
  'matching',
  /** The course's administration: status, dates, granted months, referral and its plan summary, the steps of the workflow, outcome. */
  'courseAdmin',
  /** Birth date and gender. */
  'personal',
  /** GDPR art. 9: disabilities, acquired strains, health goals and notes, reasons for a pause, health efforts and health-care people in the network. */
  'health',
  /** The CPR number (masked). */
  'cpr',
  /** The consents themselves. */
  'consents',
  /** Aggregate figures of a partnership: no one can be picked out. */
  'statistics',
  /** Organisations, partnerships, users and their roles: for administrators only. */
  'administration',
  /** An institution's company network and own workplaces (src/companies/access.ts): not a course's record. */
  'companies',
] as const;
export type DataClass = (typeof dataClasses)[number];

/** Which classes a consent category opens. */
export const categoryClasses: Record<ConsentCategory, readonly DataClass[]> = {
  contact: ['contact'],
  supportNeeds: ['supportNeeds'],
  goals: ['goals'],
  attendance: ['attendance', 'attendanceAllWorkplaces'],
  notes: ['notes'],
  measurements: ['measurements'],
  statusLetters: ['statusLetters'],
  meetings: ['meetings'],
  efforts: ['efforts'],
  network: ['network'],
  internship: ['internship', 'job', 'matching'],
  workAssessment: ['workAssessment'],
  health: ['health'],
};

const courseClasses = dataClasses.filter(
  (c) => c !== 'statistics' && c !== 'administration' && c !== 'companies',
);

/**
 * Per course role: the classes received always, and the classes received only when a consent
 * category opens them. A class in neither list is never received, whatever the consent says.
 */
export const roleClasses: Record<
  CourseRole,
  { always: readonly DataClass[]; byConsent: readonly DataClass[] }
> = {
  youthCoordinator: { always: courseClasses, byConsent: [] },
  workshopMentor: { always: courseClasses, byConsent: [] },
  jobConsultant: { always: courseClasses, byConsent: [] },
  // The job centre is the authority: it keeps the course's administration, the CPR number and the
  // status letters addressed to it (its legal follow-up); the record's content, and each letter
  // section about it, comes with the young person's consent.
  caseworker: {
    always: [
      'public',
      'self',
      'identity',
      'courseAdmin',
      'personal',
      'cpr',
      'consents',
      'statusLetters',
      'job',
    ],
    byConsent: [
      'internship',
      'workAssessment',
      'matching',
      'contact',
      'supportNeeds',
      'goals',
      'attendance',
      'attendanceAllWorkplaces',
      'notes',
      'measurements',
      'meetings',
      'efforts',
      'network',
      'health',
    ],
  },
  // A company sees only what the young person shares with it, and never health, CPR, personal
  // details, the course's administration or other workplaces.
  companyMentor: {
    always: ['public', 'self', 'identity'],
    byConsent: [
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
      // Never `matching`: a company does not see how it, or anyone else, was ranked.
      'internship',
      'job',
      'workAssessment',
    ],
  },
  // The young person's own record.
  participant: { always: courseClasses, byConsent: [] },
};

/** The classes one course role receives under the given consent categories. */
export function classesFor(role: CourseRole, categories: Iterable<ConsentCategory>): ReadonlySet<DataClass> {
  const { always, byConsent } = roleClasses[role];
  const opened = new Set<DataClass>();
  for (const category of categories) for (const c of categoryClasses[category]) opened.add(c);
  return new Set([...always, ...byConsent.filter((c) => opened.has(c))]);
}
