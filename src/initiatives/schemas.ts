import { z } from 'zod';
import { presentedAs } from '../auth/present.ts';
import { isoDate, storableText } from '../platform/schemas.ts';

/**
 * A municipality's cross-sectoral initiative on seed 004's template (DOMAIN.md "Cross-sectoral
 * initiatives"). A change replaces the whole content (PUT): a field left out is emptied.
 */
export const initiativeStatuses = ['active', 'ended'] as const;
export const PLAN_STEPS_MAX = 40;

const longText = storableText(4000).default('');
const shortText = storableText(2000).default('');

export const planStep = z.strictObject({
  text: storableText(500, 1),
  /** Undated steps ("Udarbejdelse af kontrakt") are allowed. */
  due: isoDate.nullable().default(null),
});

export const initiativeInput = z.strictObject({
  area: storableText(300, 1),
  theme: storableText(300, 1),
  currentEffort: longText,
  worksWell: longText,
  doesNotWork: longText,
  inspiration: longText,
  newIdeas: longText,
  contribution: longText,
  effortGoal: longText,
  baseline: longText,
  /** The follow-up date: the daily job reminds the responsible 14 days before and when it has passed. */
  followUpOn: isoDate.nullable().default(null),
  followUp: longText,
  targetGroup: longText,
  targetCount: z.number().int().min(0).max(1_000_000).nullable().default(null),
  content: longText,
  organisation: shortText,
  responsible: storableText(1000).default(''),
  /** A leader or caseworker of the municipality, who gets the follow-up reminders. */
  responsibleUserId: z.uuid().nullable().default(null),
  actors: shortText,
  plan: z.array(planStep).max(PLAN_STEPS_MAX).default([]),
  /** Whole kroner; null when not known. */
  totalCost: z.number().int().min(0).max(2_000_000_000).nullable().default(null),
  financing: shortText,
  investmentNeed: shortText,
  /** The ViVirk'R partnership this initiative is: one of the municipality's own. */
  partnershipId: z.uuid().nullable().default(null),
  status: z.enum(initiativeStatuses).default('active'),
});
export type InitiativeInput = z.infer<typeof initiativeInput>;

/** A new initiative; the municipality may be left out by someone who writes for only one. */
export const newInitiative = initiativeInput.extend({ municipalityId: z.uuid().optional() });
export type NewInitiative = z.infer<typeof newInitiative>;

export const initiativeParams = z.strictObject({ initiativeId: z.uuid() });
export const initiativeQuery = z.strictObject({ municipalityId: z.uuid().optional() });

const person = z.object({ id: z.string(), displayName: z.string() });
const partnershipRef = z.object({ id: z.string(), name: z.string() });

/** Follow-up state as of today: overdue (the date has passed), soon (within 14 days), or neither. */
const followUpState = {
  followUpOn: z.string().nullable(),
  overdue: z.boolean(),
  dueSoon: z.boolean(),
};

export const initiativeView = presentedAs(
  'initiative',
  z.object({
    id: z.string(),
    municipalityId: z.string(),
    municipality: z.string(),
    area: z.string(),
    theme: z.string(),
    currentEffort: z.string(),
    worksWell: z.string(),
    doesNotWork: z.string(),
    inspiration: z.string(),
    newIdeas: z.string(),
    contribution: z.string(),
    effortGoal: z.string(),
    baseline: z.string(),
    ...followUpState,
    followUp: z.string(),
    targetGroup: z.string(),
    targetCount: z.number().int().nullable(),
    content: z.string(),
    organisation: z.string(),
    responsible: z.string(),
    responsibleUser: person.nullable(),
    actors: z.string(),
    plan: z.array(z.object({ text: z.string(), due: z.string().nullable() })),
    totalCost: z.number().int().nullable(),
    financing: z.string(),
    investmentNeed: z.string(),
    partnership: partnershipRef.nullable(),
    status: z.enum(initiativeStatuses),
    mayEdit: z.boolean(),
    version: z.number().int(),
    createdAt: z.string(),
    updatedAt: z.string(),
    updatedBy: person.nullable(),
  }),
);
export type InitiativeView = z.infer<typeof initiativeView>;

export const initiativeSummary = presentedAs(
  'initiativeSummary',
  z.object({
    id: z.string(),
    municipalityId: z.string(),
    municipality: z.string(),
    area: z.string(),
    theme: z.string(),
    effortGoal: z.string(),
    responsible: z.string(),
    responsibleUser: person.nullable(),
    ...followUpState,
    partnership: partnershipRef.nullable(),
    status: z.enum(initiativeStatuses),
    version: z.number().int(),
  }),
);
export type InitiativeSummary = z.infer<typeof initiativeSummary>;

/** What a form may choose for a municipality: its partnerships and who may be responsible. */
export const initiativeChoices = presentedAs(
  'initiativeChoices',
  z.object({
    municipalityId: z.string(),
    municipality: z.string(),
    mayWrite: z.boolean(),
    partnerships: z.array(partnershipRef),
    staff: z.array(person),
  }),
);
export type InitiativeChoices = z.infer<typeof initiativeChoices>;

export const initiativeList = presentedAs(
  'initiativeList',
  z.object({
    asOf: z.string(),
    municipalities: z.array(initiativeChoices),
    initiatives: z.array(initiativeSummary),
  }),
);
export type InitiativeList = z.infer<typeof initiativeList>;

export const initiativeDetail = presentedAs(
  'initiativeDetail',
  z.object({ initiative: initiativeView, choices: initiativeChoices }),
);
export const initiativeSaved = presentedAs('initiativeSaved', z.object({ initiative: initiativeView }));
