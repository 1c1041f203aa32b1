import { z } from 'zod';
import { presentedAs } from '../auth/present.ts';
import { isoDate, storableText } from '../platform/schemas.ts';
import { dimensionKey, instrumentDefinition } from './definition.ts';

const score = z.number().int().min(0).max(20).nullable();
const entryIn = z.strictObject({
  professional: score.optional(),
  participant: score.optional(),
  reason: storableText(1000).optional(),
  goalId: z.uuid().nullable().optional(),
});
/** Per dimension key; the service checks the keys and steps against the instrument. */
const entriesIn = z.record(dimensionKey, entryIn);

export const newDraft = z.strictObject({ instrumentId: z.uuid(), measuredOn: isoDate });
export type NewDraft = z.infer<typeof newDraft>;

export const draftPatch = z
  .strictObject({
    measuredOn: isoDate.optional(),
    entries: entriesIn.optional(),
    openForParticipant: z.boolean().optional(),
  })
  .refine(
    (p) => p.measuredOn !== undefined || p.entries !== undefined || p.openForParticipant !== undefined,
    {
      message: 'nothing to change: give measuredOn, entries or openForParticipant',
    },
  );
export type DraftPatch = z.infer<typeof draftPatch>;

export const measurementEdit = z.strictObject({ entries: entriesIn });
export type MeasurementEdit = z.infer<typeof measurementEdit>;

export const ownScores = z.strictObject({ scores: z.record(dimensionKey, score) });
export type OwnScores = z.infer<typeof ownScores>;

export const newInstrument = z.strictObject({
  key: z.string().regex(/^[a-z][A-Za-z0-9]{1,39}$/, 'a key is a letter, then letters or digits (camelCase)'),
  definition: instrumentDefinition,
});
export type NewInstrument = z.infer<typeof newInstrument>;

export const measurementParams = z.strictObject({ courseId: z.uuid(), measurementId: z.uuid() });

const words = z.object({ da: z.string(), en: z.string() });
export const instrumentView = presentedAs(
  'instrument',
  z.object({
    id: z.string(),
    key: z.string(),
    version: z.number().int(),
    /** True for the built-in default form: the only one the report and due dates count. */
    isDefault: z.boolean(),
    ownedByPartnership: z.boolean(),
    definition: z.object({
      name: words,
      dimensions: z.array(z.object({ key: z.string(), label: words, question: words })),
      scale: z.object({ min: z.number().int(), max: z.number().int() }),
      steps: z.record(z.string(), words),
    }),
  }),
);
export type InstrumentView = z.infer<typeof instrumentView>;

const entry = z.object({
  professional: z.number().int().nullable(),
  participant: z.number().int().nullable(),
  reason: z.string(),
  /** Only the id: the goal's title (maybe a health goal) comes from the goals API, by its own rules. */
  goalId: z.string().nullable(),
});
const entries = z.record(z.string(), entry);

export const measurementView = presentedAs(
  'measurement',
  z.object({
    /** The approved dialogue's id; for a measurement recorded without one (imported), its first row's. */
    id: z.string(),
    instrumentId: z.string(),
    measuredOn: z.string(),
    entries,
    /** null: recorded outside the dialogue (imported): it cannot be edited here. */
    version: z.number().int().nullable(),
    /** Only the course's latest measurement can be edited. */
    editable: z.boolean(),
  }),
);
export type MeasurementView = z.infer<typeof measurementView>;

export const developmentView = z
  .object({
    baselineOn: z.string(),
    latestOn: z.string(),
    perDimension: z.record(z.string(), z.number().int()),
    total: z.number().int(),
  })
  .nullable();

export const measurementList = presentedAs(
  'measurementList',
  z.object({
    instruments: z.array(instrumentView),
    measurements: z.array(measurementView),
    /** The default form, professional scores (DOMAIN.md "Measurement"); null before a measurement. */
    development: developmentView.optional(),
  }),
);
export type MeasurementList = z.infer<typeof measurementList>;

export const measurementSaved = presentedAs('measurementSaved', z.object({ measurement: measurementView }));

export const draftView = presentedAs(
  'measurementDraft',
  z.object({
    id: z.string(),
    instrumentId: z.string(),
    measuredOn: z.string(),
    entries,
    openForParticipant: z.boolean(),
    version: z.number().int(),
    updatedAt: z.string(),
  }),
);
export type DraftView = z.infer<typeof draftView>;
export const draftState = presentedAs('measurementDraftState', z.object({ draft: draftView.nullable() }));

export const measurementVersion = presentedAs(
  'measurementVersion',
  z.object({
    version: z.number().int(),
    changedAt: z.string(),
    changedBy: z.object({ id: z.string(), displayName: z.string() }).nullable(),
    measuredOn: z.string(),
    entries,
  }),
);
export const measurementHistory = presentedAs(
  'measurementHistory',
  z.object({ versions: z.array(measurementVersion) }),
);
export type MeasurementHistory = z.infer<typeof measurementHistory>;

/** What /min-side shows the young person: the questions and their own answers, nothing else. */
export const ownMeasurement = presentedAs(
  'ownMeasurement',
  z.object({
    open: z
      .object({
        instrument: instrumentView,
        measuredOn: z.string(),
        scores: z.record(z.string(), z.number().int().nullable()),
        version: z.number().int(),
      })
      .nullable()
      .optional(),
  }),
);
export type OwnMeasurement = z.infer<typeof ownMeasurement>;

export const instrumentSaved = presentedAs('instrumentSaved', z.object({ instrument: instrumentView }));
