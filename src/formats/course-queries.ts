import type { CourseQueries } from '../auth/course-scope.ts';
import type { CourseMeetingKind } from '../meetings/kinds.ts';
import type { IsoDate } from '../platform/dates.ts';
import type { Expected } from '../platform/versions.ts';

/** The formats in use on one course and the meetings they planned: bound to the course. */
export const courseFormatQueries = ((tx, course) => ({
  uses() {
    return tx
      .selectFrom('course_formats as cf')
      .innerJoin('coordination_formats as f', 'f.id', 'cf.format_id')
      .select([
        'cf.id',
        'cf.format_id',
        'f.name',
        'cf.events',
        'cf.applied_on',
        'cf.stopped_on',
        'cf.version',
      ])
      .where('cf.course_id', '=', course.courseId)
      .orderBy('cf.applied_at', 'desc')
      .execute();
  },
  async insert(formatId: string, events: Record<string, IsoDate>, appliedOn: IsoDate, userId: string) {
    const row = await tx
      .insertInto('course_formats')
      .values({
        municipality_id: course.municipalityId,
        course_id: course.courseId,
        format_id: formatId,
        events: JSON.stringify(events),
        applied_on: appliedOn,
        applied_by: userId,
      })
      .onConflict((oc) => oc.columns(['course_id', 'format_id']).where('stopped_on', 'is', null).doNothing())
      .returning('id')
      .executeTakeFirst();
    return row?.id;
  },
  /** Compare-and-set: false when it was stopped or changed by someone else first. */
  async stop(id: string, expected: Expected, on: IsoDate, userId: string) {
    let q = tx
      .updateTable('course_formats')
      .set((eb) => ({ stopped_on: on, stopped_by: userId, version: eb('version', '+', 1) }))
      .where('id', '=', id)
      .where('course_id', '=', course.courseId)
      .where('stopped_on', 'is', null);
    if (expected !== 'any') q = q.where('version', '=', expected);
    return (await q.executeTakeFirst()).numUpdatedRows > 0n;
  },
  /**
   * Cancels the format's planned meetings from `from` on that nobody changed (still version 1) and
   * forgets their occurrences, so applying the format again plans them anew. Held and changed ones stay.
   */
  async cancelUntouched(formatId: string, from: Date): Promise<number> {
    const cancelled = await tx
      .updateTable('meetings')
      .set((eb) => ({ status: 'cancelled', version: eb('version', '+', 1), updated_at: new Date() }))
      .where('course_id', '=', course.courseId)
      .where('format_id', '=', formatId)
      .where('status', '=', 'planned')
      .where('version', '=', 1)
      .where('starts_at', '>=', from)
      .returning('id')
      .execute();
    const ids = cancelled.map((m) => m.id);
    if (ids.length > 0)
      await tx
        .deleteFrom('format_occurrences')
        .where('course_id', '=', course.courseId)
        .where('meeting_id', 'in', ids)
        .execute();
    return ids.length;
  },
  /** The formats' meetings from `from` on, nearest first, with who is invited (to apply the reach rule). */
  async upcoming(from: Date, limit: number) {
    const meetings = await tx
      .selectFrom('meetings')
      .select(['id', 'kind', 'title', 'starts_at', 'ends_at', 'status', 'format_id', 'format_rule'])
      .where('course_id', '=', course.courseId)
      .where('format_id', 'is not', null)
      .where('status', '=', 'planned')
      .where('starts_at', '>=', from)
      .orderBy('starts_at')
      .limit(limit)
      .execute();
    const ids = meetings.map((m) => m.id);
    const invitees =
      ids.length === 0
        ? []
        : await tx
            .selectFrom('meeting_participants')
            .select(['meeting_id', 'kind', 'user_id'])
            .where('meeting_id', 'in', ids)
            .execute();
    return meetings.map((m) => ({
      ...m,
      kind: m.kind as CourseMeetingKind,
      invitees: invitees
        .filter((i) => i.meeting_id === m.id)
        .map((i) => ({ kind: i.kind, userId: i.user_id })),
    }));
  },
})) satisfies CourseQueries<unknown>;
