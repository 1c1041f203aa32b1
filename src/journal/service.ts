import { sql } from 'kysely';
import type { CourseScope } from '../auth/course-scope.ts';
import { isHealthRecord } from '../auth/health-records.ts';
import { readableVisibilities } from '../auth/permissions.ts';
import { badRequest } from '../platform/errors.ts';
import { journalQueries, type NoteRow } from './queries.ts';
import type { JournalQuery, NewNote, NoteView } from './schemas.ts';

function viewNote(row: NoteRow): NoteView {
  return {
    id: row.id,
    date: row.note_date,
    track: row.track as NoteView['track'],
    body: row.body,
    visibility: row.visibility,
    recordsContact: row.records_contact,
    author: { id: row.author_id, displayName: row.author_name },
    createdAt: new Date(row.created_at).toISOString(),
  };
}

/**
 * The notes the reader's side may read (a company mentor: only the whole team's), newest first, as
 * the reader receives them: the logbook and the status letter read notes only through this (the
 * journal through `listJournal`'s one-statement read).
 */
export async function readableNotes(scope: CourseScope, track: JournalQuery['track']): Promise<NoteView[]> {
  const rows = await scope.queries(journalQueries).list(readableVisibilities[scope.grant.side], track);
  return scope.present('noteList', { notes: rows.map(viewNote) }).notes;
}

/**
 * The journal: one statement with its audit row (`work.courseRead`). The read leaves out the notes
 * the reader's classes do not open, so the audit's count (of the rows read) is what the reader receives.
 */
export async function listJournal(scope: CourseScope, query: JournalQuery) {
  const { grant } = scope;
  const read = scope.queries(journalQueries).page(readableVisibilities[grant.side], query.track, {
    notes: grant.classes.has('notes'),
    health: grant.classes.has('health'),
  });
  const rows = await scope.readAudited(
    read,
    'journal.read',
    { objectType: 'course', objectId: grant.courseId, detail: { track: query.track ?? null } },
    { count: sql`(select count(*) from rows)` },
  );
  const notes = scope.present('noteList', { notes: rows.map(viewNote) }).notes;
  if (notes.length !== rows.length)
    throw new Error('the journal read notes the view policy leaves out: its filter and the policy disagree');
  return { notes };
}

/**
 * Writes a note. A writer may only address readers they belong to: a company mentor writes for
 * the whole team, the municipality never for the institution's staff only.
 */
export async function writeNote(scope: CourseScope, input: NewNote): Promise<NoteView> {
  const readable = readableVisibilities[scope.grant.side];
  // One writes only what one may read: a company mentor never writes on the treatment track.
  if (!scope.grant.classes.has(isHealthRecord(input) ? 'health' : 'notes'))
    throw badRequest('body.track: you may not write notes of this kind on this course', 'body.track');
  if (!readable.includes(input.visibility)) {
    throw badRequest(
      `body.visibility: you may write notes visible to ${readable.join(', ')}`,
      'body.visibility',
    );
  }
  const row = await scope.queries(journalQueries).insert({
    authorId: scope.actor.userId,
    date: input.date,
    track: input.track ?? null,
    body: input.body,
    visibility: input.visibility,
    recordsContact: input.recordsContact,
  });
  await scope.audit('journal.write', {
    objectType: 'journalNote',
    objectId: row.id,
    detail: {
      visibility: input.visibility,
      track: input.track ?? null,
      recordsContact: input.recordsContact,
    },
  });
  return viewNote(row);
}
