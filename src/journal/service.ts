import { audit } from '../audit/audit.ts';
import { auditFor, requireCourse } from '../auth/access.ts';
import { readableVisibilities } from '../auth/permissions.ts';
import { badRequest } from '../platform/errors.ts';
import type { Scope } from '../platform/scope.ts';
import { insertNote, listNotes, type NoteRow } from './queries.ts';
import type { JournalQuery, NewNote, NoteView } from './schemas.ts';

function viewNote(row: NoteRow): NoteView {
  return {
    id: row.id,
    date: row.note_date,
    track: row.track as NoteView['track'],
    body: row.body,
    visibility: row.visibility,
    author: { id: row.author_id, displayName: row.author_name },
    createdAt: new Date(row.created_at).toISOString(),
  };
}

/** The notes the reader's side may read (a company mentor: only the whole team's), newest first. */
export async function listJournal(scope: Scope, courseId: string, query: JournalQuery) {
  const grant = await requireCourse(scope, courseId, 'journal.read');
  const rows = await listNotes(scope.tx, courseId, readableVisibilities[grant.side], query.track);
  await audit(
    scope.tx,
    scope.actor,
    auditFor(grant, 'journal.read', {
      objectType: 'course',
      objectId: courseId,
      detail: { count: rows.length, track: query.track ?? null },
    }),
  );
  return { notes: rows.map(viewNote) };
}

/**
 * Writes a note. A writer may only address readers they belong to: a company mentor writes for
 * the whole team, the municipality never for the institution's staff only.
 */
export async function writeNote(scope: Scope, courseId: string, input: NewNote): Promise<NoteView> {
  const grant = await requireCourse(scope, courseId, 'journal.write');
  if (!readableVisibilities[grant.side].includes(input.visibility)) {
    throw badRequest(
      `body.visibility: you may write notes visible to ${readableVisibilities[grant.side].join(', ')}`,
      'body.visibility',
    );
  }
  const row = await insertNote(scope.tx, {
    municipalityId: grant.municipalityId,
    courseId,
    authorId: scope.actor.userId,
    date: input.date,
    track: input.track ?? null,
    body: input.body,
    visibility: input.visibility,
  });
  await audit(
    scope.tx,
    scope.actor,
    auditFor(grant, 'journal.write', {
      objectType: 'journalNote',
      objectId: row.id,
      detail: { visibility: input.visibility, track: input.track ?? null },
    }),
  );
  return viewNote(row);
}
