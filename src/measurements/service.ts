import type { CourseScope } from '../auth/course-scope.ts';
import { goalQueries } from '../goals/queries.ts';
import { today } from '../platform/dates.ts';
import { badRequest, conflict, notFound } from '../platform/errors.ts';
import { type Expected, StaleVersion } from '../platform/versions.ts';
import { development } from '../reports/compute.ts';
import { readDefinition } from './definition.ts';
import { completeEntries, type Entries, type Entry, entriesProblem, hasScores, scoresOf } from './entries.ts';
import { DEFAULT_INSTRUMENT_KEY } from './instrument.ts';
import { type DialogueRow, type DraftRow, type InstrumentRow, measurementQueries } from './queries.ts';
import type {
  DraftPatch,
  DraftView,
  InstrumentView,
  MeasurementEdit,
  MeasurementHistory,
  MeasurementList,
  MeasurementView,
  NewDraft,
  NewInstrument,
  OwnMeasurement,
  OwnScores,
} from './schemas.ts';

export function viewInstrument(row: InstrumentRow): InstrumentView {
  return {
    id: row.id,
    key: row.key,
    version: row.version,
    isDefault: row.partnership_id === null && row.key === DEFAULT_INSTRUMENT_KEY,
    ownedByPartnership: row.partnership_id !== null,
    definition: readDefinition(row.definition, row.key),
  };
}

const viewDraft = (row: DraftRow): DraftView => ({
  id: row.id,
  instrumentId: row.instrument_id,
  measuredOn: row.measured_on,
  entries: row.entries as Entries,
  openForParticipant: row.open_for_participant,
  version: row.version,
  updatedAt: new Date(row.updated_at).toISOString(),
});

async function instrumentOf(scope: CourseScope, id: string, field: string) {
  const row = await scope.queries(measurementQueries).findInstrument(id);
  if (!row) throw badRequest(`${field}: no such instrument for this course`, field);
  return { row, definition: readDefinition(row.definition, row.key) };
}

/** Checks entries against the instrument and that each linked goal is one of the course's. */
async function checkedEntries(
  scope: CourseScope,
  given: Readonly<Record<string, Partial<Entry>>>,
  instrumentId: string,
): Promise<Entries> {
  const { definition } = await instrumentOf(scope, instrumentId, 'body.instrumentId');
  const problem = entriesProblem(given, definition, 'body.entries');
  if (problem) throw badRequest(`${problem.field}: ${problem.message}`, problem.field);
  const goals = scope.queries(goalQueries);
  for (const [dimension, entry] of Object.entries(given)) {
    if (entry.goalId && !(await goals.find(entry.goalId)))
      throw badRequest(
        `body.entries.${dimension}.goalId: not a goal of this course`,
        `body.entries.${dimension}.goalId`,
      );
  }
  return completeEntries(given, definition);
}

interface Group {
  id: string;
  instrumentId: string;
  measuredOn: string;
  entries: Entries;
  dialogue: DialogueRow | null;
}

/** Approved measurements, oldest first: a dialogue's rows as one, older rows by instrument and day. */
async function approvedGroups(scope: CourseScope) {
  const q = scope.queries(measurementQueries);
  const [rows, dialogues] = await Promise.all([q.listRows(), q.listDialogues()]);
  const dialogueById = new Map(dialogues.map((d) => [d.id, d]));
  const groups = new Map<string, Group>();
  for (const row of rows) {
    const key = row.dialogue_id ?? `${row.instrument_id}/${row.measured_on}`;
    let group = groups.get(key);
    if (!group) {
      const dialogue = row.dialogue_id ? (dialogueById.get(row.dialogue_id) ?? null) : null;
      group = {
        id: dialogue?.id ?? row.id,
        instrumentId: row.instrument_id,
        measuredOn: row.measured_on,
        entries: dialogue ? (dialogue.entries as Entries) : {},
        dialogue,
      };
      groups.set(key, group);
    }
    if (!group.dialogue)
      for (const [dimension, score] of Object.entries(row.scores)) {
        const entry = group.entries[dimension] ?? {
          professional: null,
          participant: null,
          reason: '',
          goalId: null,
        };
        entry[row.perspective] = score;
        group.entries[dimension] = entry;
      }
  }
  return { groups: [...groups.values()], rows };
}

