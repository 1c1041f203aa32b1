import { attendanceQueries } from '../attendance/queries.ts';
import type { CourseScope } from '../auth/course-scope.ts';
import { readableVisibilities } from '../auth/permissions.ts';
import { formatPlanning } from '../formats/plan.ts';
import { goalQueries } from '../goals/queries.ts';
import { mayRead as mayReadGoal } from '../goals/service.ts';
import { readSnapshot, snapshotOf } from '../goals/snapshot.ts';
import { readableNotes } from '../journal/service.ts';
import { today } from '../platform/dates.ts';
import { badRequest, conflict, notFound } from '../platform/errors.ts';
import { type Expected, StaleVersion } from '../platform/versions.ts';
import { type LetterDocument, type LetterSection, sectionClasses } from './document.ts';
import { type DraftGoal, draftPeriod, draftSections } from './draft.ts';
import { type LetterRow, letterQueries } from './queries.ts';
import type { DraftPatch, DraftView, LetterList, LetterSummary, LetterView } from './schemas.ts';

type Queries = ReturnType<typeof letterQueries>;
type DraftRow = NonNullable<Awaited<ReturnType<Queries['findDraft']>>>;

const ref = (row: LetterRow) => ({ id: row.id, version: row.letter_version, approvedOn: row.approved_on });
const sectionsOf = (value: unknown): LetterSection[] =>
  Array.isArray(value) ? (value as LetterSection[]) : [];

function summary(row: LetterRow, all: readonly LetterRow[]): LetterSummary {
  const replaces = row.replaces_id ? all.find((l) => l.id === row.replaces_id) : undefined;
  const replacedBy = all.find((l) => l.replaces_id === row.id);
  return {
    id: row.id,
    version: row.letter_version,
    approvedOn: row.approved_on,
    approvedBy:
      row.approver_id && row.approver_name ? { id: row.approver_id, displayName: row.approver_name } : null,
    period: row.period_from && row.period_to ? { from: row.period_from, to: row.period_to } : null,
    replaces: replaces ? ref(replaces) : null,
    replacedBy: replacedBy ? ref(replacedBy) : null,
    firstRead:
      row.first_read_at && row.reader_id && row.reader_name
        ? {
            by: { id: row.reader_id, displayName: row.reader_name },
            at: new Date(row.first_read_at).toISOString(),
          }
        : null,
    imported: row.recorded_by === null,
  };
}

const letterView = (row: LetterRow, all: readonly LetterRow[]): LetterView => ({
  ...summary(row, all),
  body: row.body,
  sections: sectionsOf(row.sections),
});

function draftView(row: DraftRow, all: readonly LetterRow[]): DraftView {
  const replaces = row.replaces_id ? all.find((l) => l.id === row.replaces_id) : undefined;
  return {
    id: row.id,
    period: { from: row.period_from, to: row.period_to },
    version: row.version,
    replaces: replaces ? ref(replaces) : null,
    sections: sectionsOf(row.sections),
    updatedAt: new Date(row.updated_at).toISOString(),
    updatedBy: { id: row.updater_id, displayName: row.updater_name },
  };
}

/** Drafts are the institution's work in progress: the job centre, a company, the young person never see one. */
const mayDraft = (scope: CourseScope) =>
  scope.grant.side === 'institution' && scope.grant.classes.has('statusLetters');

/** The letter as a document needs its class: the caseworker always, a company only by consent. */
function mayReadLetters(scope: CourseScope) {
  if (!scope.grant.classes.has('statusLetters')) throw notFound('status letter');
}

/** The course's letters, oldest first, and (for the institution) the draft in progress. */
export async function listLetters(scope: CourseScope): Promise<LetterList> {
  const q = scope.queries(letterQueries);
  const all = await q.list();
  const draft = mayDraft(scope) ? await q.findDraft() : undefined;
  const view = scope.present('statusLetterList', {
    letters: all.map((l) => summary(l, all)),
    draft: draft ? draftView(draft, all) : null,
  });
  await scope.audit('statusLetters.read', {
    objectType: 'course',
    objectId: scope.grant.courseId,
    detail: { count: view.letters.length, draft: Boolean(view.draft) },
  });
  return { letters: view.letters, draft: view.draft ?? null };
}

