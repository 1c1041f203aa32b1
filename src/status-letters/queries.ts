import { sql } from 'kysely';
import type { CourseQueries } from '../auth/course-scope.ts';
import { DEFAULT_INSTRUMENT_KEY } from '../measurements/instrument.ts';
import type { IsoDate } from '../platform/dates.ts';
import type { Expected } from '../platform/versions.ts';
import type { LetterSection } from './document.ts';

export interface LetterRow {
  id: string;
  approved_on: IsoDate;
  body: string | null;
  sections: unknown;
  period_from: IsoDate | null;
  period_to: IsoDate | null;
  letter_version: number;
  replaces_id: string | null;
  recorded_by: string | null;
  approver_id: string | null;
  approver_name: string | null;
  first_read_at: Date | null;
  reader_id: string | null;
  reader_name: string | null;
}

/** The course's status letters and its one draft, bound to one course. */
export const letterQueries = ((tx, { courseId, municipalityId }) => {
  const letters = () =>
    tx
      .selectFrom('status_letters as l')
      .leftJoin('users as a', 'a.id', 'l.approved_by')
      .leftJoin('users as r', 'r.id', 'l.first_read_by')
      .select([
        'l.id',
        sql<IsoDate>`to_char(l.approved_on, 'YYYY-MM-DD')`.as('approved_on'),
        'l.body',
        'l.sections',
        sql<IsoDate | null>`to_char(l.period_from, 'YYYY-MM-DD')`.as('period_from'),
        sql<IsoDate | null>`to_char(l.period_to, 'YYYY-MM-DD')`.as('period_to'),
        'l.letter_version',
        'l.replaces_id',
        'l.recorded_by',
        'a.id as approver_id',
        'a.display_name as approver_name',
        'l.first_read_at',
        'r.id as reader_id',
        'r.display_name as reader_name',
      ])
      .where('l.course_id', '=', courseId);
  const draft = () =>
    tx
      .selectFrom('status_letter_drafts as d')
      .innerJoin('users as u', 'u.id', 'd.updated_by')
      .select([
        'd.id',
        sql<IsoDate>`to_char(d.period_from, 'YYYY-MM-DD')`.as('period_from'),
        sql<IsoDate>`to_char(d.period_to, 'YYYY-MM-DD')`.as('period_to'),
        'd.sections',
        'd.replaces_id',
        'd.version',
        'd.updated_at',
        'u.id as updater_id',
        'u.display_name as updater_name',
      ])
      .where('d.course_id', '=', courseId);
  return {
    /** Every letter of the course, oldest first (a correction after the one it replaces). */
    list: (): Promise<LetterRow[]> =>
      letters().orderBy('l.approved_on').orderBy('l.letter_version').orderBy('l.created_at').execute(),
    find: (letterId: string): Promise<LetterRow | undefined> =>
      letters().where('l.id', '=', letterId).executeTakeFirst(),
    insertLetter: (values: {
      approvedOn: IsoDate;
      period: { from: IsoDate; to: IsoDate };
      sections: readonly LetterSection[];
      approvedBy: string;
      version: number;
      replacesId: string | null;
    }) =>
      tx
        .insertInto('status_letters')
        .values({
          municipality_id: municipalityId,
          course_id: courseId,
          approved_on: values.approvedOn,
          period_from: values.period.from,
          period_to: values.period.to,
          sections: JSON.stringify(values.sections),
          approved_by: values.approvedBy,
          recorded_by: values.approvedBy,
          letter_version: values.version,
          replaces_id: values.replacesId,
        })
        .returning('id')
        .executeTakeFirstOrThrow(),
    /** Records the first reading once: a second reader (or a race) finds it already set. */
    markFirstRead: (letterId: string, userId: string) =>
      tx
        .updateTable('status_letters')
        .set({ first_read_by: userId, first_read_at: sql`now()` })
        .where('id', '=', letterId)
        .where('course_id', '=', courseId)
        .where('first_read_at', 'is', null)
        .returning('id')
        .executeTakeFirst(),

    findDraft: () => draft().executeTakeFirst(),
    insertDraft: (values: {
      period: { from: IsoDate; to: IsoDate };
      sections: readonly LetterSection[];
      replacesId: string | null;
      userId: string;
    }) =>
      tx
        .insertInto('status_letter_drafts')
        .values({
          municipality_id: municipalityId,
          course_id: courseId,
          period_from: values.period.from,
          period_to: values.period.to,
          sections: JSON.stringify(values.sections),
          replaces_id: values.replacesId,
          created_by: values.userId,
          updated_by: values.userId,
        })
        // One draft per course: a parallel "Lav udkast" finds the first one's row.
        .onConflict((oc) => oc.column('course_id').doNothing())
        .returning('id')
        .executeTakeFirst(),
    /** Compare and set in one statement, as goals do: a stale edit changes nothing. */
    updateDraft: (sections: readonly LetterSection[], userId: string, expected: Expected) =>
      tx
        .updateTable('status_letter_drafts')
        .set({
          sections: JSON.stringify(sections),
          updated_by: userId,
          version: sql`version + 1`,
          updated_at: sql`now()`,
        })
        .where('course_id', '=', courseId)
        .$if(expected !== 'any', (q) => q.where('version', '=', expected as number))
        .returning('version')
        .executeTakeFirst(),
    /** Removes the draft being approved, if it is still the version the approver saw. */
    takeDraft: (expected: Expected) =>
      tx
        .deleteFrom('status_letter_drafts')
        .where('course_id', '=', courseId)
        .$if(expected !== 'any', (q) => q.where('version', '=', expected as number))
        .returning('id')
        .executeTakeFirst(),

    /** The names a printed letter carries, and the start a first letter's period begins at. */
    header: () =>
      tx
        .selectFrom('courses as c')
        .innerJoin('partnerships as p', 'p.id', 'c.partnership_id')
        .innerJoin('organisations as m', 'm.id', 'p.municipality_id')
        .innerJoin('organisations as i', 'i.id', 'p.institution_id')
        .innerJoin('participants as pt', 'pt.id', 'c.participant_id')
        .select([
          sql<IsoDate | null>`to_char(c.start_date, 'YYYY-MM-DD')`.as('start_date'),
          'm.name as municipality',
          'i.name as institution',
          'pt.given_name',
          'pt.family_name',
        ])
        .where('c.id', '=', courseId)
        .executeTakeFirstOrThrow(),
    /** Every version of every goal of the course, for what changed in a letter's period. */
    goalVersions: () =>
      tx
        .selectFrom('goal_versions as v')
        .innerJoin('goals as g', 'g.id', 'v.goal_id')
        .select([
          'v.goal_id',
          'v.version',
          'v.snapshot',
          sql<IsoDate>`to_char(v.changed_at, 'YYYY-MM-DD')`.as('changed_on'),
        ])
        .where('g.course_id', '=', courseId)
        .orderBy('v.goal_id')
        .orderBy('v.version')
        .execute(),
    /** The professional's scores on the default instrument: what the report counts, too. */
    measurements: () =>
      tx
        .selectFrom('measurements as m')
        .innerJoin('measurement_instruments as i', 'i.id', 'm.instrument_id')
        .select([sql<IsoDate>`to_char(m.measured_on, 'YYYY-MM-DD')`.as('date'), 'm.scores'])
        .where('m.course_id', '=', courseId)
        .where('m.perspective', '=', 'professional')
        .where('i.key', '=', DEFAULT_INSTRUMENT_KEY)
        .orderBy('m.measured_on')
        .orderBy('m.created_at')
        .execute(),
  };
}) satisfies CourseQueries<unknown>;
