import { sql } from 'kysely';
import type { CourseQueries } from '../auth/course-scope.ts';
import type { Expected } from '../platform/versions.ts';

export interface DayValues {
  day: string;
  status: 'present' | 'absent';
  absenceReason: 'sick' | 'agreed' | 'unexplained' | null;
  hours: number;
  workplaceId: string;
  recordedBy: string;
}

/**
 * Which days a reader receives: those at `workplaceId` if `own`, the others if `others` (a company
 * mentor: their own workplace's with class attendance, the rest with attendanceAllWorkplaces).
 */
export interface ShownDays {
  workplaceId: string;
  own: boolean;
  others: boolean;
}

/** The course's attendance, bound to one course. */
export const attendanceQueries = ((tx, { courseId, participantId, municipalityId, partnershipId }) => {
  const days = () =>
    tx
      .selectFrom('attendance as a')
      .innerJoin('organisations as w', 'w.id', 'a.workplace_organisation_id')
      .select([
        'a.day',
        'a.status',
        'a.absence_reason',
        'a.hours',
        'a.recorded_by',
        'a.version',
        'w.id as workplace_id',
        'w.name as workplace_name',
      ])
      .where('a.course_id', '=', courseId);
  const findDay = (day: string) => days().where('a.day', '=', day).executeTakeFirst();
  return {
    listDays: (first: string, last: string) =>
      days().where('a.day', '>=', first).where('a.day', '<=', last).orderBy('a.day').execute(),
    findDay,
    /**
     * The month page's read, to run with its audit row (`scope.readAudited`): one row with the
     * month's days (by day), how many of them the reader receives (`shown`: the view policy's
     * attendance-day rule, given as which workplaces the reader's classes open) and the registered
     * and present days of each month from `trendFirst` to `last` (kept per month: migration 022).
     */
    month: (first: string, last: string, trendFirst: string, shown: ShownDays) =>
      tx.selectFrom(days().where('a.day', '>=', first).where('a.day', '<=', last).as('d')).select([
        sql<DayRow[]>`coalesce(json_agg(d order by d.day), '[]'::json)`.as('days'),
        sql<number>`count(*) filter (where case when d.workplace_id = ${shown.workplaceId}::uuid
            then ${shown.own}::boolean else ${shown.others}::boolean end)`.as('shown'),
        sql<Array<{ month: string; registered: number; present: number }>>`(
            select coalesce(json_agg(json_build_object('month', to_char(m.month, 'YYYY-MM'),
              'registered', m.present + m.absent, 'present', m.present)), '[]'::json)
            from attendance_months m
            where m.course_id = ${courseId} and m.month >= ${trendFirst}::date and m.month <= ${last}::date)`.as(
          'counts',
        ),
      ]),
    /** The course's start and the partnership's institution: its workplaces are the default. */
    course: () =>
      tx
        .selectFrom('courses as c')
        .innerJoin('partnerships as p', 'p.id', 'c.partnership_id')
        .select(['c.start_date', 'p.institution_id'])
        .where('c.id', '=', courseId)
        .where('p.id', '=', partnershipId)
        .executeTakeFirstOrThrow(),
    organisationKind: (id: string) =>
      tx
        .selectFrom('organisations')
        .select('kind')
        .where('id', '=', id)
        .executeTakeFirst()
        .then((r) => r?.kind),
    /**
     * A new day. One row per participant and day: when the day exists already (registered a moment
     * ago by someone else, or on another course of the participant) nothing is written.
     */
    async insertDay(v: DayValues) {
      const saved = await tx
        .insertInto('attendance')
        .values({
          municipality_id: municipalityId,
          course_id: courseId,
          participant_id: participantId,
          day: v.day,
          status: v.status,
          absence_reason: v.absenceReason,
          hours: v.hours,
          workplace_organisation_id: v.workplaceId,
          recorded_by: v.recordedBy,
        })
        .onConflict((oc) => oc.columns(['participant_id', 'day']).doNothing())
        .returning('day')
        .executeTakeFirst();
      return saved ? findDay(v.day) : undefined;
    },
    /** A correction of the version the writer saw (compare and set); nothing when it moved on. */
    async updateDay(v: DayValues, expected: Expected) {
      const saved = await tx
        .updateTable('attendance')
        .set({
          status: v.status,
          absence_reason: v.absenceReason,
          hours: v.hours,
          workplace_organisation_id: v.workplaceId,
          recorded_by: v.recordedBy,
          recorded_at: sql`now()`,
          version: sql`version + 1`,
        })
        .where('course_id', '=', courseId)
        .where('day', '=', v.day)
        .$if(expected !== 'any', (q) => q.where('version', '=', expected as number))
        .returning('day')
        .executeTakeFirst();
      return saved ? findDay(v.day) : undefined;
    },
    async deleteDay(day: string, expected: Expected): Promise<boolean> {
      const result = await tx
        .deleteFrom('attendance')
        .where('course_id', '=', courseId)
        .where('day', '=', day)
        .$if(expected !== 'any', (q) => q.where('version', '=', expected as number))
        .executeTakeFirst();
      return result.numDeletedRows > 0n;
    },
  };
}) satisfies CourseQueries<unknown>;

export type DayRow = NonNullable<Awaited<ReturnType<ReturnType<typeof attendanceQueries>['findDay']>>>;