/** "Lav udkast": the letter for the period since the last one, from what the drafter may read. */
export async function createDraft(scope: CourseScope): Promise<DraftView> {
  if (!mayDraft(scope)) throw notFound('status letter');
  const q = scope.queries(letterQueries);
  if (await q.findDraft()) throw conflict('the course already has a draft letter: edit or approve it first');
  const all = await q.list();
  const header = await q.header();
  const last = all.reduce<LetterRow | null>(
    (a, l) => (!a || (l.period_to ?? l.approved_on) > (a.period_to ?? a.approved_on) ? l : a),
    null,
  );
  const period = draftPeriod(
    last ? { periodTo: last.period_to, approvedOn: last.approved_on } : null,
    header.start_date,
    today(),
  );
  const sections = await assembleSections(scope, period);
  const inserted = await q.insertDraft({ period, sections, replacesId: null, userId: scope.actor.userId });
  if (!inserted) throw conflict('the course already has a draft letter: edit or approve it first');
  await scope.audit('statusLetters.draft', {
    objectType: 'statusLetterDraft',
    objectId: inserted.id,
    detail: { period, sections: sections.map((s) => s.key) },
  });
  return presentDraft(scope, q, all);
}

/** A letter's sections for the period, from what this reader may read; no section of a class they lack. */
export async function assembleSections(scope: CourseScope, period: { from: string; to: string }) {
  return draftSections(await draftSources(scope, period)).filter((s) =>
    scope.grant.classes.has(sectionClasses[s.key]),
  );
}

async function presentDraft(scope: CourseScope, q: Queries, all: readonly LetterRow[]): Promise<DraftView> {
  const row = await q.findDraft();
  if (!row) throw notFound('draft');
  return scope.present('statusLetterDraftSaved', { draft: draftView(row, all) }).draft;
}

/** What a draft is assembled from: only what this reader may read, each part by its own rules. */
async function draftSources(scope: CourseScope, period: { from: string; to: string }) {
  const { classes } = scope.grant;
  const q = scope.queries(letterQueries);
  const goals = (await scope.queries(goalQueries).list()).filter((g) => mayReadGoal(scope, g));
  const versions = await q.goalVersions();
  const draftGoals: DraftGoal[] = goals.map((g) => ({
    id: g.id,
    parentGoalId: g.parent_goal_id,
    snapshot: snapshotOf(g),
    versions: versions
      .filter((v) => v.goal_id === g.id)
      .map((v) => ({ version: v.version, date: v.changed_on, snapshot: readSnapshot(v.snapshot) })),
  }));
  // A letter is addressed to the job centre: notes the institution keeps to itself stay out of it.
  const notes = scope.grant.permissions.has('journal.read')
    ? (await readableNotes(scope, undefined)).filter((n) =>
        readableVisibilities.municipality.includes(n.visibility),
      )
    : [];
  const days = classes.has('attendanceAllWorkplaces')
    ? await scope.queries(attendanceQueries).listDays(period.from, period.to)
    : [];
  const measurements = classes.has('measurements') ? await q.measurements() : [];
  return {
    period,
    goals: draftGoals,
    notes: notes.map((n) => ({ date: n.date, track: n.track, body: n.body })),
    attendance: days.map((d) => ({
      day: d.day,
      status: d.status,
      absenceReason: d.absence_reason,
      hours: Number(d.hours),
    })),
    measurements: measurements.map((m) => ({ date: m.date, scores: m.scores })),
  };
}

/** The coordinator's edits to the sections' text; a stale version gets 412 and the draft as it is now. */
export async function editDraft(
  scope: CourseScope,
  patch: DraftPatch,
  expected: Expected,
): Promise<DraftView> {
  if (!mayDraft(scope)) throw notFound('draft');
  const q = scope.queries(letterQueries);
  const current = await q.findDraft();
  if (!current) throw notFound('draft');
  const sections = sectionsOf(current.sections);
  for (const key of Object.keys(patch.texts) as Array<keyof DraftPatch['texts']>) {
    if (patch.texts[key] === undefined) continue;
    if (!sections.some((s) => s.key === key) || !scope.grant.classes.has(sectionClasses[key]))
      throw badRequest(`body.texts.${key}: the draft has no such section`, `body.texts.${key}`);
  }
  const changed = sections.map((s) => ({ ...s, text: patch.texts[s.key] ?? s.text }));
  const updated = await q.updateDraft(changed, scope.actor.userId, expected);
  const all = await q.list();
  if (!updated) throw new StaleVersion(current.version, await presentDraft(scope, q, all));
  await scope.audit('statusLetters.edit', {
    objectType: 'statusLetterDraft',
    objectId: current.id,
    detail: { version: updated.version, sections: Object.keys(patch.texts) },
  });
  return presentDraft(scope, q, all);
}

