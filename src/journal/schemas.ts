import { z } from 'zod';
import { presentedAs } from '../auth/present.ts';
import { today } from '../platform/dates.ts';
import { isoDate, storableText, track } from '../platform/schemas.ts';

export const visibility = z.enum(['team', 'professionals', 'institution']);
export type Visibility = z.infer<typeof visibility>;

// A note records what happened: it is dated today or earlier, and not before the product's time.
const noteDate = isoDate
  .refine((d) => d >= '2000-01-01', 'must not be before 2000-01-01')
  .refine((d) => d <= today(), 'must not be in the future');

export const journalQuery = z.strictObject({ track: track.optional() });
export type JournalQuery = z.infer<typeof journalQuery>;

export const newNote = z.strictObject({
  date: noteDate,
  track: track.nullable().optional(),
  body: storableText(20_000, 1),
  visibility,
  /** The note records contact with the young person: it counts as a last contact (momentum). */
  recordsContact: z.boolean().default(false),
});
export type NewNote = z.infer<typeof newNote>;

export const noteView = presentedAs(
  'note',
  z.object({
    id: z.string(),
    date: z.string(),
    track: track.nullable(),
    body: z.string(),
    visibility,
    recordsContact: z.boolean(),
    author: z.object({ id: z.string(), displayName: z.string() }),
    createdAt: z.string(),
  }),
);
export type NoteView = z.infer<typeof noteView>;

export const noteList = presentedAs('noteList', z.object({ notes: z.array(noteView) }));
export const noteCreated = presentedAs('noteCreated', z.object({ note: noteView }));