const viewMeasurement = (group: Group, latest: boolean): MeasurementView => ({
  id: group.id,
  instrumentId: group.instrumentId,
  measuredOn: group.measuredOn,
  entries: group.entries,
  version: group.dialogue?.version ?? null,
  editable: latest && group.dialogue !== null,
});

/** The course's measurements, the instruments they used, and the development DOMAIN.md defines. */
export async function listMeasurements(scope: CourseScope): Promise<MeasurementList> {
  const q = scope.queries(measurementQueries);
  const instruments = await q.listInstruments();
  const { groups, rows } = await approvedGroups(scope);
  const defaultIds = new Set(
    instruments.filter((i) => i.partnership_id === null && i.key === DEFAULT_INSTRUMENT_KEY).map((i) => i.id),
  );
  // The report's definition over the report's rows: the default form, the professional's scores.
  const counted = rows
    .filter((r) => defaultIds.has(r.instrument_id) && r.perspective === 'professional')
    .map((r) => ({ date: r.measured_on, scores: r.scores }));
  const result = scope.present('measurementList', {
    instruments: instruments.map(viewInstrument),
    measurements: groups.map((g, i) => viewMeasurement(g, i === groups.length - 1)),
    development: development(counted, today()),
  });
  await scope.audit('measurements.read', {
    objectType: 'course',
    objectId: scope.grant.courseId,
    detail: { count: result.measurements?.length ?? 0 },
  });
  return result;
}

export async function readDraft(scope: CourseScope) {
  const row = await scope.queries(measurementQueries).findDraft();
  await scope.audit('measurements.draft.read', {
    objectType: 'measurementDraft',
    objectId: row?.id ?? null,
  });
  return { draft: row ? viewDraft(row) : null };
}

export async function startDraft(scope: CourseScope, input: NewDraft): Promise<DraftView> {
  const { definition } = await instrumentOf(scope, input.instrumentId, 'body.instrumentId');
  const row = await scope.queries(measurementQueries).insertDraft({
    instrumentId: input.instrumentId,
    measuredOn: input.measuredOn,
    entries: completeEntries({}, definition),
    createdBy: scope.actor.userId,
  });
  if (!row) throw conflict('a measurement is already being taken on this course: continue or discard it');
  await scope.audit('measurements.draft.write', {
    objectType: 'measurementDraft',
    objectId: row.id,
    detail: { version: row.version, started: true },
  });
  return viewDraft(row);
}

async function staleDraft(scope: CourseScope): Promise<never> {
  const now = await scope.queries(measurementQueries).findDraft();
  if (!now) throw new StaleVersion(null, null);
  throw new StaleVersion(now.version, scope.present('measurementDraft', viewDraft(now)));
}

/** Autosave: what changed since the last save, on the version it was based on. */
export async function changeDraft(
  scope: CourseScope,
  patch: DraftPatch,
  expected: Expected,
): Promise<DraftView> {
  const q = scope.queries(measurementQueries);
  const current = await q.findDraft();
  if (!current) throw notFound('measurement draft');
  const entries = patch.entries && (await checkedEntries(scope, patch.entries, current.instrument_id));
  const row = await q.updateDraft(
    { measured_on: patch.measuredOn, entries, open_for_participant: patch.openForParticipant },
    expected,
  );
  if (!row) return staleDraft(scope);
  await scope.audit('measurements.draft.write', {
    objectType: 'measurementDraft',
    objectId: row.id,
    detail: { version: row.version, fields: Object.keys(patch) },
  });
  return viewDraft(row);
}

export async function discardDraft(scope: CourseScope, expected: Expected): Promise<void> {
  const q = scope.queries(measurementQueries);
  if (!(await q.findDraft())) throw notFound('measurement draft');
  const row = await q.deleteDraft(expected);
  if (!row) return staleDraft(scope);
  await scope.audit('measurements.draft.write', {
    objectType: 'measurementDraft',
    objectId: row.id,
    detail: { discarded: true },
  });
}

