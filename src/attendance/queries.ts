import { sql } from 'kysely';
import type { Db } from '../platform/db.ts';

export function listDays(tx: Db, courseId: string, first: string, last: string) {
  return tx
    .selectFrom('attendance')
    .select(['day', 'status', 'absence_reason', 'hours'])
    .where('course_id', '=', courseId)
    .where('day', '>=', first)
    .where('day', '<=', last)
    .orderBy('day')
    .execute();
}

/** Registered and present days per month between two days. */
export function monthlyCounts(tx: Db, courseId: string, first: string, last: string) {
  return tx
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
    .execute();
}

export function courseStart(tx: Db, courseId: string) {
  return tx
    .selectFrom('courses')
    .select('start_date')
    .where('id', '=', courseId)
    .executeTakeFirstOrThrow()
    .then((r) => r.start_date);
}

export interface DayValues {
  municipalityId: string;
  courseId: string;
  participantId: string;
  day: string;
  status: 'present' | 'absent';
  absenceReason: 'sick' | 'agreed' | 'unexplained' | null;
  hours: number;
  recordedBy: string;
}

/**
 * One row per participant and day. The update only applies when the existing row belongs to the
 * same course: a day already registered on another course of the participant returns nothing.
 */
export function upsertDay(tx: Db, v: DayValues) {
  return tx
    .insertInto('attendance')
    .values({
      municipality_id: v.municipalityId,
      course_id: v.courseId,
      participant_id: v.participantId,
      day: v.day,
      status: v.status,
      absence_reason: v.absenceReason,
      hours: v.hours,
      recorded_by: v.recordedBy,
    })
    .onConflict((oc) =>
      oc
        .columns(['participant_id', 'day'])
        .doUpdateSet((eb) => ({
          status: eb.ref('excluded.status'),
          absence_reason: eb.ref('excluded.absence_reason'),
          hours: eb.ref('excluded.hours'),
          recorded_by: eb.ref('excluded.recorded_by'),
          recorded_at: sql`now()`,
        }))
        .where('attendance.course_id', '=', v.courseId),
    )
    .returning(['day', 'status', 'absence_reason', 'hours'])
    .executeTakeFirst();
}

export async function deleteDay(tx: Db, courseId: string, day: string): Promise<boolean> {
  const result = await tx
    .deleteFrom('attendance')
    .where('course_id', '=', courseId)
    .where('day', '=', day)
    .executeTakeFirst();
  return result.numDeletedRows > 0n;
}
