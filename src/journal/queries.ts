import { sql } from 'kysely';
import type { CourseQueries } from '../auth/course-scope.ts';
import { healthRecordSql } from '../auth/health-records.ts';
import type { Db } from '../platform/db.ts';
import type { Visibility } from './schemas.ts';

const noteColumns = [
  'n.id',
  'n.note_date',
  'n.track',
  'n.body',
  'n.visibility',
  'n.created_at',
  'n.records_contact',
  'n.author_id',
  // A scalar subquery, one probe of the users' key per note, not a join: for a journal of 150 notes
  // the planner hashed the whole users table on every read (7,363 rows at national volume; the
  // journal's PostgreSQL CPU per request 1.7 → 3.7 ms from 2,000 to 50,000 participants).
  sql<string>`(select u.display_name from users u where u.id = n.author_id)`.as('author_name'),
] as const;

export type NoteRow = Awaited<ReturnType<typeof listNotes>>[number];

/** Which notes the reader's classes open: the view policy's `note` rule (src/auth/view-policy.ts). */
export interface NoteClasses {
  /** Notes outside the treatment track. */
  notes: boolean;
  /** Notes on the treatment track (health records). */
  health: boolean;
}

/** A course's notes of the given visibilities, newest first; the id breaks ties for a stable order. */
function listNotes(
  tx: Db,
  courseId: string,
  visibilities: ReadonlyArray<Visibility>,
  track: string | undefined,
) {
  return notesQuery(tx, courseId, visibilities, track).execute();
}

function notesQuery(
  tx: Db,
  courseId: string,
  visibilities: ReadonlyArray<Visibility>,
  track: string | undefined,
  classes: NoteClasses = { notes: true, health: true },
) {
  let query = tx
    .selectFrom('journal_notes as n')
    .select(noteColumns)
    .where('n.course_id', '=', courseId)
    .where('n.visibility', 'in', visibilities);
  if (track) query = query.where('n.track', '=', track);
  const health = healthRecordSql({ track: 'n.track' });
  if (!classes.health) query = query.where(sql<boolean>`not ${health}`);
  if (!classes.notes) query = query.where(health);
  return query.orderBy('n.note_date', 'desc').orderBy('n.created_at', 'desc').orderBy('n.id', 'desc');
}

async function insertNote(
  tx: Db,
  values: {
    municipalityId: string;
    courseId: string;
    authorId: string;
    date: string;
    track: string | null;
    body: string;
    visibility: Visibility;
    recordsContact: boolean;
  },
) {
  const { id } = await tx
    .insertInto('journal_notes')
    .values({
      municipality_id: values.municipalityId,
      course_id: values.courseId,
      author_id: values.authorId,
      note_date: values.date,
      track: values.track,
      body: values.body,
      visibility: values.visibility,
      records_contact: values.recordsContact,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return tx
    .selectFrom('journal_notes as n')
    .select(noteColumns)
    .where('n.id', '=', id)
    .executeTakeFirstOrThrow();
}

/** The course's journal, bound to one course. */
export const journalQueries = ((tx, { courseId, municipalityId }) => ({
  list: (visibilities: ReadonlyArray<Visibility>, track: string | undefined) =>
    listNotes(tx, courseId, visibilities, track),
  /**
   * The journal's read, to run with its audit row (`scope.readAudited`): only the notes the
   * reader's classes open, so the rows read are the notes the reader receives.
   */
  page: (visibilities: ReadonlyArray<Visibility>, track: string | undefined, classes: NoteClasses) =>
    notesQuery(tx, courseId, visibilities, track, classes),
  insert: (values: {
    authorId: string;
    date: string;
    track: string | null;
    body: string;
    visibility: Visibility;
    recordsContact: boolean;
  }) => insertNote(tx, { ...values, municipalityId, courseId }),
})) satisfies CourseQueries<unknown>;