function rowsOf(entries: Entries) {
  return (['professional', 'participant'] as const)
    .filter((p) => hasScores(entries, p))
    .map((perspective) => ({ perspective, scores: scoresOf(entries, perspective) }));
}

function requireAScore(entries: Entries, field: string) {
  if (!hasScores(entries, 'professional') && !hasScores(entries, 'participant'))
    throw badRequest(`${field}: give at least one score before approving`, field);
}

/**
 * The draft becomes a measurement: the professional's row and, when the young person gave scores,
 * theirs, on the same day and instrument version; the draft is gone.
 */
export async function approveDraft(scope: CourseScope, expected: Expected): Promise<MeasurementView> {
  const q = scope.queries(measurementQueries);
  const draft = await q.findDraft();
  if (!draft) throw notFound('measurement draft');
  if (expected !== 'any' && draft.version !== expected) return staleDraft(scope);
  const entries = draft.entries as Entries;
  requireAScore(entries, 'draft.entries');
  const dialogue = await q.insertDialogue({
    instrumentId: draft.instrument_id,
    measuredOn: draft.measured_on,
    entries,
    approvedBy: scope.actor.userId,
  });
  await q.insertDialogueVersion({
    dialogueId: dialogue.id,
    version: dialogue.version,
    snapshot: { measuredOn: dialogue.measured_on, entries },
    changedBy: scope.actor.userId,
  });
  await q.replaceRows(
    { id: dialogue.id, instrumentId: dialogue.instrument_id, measuredOn: dialogue.measured_on },
    rowsOf(entries),
    scope.actor.userId,
  );
  if (!(await q.deleteDraft(draft.version))) return staleDraft(scope);
  await scope.audit('measurements.approve', {
    objectType: 'measurement',
    objectId: dialogue.id,
    detail: { instrumentId: dialogue.instrument_id, perspectives: rowsOf(entries).map((r) => r.perspective) },
  });
  return viewMeasurement({ ...groupOf(dialogue) }, true);
}

const groupOf = (d: DialogueRow): Group => ({
  id: d.id,
  instrumentId: d.instrument_id,
  measuredOn: d.measured_on,
  entries: d.entries as Entries,
  dialogue: d,
});

/** Only the latest measurement is edited, as a new version; earlier versions stay readable. */
export async function editMeasurement(
  scope: CourseScope,
  id: string,
  edit: MeasurementEdit,
  expected: Expected,
): Promise<MeasurementView> {
  const q = scope.queries(measurementQueries);
  const current = await q.findDialogue(id);
  if (!current) throw notFound('measurement');
  const { groups } = await approvedGroups(scope);
  if (groups.at(-1)?.id !== id)
    throw conflict('only the latest measurement can be changed; take a new measurement instead');
  const entries = await checkedEntries(scope, edit.entries, current.instrument_id);
  requireAScore(entries, 'body.entries');
  const row = await q.updateDialogue(id, entries, expected);
  if (!row) {
    const now = await q.findDialogue(id);
    throw new StaleVersion(
      now?.version ?? null,
      now
        ? scope.present('measurementSaved', { measurement: viewMeasurement(groupOf(now), true) }).measurement
        : null,
    );
  }
  await q.insertDialogueVersion({
    dialogueId: id,
    version: row.version,
    snapshot: { measuredOn: row.measured_on, entries },
    changedBy: scope.actor.userId,
  });
  await q.replaceRows(
    { id, instrumentId: row.instrument_id, measuredOn: row.measured_on },
    rowsOf(entries),
    scope.actor.userId,
  );
  await scope.audit('measurements.update', {
    objectType: 'measurement',
    objectId: id,
    detail: { version: row.version },
  });
  return viewMeasurement(groupOf(row), true);
}

