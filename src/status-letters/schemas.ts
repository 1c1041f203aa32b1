import { z } from 'zod';
import { presentedAs } from '../auth/present.ts';
import { storableText } from '../platform/schemas.ts';
import { letterSections } from './document.ts';

export const sectionKey = z.enum(letterSections);

export const letterParams = z.strictObject({ courseId: z.uuid(), letterId: z.uuid() });

/** The coordinator's edits: the new text of one or more sections. */
const sectionText = storableText(20_000).optional();
export const draftPatch = z.strictObject({
  texts: z
    .strictObject({
      goals: sectionText,
      health: sectionText,
      activities: sectionText,
      attendance: sectionText,
      progression: sectionText,
      nextSteps: sectionText,
    })
    .refine((t) => Object.values(t).some((v) => v !== undefined), {
      message: 'nothing to change: give the text of at least one section',
    }),
});
export type DraftPatch = z.infer<typeof draftPatch>;

const person = z.object({ id: z.string(), displayName: z.string() });
const period = z.object({ from: z.string(), to: z.string() });
const letterRef = z.object({ id: z.string(), version: z.number().int(), approvedOn: z.string() });

export const letterSectionView = presentedAs(
  'letterSection',
  z.object({
    key: sectionKey,
    heading: z.string(),
    text: z.string(),
    figures: z.array(z.object({ label: z.string(), value: z.string() })),
  }),
);
export type LetterSectionView = z.infer<typeof letterSectionView>;

const summaryFields = {
  id: z.string(),
  /** 1 for a first letter; a correction has the next number. */
  version: z.number().int(),
  approvedOn: z.string(),
  approvedBy: person.nullable(),
  /** Null on an imported letter. */
  period: period.nullable(),
  replaces: letterRef.nullable(),
  replacedBy: letterRef.nullable(),
  /** When the caseworker first opened it; null: not read yet. */
  firstRead: z.object({ by: person, at: z.string() }).nullable(),
  /** Came with an interchange file: only a body, no sections. */
  imported: z.boolean(),
};
export const letterSummary = presentedAs('statusLetterSummary', z.object(summaryFields));
export type LetterSummary = z.infer<typeof letterSummary>;

export const letterView = presentedAs(
  'statusLetter',
  z.object({
    ...summaryFields,
    body: z.string().nullable().optional(),
    sections: z.array(letterSectionView),
  }),
);
export type LetterView = z.infer<typeof letterView>;
export const letterSaved = presentedAs('statusLetterSaved', z.object({ letter: letterView }));

export const draftView = presentedAs(
  'statusLetterDraft',
  z.object({
    id: z.string(),
    period,
    version: z.number().int(),
    replaces: letterRef.nullable(),
    sections: z.array(letterSectionView),
    updatedAt: z.string(),
    updatedBy: person,
  }),
);
export type DraftView = z.infer<typeof draftView>;
export const draftSaved = presentedAs('statusLetterDraftSaved', z.object({ draft: draftView }));

export const letterList = presentedAs(
  'statusLetterList',
  z.object({ letters: z.array(letterSummary), draft: draftView.nullable().optional() }),
);
export type LetterList = z.infer<typeof letterList>;
