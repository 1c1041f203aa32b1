import { z } from 'zod';
import { presentedAs } from '../auth/present.ts';
import { jobTypes, workFunctions } from '../companies/vocabulary.ts';
import { isoDate, storableText } from '../platform/schemas.ts';

export const jobType = z.enum(jobTypes);
const workFunctionList = z
  .array(z.enum(workFunctions))
  .max(workFunctions.length)
  .refine((l) => new Set(l).size === l.length, 'names a work function twice');
const hours = z.number().gt(0, 'must be more than 0').max(60);
const percent = z.number().int().min(0).max(100);
const longText = storableText(4000);

export const trialParams = z.strictObject({ courseId: z.uuid(), trialId: z.uuid() });
export const agreementParams = z.strictObject({ courseId: z.uuid(), agreementId: z.uuid() });

// ── work trial (arbejdsprøvning og brancheafklaring) ───────────────────────────────────────────

/** Where it was tried: one of the institution's workplaces or a company of its network, exactly one. */
const trialFields = {
  fromDate: isoDate,
  toDate: isoDate.nullable(),
  workplaceId: z.uuid().nullable(),
  companyId: z.uuid().nullable(),
  workFunctions: workFunctionList,
  whatWorked: longText,
  paceAndStamina: longText,
  supportAtWork: longText,
  supportInDailyLife: longText,
  /** The mentor and the coordinator who wrote it: user ids of the course's team. */
  authors: z.array(z.uuid()).max(10),
};
export const newWorkTrial = z.strictObject({
  ...trialFields,
  toDate: trialFields.toDate.optional(),
  workplaceId: trialFields.workplaceId.optional(),
  companyId: trialFields.companyId.optional(),
  workFunctions: trialFields.workFunctions.default([]),
  whatWorked: longText.default(''),
  paceAndStamina: longText.default(''),
  supportAtWork: longText.default(''),
  supportInDailyLife: longText.default(''),
  authors: trialFields.authors.optional(),
});
export type NewWorkTrial = z.infer<typeof newWorkTrial>;

export const workTrialPatch = z
  .strictObject(trialFields)
  .partial()
  .refine((p) => Object.values(p).some((v) => v !== undefined), {
    message: 'nothing to change',
  });
export type WorkTrialPatch = z.infer<typeof workTrialPatch>;

const person = z.object({ userId: z.string(), displayName: z.string() });
const place = z.object({ kind: z.enum(['workplace', 'company']), id: z.string(), name: z.string() });
const company = z.object({ id: z.string(), name: z.string() });

export const workTrialView = presentedAs(
  'workTrial',
  z.object({
    id: z.string(),
    fromDate: z.string(),
    toDate: z.string().nullable(),
    place,
    workFunctions: z.array(z.enum(workFunctions)),
    whatWorked: z.string(),
    paceAndStamina: z.string(),
    supportAtWork: z.string(),
    supportInDailyLife: z.string(),
    authors: z.array(person),
    version: z.number().int(),
    updatedAt: z.string(),
  }),
);
export type WorkTrialView = z.infer<typeof workTrialView>;
export const workTrialList = presentedAs('workTrialList', z.object({ workTrials: z.array(workTrialView) }));
export const workTrialSaved = presentedAs('workTrialSaved', z.object({ workTrial: workTrialView }));

// ── work efficiency ────────────────────────────────────────────────────────────────────────────

/** Made jointly by the job consultant and the company: the company is part of it. */
export const newWorkEfficiency = z.strictObject({
  assessedOn: isoDate,
  percent,
  hoursPerWeek: hours,
  companyId: z.uuid(),
  internshipId: z.uuid().nullable().optional(),
  companyAssessor: storableText(200).default(''),
  note: storableText(2000).default(''),
});
export type NewWorkEfficiency = z.infer<typeof newWorkEfficiency>;

export const workEfficiencyView = presentedAs(
  'workEfficiency',
  z.object({
    id: z.string(),
    assessedOn: z.string(),
    percent: z.number().int(),
    hoursPerWeek: z.number(),
    company: company.nullable(),
    internshipId: z.string().nullable(),
    companyAssessor: z.string(),
    note: z.string(),
    assessedBy: person.nullable(),
    createdAt: z.string(),
  }),
);
export type WorkEfficiencyView = z.infer<typeof workEfficiencyView>;
/** Oldest first: the development over time. */
export const workEfficiencyList = presentedAs(
  'workEfficiencyList',
  z.object({ assessments: z.array(workEfficiencyView) }),
);
export const workEfficiencySaved = presentedAs(
  'workEfficiencySaved',
  z.object({ assessment: workEfficiencyView }),
);

// ── job agreement ──────────────────────────────────────────────────────────────────────────────

const compensation = z.strictObject({
  mentorSupport: z.boolean(),
  mentorSupportHours: hours.nullable(),
  personalAssistance: z.boolean(),
  note: storableText(2000),
});
const agreementFields = {
  type: jobType,
  companyId: z.uuid(),
  workFunctions: workFunctionList,
  hoursPerWeek: hours,
  efficiencyPercent: percent.nullable(),
  support: storableText(2000),
  compensation,
  startsOn: isoDate.nullable(),
  /** The day the job centre granted it; null until then. */
  grantedOn: isoDate.nullable(),
};
export const newJobAgreement = z.strictObject({
  ...agreementFields,
  workFunctions: agreementFields.workFunctions.default([]),
  efficiencyPercent: agreementFields.efficiencyPercent.optional(),
  support: agreementFields.support.default(''),
  compensation: compensation.partial().optional(),
  startsOn: agreementFields.startsOn.optional(),
  grantedOn: agreementFields.grantedOn.optional(),
});
export type NewJobAgreement = z.infer<typeof newJobAgreement>;

export const jobAgreementPatch = z
  .strictObject({ ...agreementFields, compensation: compensation.partial() })
  .partial()
  .refine((p) => Object.values(p).some((v) => v !== undefined), { message: 'nothing to change' });
export type JobAgreementPatch = z.infer<typeof jobAgreementPatch>;

export const jobAgreementView = presentedAs(
  'jobAgreement',
  z.object({
    id: z.string(),
    type: jobType,
    company,
    workFunctions: z.array(z.enum(workFunctions)),
    hoursPerWeek: z.number(),
    efficiencyPercent: z.number().int().nullable(),
    support: z.string(),
    compensation: z.object({
      mentorSupport: z.boolean(),
      mentorSupportHours: z.number().nullable(),
      personalAssistance: z.boolean(),
      note: z.string(),
    }),
    startsOn: z.string().nullable(),
    grantedOn: z.string().nullable(),
    version: z.number().int(),
    updatedAt: z.string(),
  }),
);
export type JobAgreementView = z.infer<typeof jobAgreementView>;
export const jobAgreementList = presentedAs(
  'jobAgreementList',
  z.object({ jobAgreements: z.array(jobAgreementView) }),
);
export const jobAgreementSaved = presentedAs(
  'jobAgreementSaved',
  z.object({ jobAgreement: jobAgreementView }),
);

// ── what the forms choose from ─────────────────────────────────────────────────────────────────

/** The course institution's workplaces and network companies, and the course's internships. */
export const workOptions = presentedAs(
  'workOptions',
  z.object({
    workplaces: z.array(z.object({ id: z.string(), name: z.string() })).optional(),
    companies: z.array(company).optional(),
    internships: z
      .array(
        z.object({
          id: z.string(),
          companyId: z.string(),
          startsOn: z.string(),
          endsOn: z.string().nullable(),
        }),
      )
      .optional(),
  }),
);
export type WorkOptions = z.infer<typeof workOptions>;