export async function measurementHistory(scope: CourseScope, id: string): Promise<MeasurementHistory> {
  const q = scope.queries(measurementQueries);
  if (!(await q.findDialogue(id))) throw notFound('measurement');
  const rows = await q.listDialogueVersions(id);
  await scope.audit('measurements.history.read', {
    objectType: 'measurement',
    objectId: id,
    detail: { versions: rows.length },
  });
  return {
    versions: rows.map((r) => {
      const snapshot = r.snapshot as { measuredOn: string; entries: Entries };
      return {
        version: r.version,
        changedAt: new Date(r.changed_at).toISOString(),
        changedBy: r.user_id && r.display_name ? { id: r.user_id, displayName: r.display_name } : null,
        measuredOn: snapshot.measuredOn,
        entries: snapshot.entries,
      };
    }),
  };
}

/**
 * What the young person sees on /min-side: the questions and their own answers, only while the
 * coordinator has opened the draft for them. Never the professional's draft scores: their own
 * view is asked first, unanchored; both are shown side by side in the dialogue.
 */
export async function ownMeasurement(scope: CourseScope): Promise<OwnMeasurement> {
  const q = scope.queries(measurementQueries);
  const draft = await q.findDraft();
  if (!draft?.open_for_participant) return { open: null };
  const instrument = await q.findInstrument(draft.instrument_id);
  if (!instrument) return { open: null };
  const entries = draft.entries as Entries;
  await scope.audit('measurements.own.read', { objectType: 'measurementDraft', objectId: draft.id });
  return {
    open: {
      instrument: viewInstrument(instrument),
      measuredOn: draft.measured_on,
      scores: Object.fromEntries(Object.entries(entries).map(([k, e]) => [k, e.participant])),
      version: draft.version,
    },
  };
}

export async function saveOwnScores(scope: CourseScope, input: OwnScores, expected: Expected) {
  const q = scope.queries(measurementQueries);
  const draft = await q.findDraft();
  if (!draft?.open_for_participant) throw notFound('measurement opened for you');
  const given = Object.fromEntries(Object.entries(input.scores).map(([k, s]) => [k, { participant: s }]));
  const { definition } = await instrumentOf(scope, draft.instrument_id, 'body.scores');
  const problem = entriesProblem(given, definition, 'body.scores');
  if (problem) {
    // The young person's form has one field per dimension: name it without the perspective.
    const field = problem.field.replace(/\.participant$/, '');
    throw badRequest(`${field}: ${problem.message}`, field);
  }
  const entries = draft.entries as Entries;
  const merged = Object.fromEntries(
    Object.entries(entries).map(([k, e]) => [
      k,
      k in input.scores ? { ...e, participant: input.scores[k] ?? null } : e,
    ]),
  );
  const row = await q.updateDraft({ entries: merged }, expected);
  if (!row) {
    const now = await q.findDraft();
    throw new StaleVersion(now?.version ?? null, null);
  }
  await scope.audit('measurements.own.write', {
    objectType: 'measurementDraft',
    objectId: row.id,
    detail: { version: row.version, dimensions: Object.keys(input.scores) },
  });
  return ownMeasurement(scope);
}

/**
 * A partnership's own instrument, or a new version of it: the key's next version. Written by a
 * youth coordinator of one of the partnership's courses (measurements.write on this course).
 */
export async function createInstrument(scope: CourseScope, input: NewInstrument): Promise<InstrumentView> {
  if (input.key === DEFAULT_INSTRUMENT_KEY)
    throw badRequest('body.key: the built-in form keeps its key; choose another', 'body.key');
  const q = scope.queries(measurementQueries);
  const { version } = await q.latestOwnVersion(input.key);
  const row = await q.insertInstrument({
    key: input.key,
    version: version + 1,
    definition: input.definition,
    createdBy: scope.actor.userId,
  });
  // About the partnership, not the young person: it stays out of their access log.
  await scope.audit('measurements.instrument.create', {
    objectType: 'instrument',
    objectId: row.id,
    participantId: null,
    courseId: null,
    detail: { key: row.key, version: row.version },
  });
  return viewInstrument(row);
}
