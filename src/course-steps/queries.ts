import { type Selectable, sql } from 'kysely';
import type { CourseQueries } from '../auth/course-scope.ts';
import type { CourseStepsTable } from '../platform/schema.ts';
import type { Expected } from '../platform/versions.ts';
import type { StepKind } from './order.ts';

export type StepRow = Selectable<CourseStepsTable> & { recorded_by_name: string | null };
export type StepVersionRow = {
  step_id: string;
  version: number;
  step_date: string;
  details: unknown;
  recorded_at: Date;
  recorded_by: string | null;
  recorded_by_name: string | null;
};

/** The course's steps and its referral columns, bound to one course. */
export const stepQueries = ((tx, { courseId, municipalityId }) => {
  const steps = () =>
    tx
      .selectFrom('course_steps as s')
      .leftJoin('users as u', 'u.id', 's.recorded_by')
      .selectAll('s')
      .select('u.display_name as recorded_by_name')
      .where('s.course_id', '=', courseId);
  return {
    list: () => steps().execute(),
    find: (kind: StepKind) => steps().where('s.kind', '=', kind).executeTakeFirst(),
    /** Every version of every step of the course, oldest first. */
    versions: () =>
      tx
        .selectFrom('course_step_versions as v')
        .innerJoin('course_steps as s', 's.id', 'v.step_id')
        .leftJoin('users as u', 'u.id', 'v.recorded_by')
        .select([
          'v.step_id',
          'v.version',
          'v.step_date',
          'v.details',
          'v.recorded_at',
          'v.recorded_by',
          'u.display_name as recorded_by_name',
        ])
        .where('s.course_id', '=', courseId)
        .orderBy('v.version')
        .execute() as Promise<StepVersionRow[]>,
    course: () =>
      tx
        .selectFrom('courses')
        .select([
          'referral_date',
          'first_contact_date',
          'start_date',
          'granted_months',
          'plan_summary',
          'package',
        ])
        .where('id', '=', courseId)
        .executeTakeFirstOrThrow(),
    insert: (kind: StepKind, date: string, details: unknown, recordedBy: string) =>
      tx
        .insertInto('course_steps')
        .values({
          municipality_id: municipalityId,
          course_id: courseId,
          kind,
          step_date: date,
          details: JSON.stringify(details),
          recorded_by: recordedBy,
        })
        .returning(['id', 'version'])
        .executeTakeFirstOrThrow(),
    /** Compare and set in one statement: a change based on an older version changes nothing. */
    update: (kind: StepKind, date: string, details: unknown, recordedBy: string, expected: Expected) =>
      tx
        .updateTable('course_steps')
        .set({
          step_date: date,
          details: JSON.stringify(details),
          recorded_by: recordedBy,
          recorded_at: sql`now()`,
          version: sql`version + 1`,
        })
        .where('course_id', '=', courseId)
        .where('kind', '=', kind)
        .$if(expected !== 'any', (q) => q.where('version', '=', expected as number))
        .returning(['id', 'version'])
        .executeTakeFirst(),
    insertVersion: (stepId: string, version: number, date: string, details: unknown, recordedBy: string) =>
      tx
        .insertInto('course_step_versions')
        .values({
          municipality_id: municipalityId,
          step_id: stepId,
          version,
          step_date: date,
          details: JSON.stringify(details),
          recorded_by: recordedBy,
        })
        .execute(),
    setReferral: (values: {
      referral_date: string;
      plan_summary: string;
      package: string;
      granted_months: number | null;
    }) => tx.updateTable('courses').set(values).where('id', '=', courseId).execute(),
    setFirstContact: (date: string) =>
      tx.updateTable('courses').set({ first_contact_date: date }).where('id', '=', courseId).execute(),
    /**
     * The course starts when the trial (or the start-up) begins: its start date, and the first
     * "active" row of its status history when it has none yet (the due dates count from it).
     */
    async setStart(date: string, changedBy: string) {
      await tx.updateTable('courses').set({ start_date: date }).where('id', '=', courseId).execute();
      const history = await tx
        .selectFrom('course_status_history')
        .select('id')
        .where('course_id', '=', courseId)
        .executeTakeFirst();
      if (!history)
        await tx
          .insertInto('course_status_history')
          .values({
            municipality_id: municipalityId,
            course_id: courseId,
            status: 'active',
            effective_date: date,
            reason: 'Forløbet startede',
            changed_by: changedBy,
          })
          .execute();
    },
  };
}) satisfies CourseQueries<unknown>;
