import { sql } from 'kysely';
import type { CourseQueries } from '../auth/course-scope.ts';

export interface DayValues {
  day: string;
  status: 'present' | 'absent';
  absenceReason: 'sick' | 'agreed' | 'unexplained' | null;
  hours: number;
  workplaceId: string;
  recordedBy: string;
  /** Overwrite only a day this user registered (a company mentor). */
  onlyOwn?: boolean;
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
        'w.id as workplace_id',
        'w.name as workplace_name',
      ])
      .where('a.course_id', '=', courseId);
  return {
    listDays: (first: string, last: string) =>
      days().where('a.day', '>=', first).where('a.day', '<=', last).orderBy('a.day').execute(),
    findDay: (day: string) => days().where('a.day', '=', day).executeTakeFirst(),
    /** Registered and present days per month between two days. */
    monthlyCounts: (first: string, last: string) =>
      tx
        .selectFrom('attendance')
        .select([
          sql<string>`to_char(day, 'YYYY-MM')`.as('month'),
          sql<number>`count(*)::int`.as('registered'),
          sql<number>`(count(*) filter (where status = 'present'))::int`.as('present'),
        ])
        .where('course_id', '=', courseId)
        .where('day', '>=', first)
        .where('day', '<=', last)
        .groupBy(sql`to_char(day, 'YYYY-MM')`)
        .execute(),
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
     * One row per participant and day. The update only applies when the existing row belongs to
     * the same course: a day already registered on another course of the participant returns nothing.
     */
    async upsertDay(v: DayValues) {
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
        .onConflict((oc) => {
          const update = oc
            .columns(['participant_id', 'day'])
            .doUpdateSet((eb) => ({
              status: eb.ref('excluded.status'),
              absence_reason: eb.ref('excluded.absence_reason'),
              hours: eb.ref('excluded.hours'),
              workplace_organisation_id: eb.ref('excluded.workplace_organisation_id'),
              recorded_by: eb.ref('excluded.recorded_by'),
              recorded_at: sql`now()`,
            }))
            .where('attendance.course_id', '=', courseId);
          return v.onlyOwn ? update.where('attendance.recorded_by', '=', v.recordedBy) : update;
        })
        .returning('day')
        .executeTakeFirst();
      return saved ? days().where('a.day', '=', v.day).executeTakeFirstOrThrow() : undefined;
    },
    async deleteDay(day: string): Promise<boolean> {
      const result = await tx
        .deleteFrom('attendance')
        .where('course_id', '=', courseId)
        .where('day', '=', day)
        .executeTakeFirst();
      return result.numDeletedRows > 0n;
    },
  };
}) satisfies CourseQueries<unknown>;

export type DayRow = NonNullable<Awaited<ReturnType<ReturnType<typeof attendanceQueries>['findDay']>>>;
