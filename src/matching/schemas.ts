import { z } from 'zod';
import { presentedAs } from '../auth/present.ts';
import { industries, levels, workFunctions } from '../companies/vocabulary.ts';
import { storableText } from '../platform/schemas.ts';

const level = z.enum(levels);
const unique = <T extends z.ZodType>(item: T, max: number) =>
  z
    .array(item)
    .max(max)
    .refine((list) => new Set(list).size === list.length, 'must not name the same value twice');

/** The whole work profile: a PUT replaces it (the first creates it). */
export const workProfileInput = z
  .strictObject({
    workFunctions: unique(z.enum(workFunctions), workFunctions.length),
    industries: unique(z.enum(industries), industries.length),
    interests: storableText(2000).optional(),
    supportLevel: level,
    homePlace: storableText(200).optional(),
    homeLatitude: z.number().min(-90).max(90).nullable().optional(),
    homeLongitude: z.number().min(-180).max(180).nullable().optional(),
    maxDistanceKm: z.number().int().min(1).max(500).nullable().optional(),
  })
  .refine((p) => (p.homeLatitude ?? null) === null || (p.homeLongitude ?? null) !== null, {
    message: 'give the longitude with the latitude',
    path: ['homeLongitude'],
  })
  .refine((p) => (p.homeLongitude ?? null) === null || (p.homeLatitude ?? null) !== null, {
    message: 'give the latitude with the longitude',
    path: ['homeLatitude'],
  });
export type WorkProfileInput = z.infer<typeof workProfileInput>;

export const workProfileView = presentedAs(
  'workProfile',
  z.object({
    workFunctions: z.array(z.enum(workFunctions)),
    industries: z.array(z.enum(industries)),
    interests: z.string(),
    supportLevel: level,
    homePlace: z.string(),
    homeLatitude: z.number().nullable(),
    homeLongitude: z.number().nullable(),
    maxDistanceKm: z.number().int().nullable(),
    version: z.number().int(),
    updatedAt: z.string(),
  }),
);
export type WorkProfileView = z.infer<typeof workProfileView>;

/** null: no profile yet (the first PUT creates it, without If-Match). */
export const workProfileRead = presentedAs(
  'workProfileRead',
  z.object({ profile: workProfileView.nullable() }),
);
export const workProfileSaved = presentedAs('workProfileSaved', z.object({ profile: workProfileView }));

const outcome = z.enum(['running', 'ended', 'hired']);
/** A reason as a code with its parameters: the web app words it (i18n `matching.reasons.*`). */
export const reason = z.discriminatedUnion('code', [
  z.object({ code: z.literal('functions'), functions: z.array(z.string()) }),
  z.object({ code: z.literal('industry'), industry: z.string() }),
  z.object({
    code: z.literal('capacity'),
    capacity: level.nullable(),
    support: level,
    enough: z.boolean().nullable(),
  }),
  z.object({
    code: z.literal('distance'),
    km: z.number(),
    maxKm: z.number().nullable(),
    within: z.boolean().nullable(),
  }),
  z.object({ code: z.literal('earlierInternship'), outcome }),
  z.object({ code: z.literal('openPlace'), openings: z.number().int() }),
]);

export const companySuggestion = presentedAs(
  'matchSuggestion',
  z.object({
    rank: z.number().int(),
    score: z.number(),
    companyId: z.string(),
    companyName: z.string(),
    industry: z.string(),
    openings: z.array(z.object({ id: z.string(), title: z.string() })),
    reasons: z.array(reason),
  }),
);
export type CompanySuggestionView = z.infer<typeof companySuggestion>;

export const suggestionList = presentedAs(
  'matchSuggestions',
  z.object({ hasProfile: z.boolean(), suggestions: z.array(companySuggestion) }),
);

export const newDecision = z.strictObject({
  companyId: z.uuid(),
  openingId: z.uuid().nullable().optional(),
  reason: storableText(2000, 1),
});
export type NewDecision = z.infer<typeof newDecision>;

export const decisionView = presentedAs(
  'matchDecision',
  z.object({
    id: z.string(),
    companyId: z.string(),
    companyName: z.string(),
    openingId: z.string().nullable(),
    openingTitle: z.string().nullable(),
    /** The suggestion's rank when chosen, computed on the server; null: not among the suggestions. */
    suggestedRank: z.number().int().nullable(),
    score: z.number().nullable(),
    reason: z.string(),
    decidedBy: z.string().nullable(),
    decidedAt: z.string(),
  }),
);
export type DecisionView = z.infer<typeof decisionView>;
export const decisionList = presentedAs('matchDecisionList', z.object({ decisions: z.array(decisionView) }));
export const decisionSaved = presentedAs('matchDecisionSaved', z.object({ decision: decisionView }));

export const openingParams = z.strictObject({ companyId: z.uuid(), openingId: z.uuid() });

export const openingSuggestion = presentedAs(
  'openingSuggestion',
  z.object({
    rank: z.number().int(),
    score: z.number(),
    courseId: z.string(),
    participantName: z.string(),
    reasons: z.array(reason),
  }),
);
export type OpeningSuggestionView = z.infer<typeof openingSuggestion>;

export const openingSuggestions = presentedAs(
  'openingSuggestions',
  z.object({
    company: z.object({ id: z.string(), name: z.string(), industry: z.string() }),
    opening: z.object({
      id: z.string(),
      title: z.string(),
      workFunctions: z.array(z.string()),
      hoursPerWeek: z.number().nullable(),
      availableFrom: z.string().nullable(),
      status: z.enum(['open', 'filled', 'closed']),
      note: z.string(),
    }),
    suggestions: z.array(openingSuggestion),
  }),
);
