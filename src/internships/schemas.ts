import { z } from 'zod';
import { presentedAs } from '../auth/present.ts';
import { dailyContacts, workFunctions } from '../companies/vocabulary.ts';
import { companyCategories } from '../consents/categories.ts';
import { goalView } from '../goals/schemas.ts';
import { isoDate, storableText } from '../platform/schemas.ts';

export const internshipParams = z.strictObject({ courseId: z.uuid(), internshipId: z.uuid() });

const clock = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'expected a time HH:MM');

/** One day of the week's plan (report §8.6, question 4). */
export const scheduleDay = z
  .strictObject({
    weekday: z.number().int().min(1, 'expected an ISO weekday 1–7').max(7, 'expected an ISO weekday 1–7'),
    from: clock,
    to: clock,
    plan: storableText(500),
  })
  .refine((d) => d.from < d.to, { message: 'must be after from', path: ['to'] });

/** What the company may read: the young person's consent for that company (never health). */
export const companyCategory = z.enum(companyCategories);
const companyMayRead = z.array(companyCategory).max(companyCategories.length);

const agreementFields = {
  openingId: z.uuid().nullable().optional(),
  mentorContactId: z.uuid().nullable().optional(),
  startsOn: isoDate,
  endsOn: isoDate.nullable().optional(),
  // 1. purpose
  purpose: storableText(2000, 1),
  // 2. work functions and tasks
  workFunctions: z.array(z.enum(workFunctions)).max(workFunctions.length).optional(),
  workTasks: storableText(2000).optional(),
  // 3. who the young person works with
  colleagues: storableText(2000).optional(),
  // 4. where and when
  place: storableText(300).optional(),
  hoursPerWeek: z.number().gt(0).max(60).nullable().optional(),
  schedule: z.array(scheduleDay).max(14).optional(),
  // 5. support need
  supportNeed: storableText(2000).optional(),
  // 6. goals and sub-goals: ids of the course's goals
  goalIds: z.array(z.uuid()).max(50).optional(),
  // 7. when and how we follow up
  followUpPlan: storableText(2000).optional(),
  companyMayRead: companyMayRead.optional(),
};

export const newInternship = z.strictObject({ companyId: z.uuid(), ...agreementFields });
export type NewInternship = z.infer<typeof newInternship>;

export const internshipPatch = z
  .strictObject({
    ...agreementFields,
    startsOn: isoDate.optional(),
    purpose: storableText(2000, 1).optional(),
  })
  .refine((p) => Object.values(p).some((v) => v !== undefined), {
    message: 'nothing to change',
  });
export type InternshipPatch = z.infer<typeof internshipPatch>;

export const endInternship = z.strictObject({ endsOn: isoDate, reason: storableText(2000, 1) });
export const newFollowUp = z.strictObject({
  heldOn: isoDate,
  note: storableText(4000, 1),
  nextOn: isoDate.nullable().optional(),
});
export const newHandover = z.strictObject({
  dailyContact: z.enum(dailyContacts),
  effectiveOn: isoDate,
  note: storableText(2000).optional(),
});
export const newObservation = z.strictObject({
  text: storableText(1000, 1),
  observedOn: isoDate.optional(),
});

const person = z.object({ name: z.string(), phone: z.string() });
const scheduleDayOut = z.object({ weekday: z.number(), from: z.string(), to: z.string(), plan: z.string() });

export const internshipView = presentedAs(
  'internship',
  z.object({
    id: z.string(),
    company: z.object({ id: z.string(), name: z.string() }),
    opening: z.object({ id: z.string(), title: z.string() }).nullable().optional(),
    mentor: z
      .object({ contactId: z.string(), name: z.string(), phone: z.string(), userId: z.string().nullable() })
      .nullable(),
    participant: z.object({ name: z.string(), phone: z.string().optional() }),
    coordinator: person.nullable(),
    startsOn: z.string().optional(),
    endsOn: z.string().nullable().optional(),
    endReason: z.string().optional(),
    purpose: z.string().optional(),
    workFunctions: z.array(z.string()).optional(),
    workTasks: z.string().optional(),
    colleagues: z.string().optional(),
    place: z.string().optional(),
    hoursPerWeek: z.number().nullable().optional(),
    schedule: z.array(scheduleDayOut).optional(),
    supportNeed: z.string().optional(),
    // The chosen goals, each with its chosen sub-goals, in the goals' own shape (and view).
    goals: z.array(goalView).optional(),
    followUpPlan: z.string().optional(),
    dailyContact: z.enum(dailyContacts).optional(),
    /** The young person's consent for this company, as it stands: what the company mentor may read. */
    companyMayRead: z.array(companyCategory).optional(),
    // Class internship like the agreement: absent for a company that is not shown the agreement.
    version: z.number().int().optional(),
    updatedAt: z.string().optional(),
  }),
);
export type InternshipView = z.infer<typeof internshipView>;

export const followUpView = presentedAs(
  'internshipFollowUp',
  z.object({
    id: z.string(),
    heldOn: z.string(),
    note: z.string(),
    nextOn: z.string().nullable(),
    recordedBy: z.string(),
  }),
);
export const handoverView = presentedAs(
  'internshipHandover',
  z.object({
    id: z.number(),
    dailyContact: z.enum(dailyContacts),
    effectiveOn: z.string(),
    note: z.string(),
    recordedBy: z.string(),
  }),
);
export const observationView = presentedAs(
  'internshipObservation',
  z.object({
    id: z.string(),
    observedOn: z.string(),
    text: z.string(),
    author: z.string(),
    mine: z.boolean(),
  }),
);

export const internshipList = presentedAs(
  'internshipList',
  z.object({ internships: z.array(internshipView) }),
);
export const internshipSaved = presentedAs('internshipSaved', z.object({ internship: internshipView }));
export const internshipDetail = presentedAs(
  'internshipDetail',
  z.object({
    internship: internshipView,
    followUps: z.array(followUpView).optional(),
    handovers: z.array(handoverView).optional(),
    observations: z.array(observationView).optional(),
  }),
);
export const followUpSaved = presentedAs('internshipFollowUpSaved', z.object({ followUp: followUpView }));
export const handoverSaved = presentedAs(
  'internshipHandoverSaved',
  z.object({ handover: handoverView, internship: internshipView }),
);
export const observationSaved = presentedAs(
  'internshipObservationSaved',
  z.object({ observation: observationView }),
);

/** The company mentor's page: each internship presented through its own course's grant. */
export const mentorInternship = presentedAs(
  'mentorInternship',
  z.object({
    courseId: z.string(),
    today: z.object({ date: z.string(), weekday: z.number(), plan: scheduleDayOut.nullable() }).optional(),
    internship: internshipView,
    observations: z.array(observationView).optional(),
    /** Present only when the young person shares attendance with the company: then the page offers "mødt i dag". */
    mayRegisterAttendance: z.boolean().optional(),
  }),
);
export const mentorInternships = presentedAs(
  'mentorInternships',
  z.object({ internships: z.array(mentorInternship) }),
);

/** What a new agreement can name: the network's companies with their mentors and open places. */
export const internshipChoices = presentedAs(
  'internshipChoices',
  z.object({
    companies: z.array(
      z.object({
        id: z.string(),
        name: z.string(),
        contacts: z.array(
          z.object({ id: z.string(), name: z.string(), isMentor: z.boolean(), hasSignIn: z.boolean() }),
        ),
        openings: z.array(z.object({ id: z.string(), title: z.string() })),
      }),
    ),
  }),
);
