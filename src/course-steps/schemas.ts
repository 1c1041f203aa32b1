import { z } from 'zod';
import { presentedAs } from '../auth/present.ts';
import { goalArea } from '../goals/schemas.ts';
import { isoDate, storableText } from '../platform/schemas.ts';
import { stepKinds } from './order.ts';

export const stepKind = z.enum(stepKinds);
export const stepParams = z.strictObject({ courseId: z.uuid(), kind: stepKind });

/** Where the first visit takes place (DOMAIN.md: at home, at the job centre, or at the institution). */
export const visitPlaces = ['home', 'jobCentre', 'institution'] as const;

/** NULL: the granted length is not decided yet. */
export const grantedMonths = z.number().int().min(1).max(120).nullable();

/** Goals written down at the start-up or the evaluation: created as real goals in the goals module. */
const newGoals = z
  .array(z.strictObject({ area: goalArea, title: storableText(500, 1) }))
  .max(10)
  .default([]);

/**
 * What is agreed at each step, as stored in course_steps.details (the step's date is its own
 * column). Each kind's input is these fields plus `kind` and `date`.
 */
const details = {
  referral: {
    planSummary: storableText(10000),
    grantedMonths,
    package: storableText(500),
  },
  visit: {
    /** Sets the course's first contact: referral to first contact is measured to it. */
    firstContactDate: isoDate,
    place: z.enum(visitPlaces),
    contactCoordinator: storableText(200),
    contactMentor: storableText(200),
    meetWhere: storableText(300),
    meetWhen: storableText(300),
    workingHours: storableText(300),
    firstTasks: z.array(storableText(300, 1)).max(10).default([]),
    colleague: storableText(200).default(''),
  },
  trial: { lengthWeeks: z.number().int().min(1).max(52) },
  startUp: { note: storableText(5000).default('') },
  evaluation: { plan: storableText(10000, 1) },
  course: { note: storableText(5000).default('') },
  internship: { note: storableText(5000).default('') },
  jobAgreement: { note: storableText(5000).default('') },
  end: { note: storableText(5000).default('') },
} as const;

const input = <K extends keyof typeof details, E extends z.ZodRawShape>(kind: K, extra: E) =>
  z.strictObject({ kind: z.literal(kind), date: isoDate, ...details[kind], ...extra });

/** One step's guided form, as a discriminated union on `kind`. */
export const stepInput = z.discriminatedUnion('kind', [
  input('referral', {}),
  input('visit', {}),
  input('trial', {}),
  input('startUp', { newGoals }),
  input('evaluation', { newGoals }),
  input('course', {}),
  input('internship', {}),
  input('jobAgreement', {}),
  input('end', {}),
]);
export type StepInput = z.infer<typeof stepInput>;

/** The goals a start-up or an evaluation created: their ids only (their titles come by the goals' own rules). */
const goalIds = { goalIds: z.array(z.string()) };

// Strict: a response's details match exactly one kind's shape, never a looser one that would strip it.
const stored = <K extends keyof typeof details, E extends z.ZodRawShape>(kind: K, extra: E) =>
  z.strictObject({ ...details[kind], ...extra });

/** What course_steps.details holds per kind. */
export const storedDetails = {
  referral: stored('referral', {}),
  visit: stored('visit', {}),
  trial: stored('trial', {}),
  startUp: stored('startUp', goalIds),
  evaluation: stored('evaluation', goalIds),
  course: stored('course', {}),
  internship: stored('internship', {}),
  jobAgreement: stored('jobAgreement', {}),
  end: stored('end', {}),
} as const;
export type StoredDetails = { [K in keyof typeof storedDetails]: z.infer<(typeof storedDetails)[K]> };

/** Any kind's details; `kind` beside them says which. */
const anyDetails = z.union([
  storedDetails.referral,
  storedDetails.visit,
  storedDetails.trial,
  storedDetails.startUp,
  storedDetails.evaluation,
  storedDetails.course,
]);

const recordedBy = z.object({ id: z.string(), displayName: z.string() }).nullable();

export const stepVersionView = presentedAs(
  'courseStepVersion',
  z.object({
    version: z.number().int(),
    date: z.string(),
    details: anyDetails,
    recordedAt: z.string(),
    recordedBy,
  }),
);

export const stepView = presentedAs(
  'courseStep',
  z.object({
    kind: stepKind,
    date: z.string(),
    details: anyDetails,
    version: z.number().int(),
    recordedAt: z.string(),
    recordedBy,
    /** Every version, oldest first: the course's history of this step. */
    history: z.array(stepVersionView),
  }),
);
export type StepView = z.infer<typeof stepView>;

export const courseSteps = presentedAs(
  'courseSteps',
  z.object({
    /** The recorded steps in the model's order. */
    steps: z.array(stepView),
    /** The step the course is at; null once it has ended. */
    current: stepKind.nullable(),
    /** What may be recorded or changed now. */
    recordable: z.array(stepKind),
    /** The course's own dates and referral, as the steps have set them. */
    course: z.object({
      referralDate: z.string().nullable(),
      firstContactDate: z.string().nullable(),
      startDate: z.string().nullable(),
      grantedMonths: z.number().int().nullable(),
      planSummary: z.string(),
      package: z.string(),
    }),
  }),
);
export type CourseSteps = z.infer<typeof courseSteps>;

export const stepSaved = presentedAs('courseStepSaved', z.object({ step: stepView }));

// The referral: a new young person and course in a partnership.

export const disabilityKinds = ['cognitive', 'physical', 'psychological'] as const;

export const newReferral = z.strictObject({
  partnershipId: z.uuid(),
  participant: z.strictObject({
    givenName: storableText(100, 1),
    familyName: storableText(100, 1),
    birthDate: isoDate,
    gender: z.enum(['female', 'male', 'other']),
    disabilities: z.array(z.enum(disabilityKinds)).max(3).default([]),
    phone: storableText(40).optional(),
    email: z.union([z.literal(''), z.email().max(320)]).optional(),
    /** Protected data: stored encrypted, shown masked. */
    cpr: storableText(20).optional(),
  }),
  referralDate: isoDate,
  planSummary: storableText(10000),
  grantedMonths,
  package: storableText(500),
  /** The team: the municipality's caseworker and the institution's youth coordinator. */
  caseworkerId: z.uuid(),
  coordinatorId: z.uuid(),
  /**
   * The young person agreed that the job centre sees their course (without health: that needs
   * its own consent, given on the consents tab). Without it the caseworker does not see the course.
   */
  consentToJobCentre: z.boolean().default(false),
});
export type NewReferral = z.infer<typeof newReferral>;

export const referralCreated = presentedAs('self', z.object({ courseId: z.string() }));

const person = z.object({ id: z.string(), displayName: z.string() });
export const referralOptions = presentedAs(
  'self',
  z.object({
    /** The partnerships the signed-in user may refer to, with who can be on the team. */
    partnerships: z.array(
      z.object({
        id: z.string(),
        name: z.string(),
        municipality: z.string(),
        institution: z.string(),
        caseworkers: z.array(person),
        coordinators: z.array(person),
      }),
    ),
  }),
);
export type ReferralOptions = z.infer<typeof referralOptions>;
