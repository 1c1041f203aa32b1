import { insertMeeting } from '../../src/meetings/insert.ts';
import type { Db } from '../../src/platform/db.ts';

/**
 * Test setup for the queue and the reminders: meetings through the shared insertMeeting, tasks
 * and their outcome with plain statements (the meetings branch owns the pages that write them).
 */
export interface CourseRefs {
  courseId: string;
  municipalityId: string;
  partnershipId: string;
}

export async function heldMeeting(
  db: Db,
  course: CourseRefs,
  opts: { day: string; chairId: string; youngPersonPresent: boolean; approved?: boolean },
) {
  const { id } = await insertMeeting(db, {
    municipalityId: course.municipalityId,
    partnershipId: course.partnershipId,
    courseId: course.courseId,
    kind: 'followUp',
    startsAt: new Date(`${opts.day}T10:00:00+01:00`),
    endsAt: new Date(`${opts.day}T11:00:00+01:00`),
    chairId: opts.chairId,
    hostId: opts.chairId,
    agenda: [],
    invitees: [{ kind: 'youngPerson' }, { kind: 'user', userId: opts.chairId }],
    createdBy: opts.chairId,
  });
  await db
    .updateTable('meetings')
    .set({
      status: 'held',
      ...(opts.approved ? { minutes_approved_at: new Date(), minutes_approved_by: opts.chairId } : {}),
    })
    .where('id', '=', id)
    .execute();
  await db
    .updateTable('meeting_participants')
    .set({ present: opts.youngPersonPresent })
    .where('meeting_id', '=', id)
    .where('kind', '=', 'youngPerson')
    .execute();
  return id;
}

export async function plannedMeeting(db: Db, course: CourseRefs, day: string, chairId: string) {
  const { id } = await insertMeeting(db, {
    municipalityId: course.municipalityId,
    partnershipId: course.partnershipId,
    courseId: course.courseId,
    kind: 'status',
    startsAt: new Date(`${day}T09:00:00+01:00`),
    endsAt: new Date(`${day}T10:00:00+01:00`),
    chairId,
    agenda: [],
    invitees: [{ kind: 'youngPerson' }],
    createdBy: chairId,
  });
  return id;
}

export async function task(
  db: Db,
  course: CourseRefs,
  opts: { ownerId: string; deadline: string | null; meetingId?: string; title?: string; done?: boolean },
) {
  const row = await db
    .insertInto('tasks')
    .values({
      municipality_id: course.municipalityId,
      partnership_id: course.partnershipId,
      course_id: course.courseId,
      meeting_id: opts.meetingId ?? null,
      title: opts.title ?? 'Ring til praktikstedet',
      owner_id: opts.ownerId,
      deadline: opts.deadline,
      created_by: opts.ownerId,
      created_at: new Date(),
      ...(opts.done ? { done_at: new Date(), done_by: opts.ownerId } : {}),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}
