import { type Selectable, sql } from 'kysely';
import type { CourseQueries } from '../auth/course-scope.ts';
import type {
  MeasurementDialoguesTable,
  MeasurementDraftsTable,
  MeasurementInstrumentsTable,
} from '../platform/schema.ts';
import type { Expected } from '../platform/versions.ts';
import type { Entries, Perspective } from './entries.ts';

export type InstrumentRow = Selectable<MeasurementInstrumentsTable>;
export type DraftRow = Selectable<MeasurementDraftsTable>;
export type DialogueRow = Selectable<MeasurementDialoguesTable>;

/** A course's measurements, drafts and the instruments it may use; nothing reaches another course. */
export const measurementQueries = ((tx, { courseId, municipalityId, partnershipId }) => {
  // Built-in instruments and the course's partnership's own: never another partnership's.
  const instruments = () =>
    tx
      .selectFrom('measurement_instruments')
      .selectAll()
      .where((eb) => eb.or([eb('partnership_id', 'is', null), eb('partnership_id', '=', partnershipId)]));
  const drafts = () => tx.selectFrom('measurement_drafts').selectAll().where('course_id', '=', courseId);
  const dialogues = () =>
    tx.selectFrom('measurement_dialogues').selectAll().where('course_id', '=', courseId);
  return {
    listInstruments: () =>
      instruments().orderBy('partnership_id', 'desc').orderBy('key').orderBy('version').execute(),
    findInstrument: (id: string) => instruments().where('id', '=', id).executeTakeFirst(),
    latestOwnVersion: (key: string) =>
      tx
        .selectFrom('measurement_instruments')
        .select(sql<number>`coalesce(max(version), 0)`.as('version'))
        .where('partnership_id', '=', partnershipId)
        .where('key', '=', key)
        .executeTakeFirstOrThrow(),
    insertInstrument: (values: { key: string; version: number; definition: unknown; createdBy: string }) =>
      tx
        .insertInto('measurement_instruments')
        .values({
          key: values.key,
          version: values.version,
          definition: JSON.stringify(values.definition),
          partnership_id: partnershipId,
          created_by: values.createdBy,
        })
        .returningAll()
        .executeTakeFirstOrThrow(),

    findDraft: () => drafts().executeTakeFirst(),
    insertDraft: (values: {
      instrumentId: string;
      measuredOn: string;
      entries: Entries;
      createdBy: string;
    }) =>
      tx
        .insertInto('measurement_drafts')
        .values({
          course_id: courseId,
          municipality_id: municipalityId,
          instrument_id: values.instrumentId,
          measured_on: values.measuredOn,
          entries: JSON.stringify(values.entries),
          created_by: values.createdBy,
        })
        // One draft per course: a second start while one exists changes nothing.
        .onConflict((oc) => oc.column('course_id').doNothing())
        .returningAll()
        .executeTakeFirst(),
    /** Compare and set in one statement, as goals do: a parallel save finds the version moved on. */
    updateDraft: (
      changes: { measured_on?: string; entries?: Entries; open_for_participant?: boolean },
      expected: Expected,
    ) =>
      tx
        .updateTable('measurement_drafts')
        .set({
          ...changes,
          entries: changes.entries === undefined ? undefined : JSON.stringify(changes.entries),
          version: sql`version + 1`,
          updated_at: sql`now()`,
        })
        .where('course_id', '=', courseId)
        .$if(expected !== 'any', (q) => q.where('version', '=', expected as number))
        .returningAll()
        .executeTakeFirst(),
    deleteDraft: (expected: Expected) =>
      tx
        .deleteFrom('measurement_drafts')
        .where('course_id', '=', courseId)
        .$if(expected !== 'any', (q) => q.where('version', '=', expected as number))
        .returningAll()
        .executeTakeFirst(),

    /** Every approved row of the course, both perspectives, oldest first. */
    listRows: () =>
      tx
        .selectFrom('measurements')
        .select(['id', 'instrument_id', 'measured_on', 'perspective', 'scores', 'dialogue_id', 'created_at'])
        .where('course_id', '=', courseId)
        .orderBy('measured_on')
        .orderBy('created_at')
        .orderBy('id')
        .execute(),
    listDialogues: () => dialogues().execute(),
    findDialogue: (id: string) => dialogues().where('id', '=', id).executeTakeFirst(),
    insertDialogue: (values: {
      instrumentId: string;
      measuredOn: string;
      entries: Entries;
      approvedBy: string;
    }) =>
      tx
        .insertInto('measurement_dialogues')
        .values({
          course_id: courseId,
          municipality_id: municipalityId,
          instrument_id: values.instrumentId,
          measured_on: values.measuredOn,
          entries: JSON.stringify(values.entries),
          approved_by: values.approvedBy,
        })
        .returningAll()
        .executeTakeFirstOrThrow(),
    updateDialogue: (id: string, entries: Entries, expected: Expected) =>
      tx
        .updateTable('measurement_dialogues')
        .set({ entries: JSON.stringify(entries), version: sql`version + 1`, updated_at: sql`now()` })
        .where('course_id', '=', courseId)
        .where('id', '=', id)
        .$if(expected !== 'any', (q) => q.where('version', '=', expected as number))
        .returningAll()
        .executeTakeFirst(),
    insertDialogueVersion: (values: {
      dialogueId: string;
      version: number;
      snapshot: unknown;
      changedBy: string;
    }) =>
      tx
        .insertInto('measurement_dialogue_versions')
        .values({
          dialogue_id: values.dialogueId,
          version: values.version,
          municipality_id: municipalityId,
          snapshot: JSON.stringify(values.snapshot),
          changed_by: values.changedBy,
        })
        .execute(),
    listDialogueVersions: (id: string) =>
      tx
        .selectFrom('measurement_dialogue_versions as v')
        .innerJoin('measurement_dialogues as d', 'd.id', 'v.dialogue_id')
        .leftJoin('users as u', 'u.id', 'v.changed_by')
        .select(['v.version', 'v.changed_at', 'v.snapshot', 'u.id as user_id', 'u.display_name'])
        .where('v.dialogue_id', '=', id)
        .where('d.course_id', '=', courseId)
        .orderBy('v.version')
        .execute(),
    /** The dialogue's rows follow it: one per perspective that has a score. */
    replaceRows: async (
      dialogue: { id: string; instrumentId: string; measuredOn: string },
      rows: ReadonlyArray<{ perspective: Perspective; scores: Record<string, number> }>,
      recordedBy: string,
    ) => {
      await tx
        .deleteFrom('measurements')
        .where('course_id', '=', courseId)
        .where('dialogue_id', '=', dialogue.id)
        .execute();
      if (rows.length === 0) return;
      await tx
        .insertInto('measurements')
        .values(
          rows.map((r) => ({
            course_id: courseId,
            municipality_id: municipalityId,
            instrument_id: dialogue.instrumentId,
            measured_on: dialogue.measuredOn,
            perspective: r.perspective,
            scores: JSON.stringify(r.scores),
            recorded_by: recordedBy,
            dialogue_id: dialogue.id,
          })),
        )
        .execute();
    },
  };
}) satisfies CourseQueries<unknown>;