/** Approves the draft as it is: it becomes a letter dated today that never changes again. */
export async function approveDraft(scope: CourseScope, expected: Expected): Promise<LetterView> {
  if (!mayDraft(scope)) throw notFound('draft');
  const q = scope.queries(letterQueries);
  const current = await q.findDraft();
  if (!current) throw notFound('draft');
  const before = await q.list();
  if (!(await q.takeDraft(expected)))
    throw new StaleVersion(current.version, await presentDraft(scope, q, before));
  const replaced = current.replaces_id ? before.find((l) => l.id === current.replaces_id) : undefined;
  const { id } = await q.insertLetter({
    approvedOn: today(),
    period: { from: current.period_from, to: current.period_to },
    sections: sectionsOf(current.sections),
    approvedBy: scope.actor.userId,
    version: replaced ? replaced.letter_version + 1 : 1,
    replacesId: replaced?.id ?? null,
  });
  await scope.queries(formatPlanning).plan(today(), scope.actor.userId); // formats: the status meeting after it
  await scope.audit('statusLetters.approve', {
    objectType: 'statusLetter',
    objectId: id,
    detail: { replaces: replaced?.id ?? null, period: { from: current.period_from, to: current.period_to } },
  });
  const all = await q.list();
  const row = all.find((l) => l.id === id) as LetterRow;
  return scope.present('statusLetterSaved', { letter: letterView(row, all) }).letter;
}

/**
 * A correction: a new draft with the approved letter's period and text, which on approval becomes
 * the next version naming the one it replaces. The old letter stays readable, marked as replaced.
 */
export async function startCorrection(scope: CourseScope, letterId: string): Promise<DraftView> {
  if (!mayDraft(scope)) throw notFound('status letter');
  const q = scope.queries(letterQueries);
  const all = await q.list();
  const letter = all.find((l) => l.id === letterId);
  if (!letter) throw notFound('status letter');
  // An imported letter follows its source file (a later import rewrites it): correct it there.
  if (letter.recorded_by === null || !letter.period_from || !letter.period_to)
    throw badRequest(
      'params.letterId: an imported letter is corrected in the system it came from',
      'params.letterId',
    );
  if (all.some((l) => l.replaces_id === letter.id))
    throw conflict('this letter has already been corrected: correct the newest version');
  if (await q.findDraft()) throw conflict('the course already has a draft letter: edit or approve it first');
  const inserted = await q.insertDraft({
    period: { from: letter.period_from, to: letter.period_to },
    sections: sectionsOf(letter.sections),
    replacesId: letter.id,
    userId: scope.actor.userId,
  });
  if (!inserted) throw conflict('the course already has a draft letter: edit or approve it first');
  await scope.audit('statusLetters.correct', {
    objectType: 'statusLetter',
    objectId: letter.id,
    detail: { draft: inserted.id },
  });
  return presentDraft(scope, q, all);
}

/** Finds a letter the reader may read, recording the caseworker's first reading of it. */
async function openLetter(scope: CourseScope, letterId: string) {
  mayReadLetters(scope);
  const q = scope.queries(letterQueries);
  if (!(await q.find(letterId))) throw notFound('status letter');
  if (scope.grant.role === 'caseworker' && (await q.markFirstRead(letterId, scope.actor.userId))) {
    await scope.audit('statusLetters.firstRead', { objectType: 'statusLetter', objectId: letterId });
  }
  const all = await q.list();
  return { q, all, row: all.find((l) => l.id === letterId) as LetterRow };
}

/** One approved letter, each section only for a reader of its class. */
export async function readLetter(scope: CourseScope, letterId: string): Promise<LetterView> {
  const { all, row } = await openLetter(scope, letterId);
  const letter = scope.present('statusLetterSaved', { letter: letterView(row, all) }).letter;
  await scope.audit('statusLetters.read', {
    objectType: 'statusLetter',
    objectId: letterId,
    detail: { sections: letter.sections.map((s) => s.key) },
  });
  return letter;
}

/** The letter as THIS reader may print it: the PDF renderer draws this and nothing else. */
export async function letterDocument(scope: CourseScope, letterId: string): Promise<LetterDocument> {
  const { q, all, row } = await openLetter(scope, letterId);
  if (row.recorded_by === null)
    throw badRequest(
      'params.letterId: an imported letter is printed from the system it came from',
      'params.letterId',
    );
  const header = await q.header();
  const view = summary(row, all);
  const replaces = view.replaces;
  const doc: LetterDocument = scope.present('letterDocument', {
    institution: header.institution,
    municipality: header.municipality,
    participantName: `${header.given_name} ${header.family_name}`,
    period: view.period ?? { from: row.approved_on, to: row.approved_on },
    approvedOn: row.approved_on,
    approvedBy: view.approvedBy?.displayName ?? null,
    version: row.letter_version,
    replaces: replaces ? { version: replaces.version, approvedOn: replaces.approvedOn } : null,
    sections: sectionsOf(row.sections),
  });
  await scope.audit('statusLetters.pdf', {
    objectType: 'statusLetter',
    objectId: letterId,
    detail: { sections: doc.sections.map((s) => s.key) },
  });
  return doc;
}

/** The course's approved letters in full, for the logbook (it audits its own reading). */
export async function readableLetters(scope: CourseScope): Promise<LetterView[]> {
  if (!scope.grant.classes.has('statusLetters')) return [];
  const all = await scope.queries(letterQueries).list();
  return all.map((row) => letterView(row, all));
}
