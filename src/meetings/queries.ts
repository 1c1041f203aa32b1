import { type ExpressionBuilder, type Selectable, sql, type Updateable } from 'kysely';
import type { Db } from '../platform/db.ts';
import type { Database, MeetingsTable, TasksTable } from '../platform/schema.ts';
import type { Expected } from '../platform/versions.ts';
import { insertMeeting, type NewMeeting } from './insert.ts';
import { partnershipMeetingKinds } from './kinds.ts';

export type MeetingRow = Selectable<MeetingsTable>;
export type TaskRow = Selectable<TasksTable>;

/** Where meetings live: a course, or (courseId null) the partnership itself. */
export interface MeetingHome {
  courseId: string | null;
  partnershipId: string;
  municipalityId: string;
}

/**
 * The meetings of one home, bound to it: a course's queries never reach another course's
 * meetings, nor the partnership's own; the partnership's never reach a course's. Usable as
 * course queries (`scope.queries(meetingQueries)`).
 */
export const meetingQueries = (tx: Db, home: MeetingHome) => {
  const meetings = () =>
    home.courseId === null
      ? tx
          .selectFrom('meetings')
          .selectAll()
          .where('partnership_id', '=', home.partnershipId)
          .where('course_id', 'is', null)
          .where('kind', 'in', partnershipMeetingKinds)
      : tx.selectFrom('meetings').selectAll().where('course_id', '=', home.courseId);
  // Every change names the home too: a meeting of another course (or of the partnership) is never touched.
  const sameHome = (eb: ExpressionBuilder<Database, 'meetings'>) =>
    home.courseId === null ? eb('course_id', 'is', null) : eb('course_id', '=', home.courseId);
  const find = (meetingId: string) => meetings().where('id', '=', meetingId).executeTakeFirst();
  return {
    /** Plans a meeting here, through the one way a meeting is created. */
    insert: (meeting: Omit<NewMeeting, 'municipalityId' | 'partnershipId' | 'courseId'>) =>
      insertMeeting(tx, {
        ...meeting,
        municipalityId: home.municipalityId,
        partnershipId: home.partnershipId,
        courseId: home.courseId,
      }),
    list: () => meetings().orderBy('starts_at').orderBy('id').execute(),
    find,
    /** Locks the row, so approving and changing cannot cross. */
    findForUpdate: (meetingId: string) =>
      meetings().where('id', '=', meetingId).forUpdate().executeTakeFirst(),
    invitees: (meetingIds: readonly string[]) =>
      meetingIds.length === 0
        ? Promise.resolve([])
        : tx
            .selectFrom('meeting_participants as p')
            .leftJoin('users as u', 'u.id', 'p.user_id')
            .select([
              'p.id',
              'p.meeting_id',
              'p.kind',
              'p.user_id',
              'p.name',
              'p.role',
              'p.email',
              'p.present',
              'u.display_name',
            ])
            .where('p.meeting_id', 'in', meetingIds)
            .orderBy('p.kind')
            .orderBy('u.display_name')
            .orderBy('p.name')
            .orderBy('p.id')
            .execute(),
    tasks: (meetingIds: readonly string[]) =>
      meetingIds.length === 0
        ? Promise.resolve([])
        : tx
            .selectFrom('tasks as t')
            .leftJoin('users as u', 'u.id', 't.owner_id')
            .selectAll('t')
            .select('u.display_name as owner_display_name')
            .where('t.meeting_id', 'in', meetingIds)
            .orderBy('t.created_at')
            .orderBy('t.id')
            .execute(),
    names: (userIds: readonly string[]) =>
      userIds.length === 0
        ? Promise.resolve([])
        : tx.selectFrom('users').select(['id', 'display_name']).where('id', 'in', userIds).execute(),
    /** Changes a meeting and bumps its version in one statement (compare and set). */
    update: (meetingId: string, changes: Updateable<MeetingsTable>, expected: Expected) =>
      tx
        .updateTable('meetings')
        .set({ ...changes, version: sql`version + 1`, updated_at: sql`now()` })
        .where('id', '=', meetingId)
        .where('partnership_id', '=', home.partnershipId)
        .where(sameHome)
        .$if(expected !== 'any', (q) => q.where('version', '=', expected as number))
        .returningAll()
        .executeTakeFirst(),
    /** Records the last sending of the minutes; not a change of the meeting, so no new version. */
    recordMail: (meetingId: string, mail: unknown) =>
      tx
        .updateTable('meetings')
        .set({ minutes_mail: JSON.stringify(mail) })
        .where('id', '=', meetingId)
        .where('partnership_id', '=', home.partnershipId)
        .where(sameHome)
        .execute(),
    replaceInvitees: async (
      meetingId: string,
      rows: Array<{
        kind: 'user' | 'youngPerson' | 'external';
        user_id: string | null;
        name: string | null;
        role: string | null;
        email: string | null;
      }>,
    ) => {
      await tx.deleteFrom('meeting_participants').where('meeting_id', '=', meetingId).execute();
      if (rows.length > 0)
        await tx
          .insertInto('meeting_participants')
          .values(rows.map((r) => ({ ...r, meeting_id: meetingId, municipality_id: home.municipalityId })))
          .execute();
    },
    setPresence: (meetingId: string, present: readonly string[]) =>
      tx
        .updateTable('meeting_participants')
        .set({
          present:
            present.length === 0 ? sql<boolean>`false` : sql<boolean>`id = any(${sql.val(present)}::uuid[])`,
        })
        .where('meeting_id', '=', meetingId)
        .execute(),
    insertTask: (values: {
      meetingId: string;
      title: string;
      ownerId: string | null;
      ownerName: string | null;
      deadline: string | null;
      createdBy: string;
    }) =>
      tx
        .insertInto('tasks')
        .values({
          municipality_id: home.municipalityId,
          partnership_id: home.partnershipId,
          course_id: home.courseId,
          meeting_id: values.meetingId,
          title: values.title,
          owner_id: values.ownerId,
          owner_name: values.ownerName,
          deadline: values.deadline,
          created_by: values.createdBy,
        })
        .returning('id')
        .executeTakeFirstOrThrow(),
    findTask: (meetingId: string, taskId: string) =>
      tx
        .selectFrom('tasks')
        .selectAll()
        .where('id', '=', taskId)
        .where('meeting_id', '=', meetingId)
        .where('partnership_id', '=', home.partnershipId)
        .executeTakeFirst(),
    updateTask: (taskId: string, changes: Updateable<TasksTable>, expected: Expected) =>
      tx
        .updateTable('tasks')
        .set({ ...changes, version: sql`version + 1` })
        .where('id', '=', taskId)
        .where('partnership_id', '=', home.partnershipId)
        .$if(expected !== 'any', (q) => q.where('version', '=', expected as number))
        .returning(['id', 'version'])
        .executeTakeFirst(),
  };
};
export type MeetingQueries = ReturnType<typeof meetingQueries>;

/** The people of a course who can host, chair, be invited or own a task: its team (not the young person). */
export const courseTeam = (tx: Db, home: { courseId: string }) =>
  tx
    .selectFrom('course_team as t')
    .innerJoin('users as u', 'u.id', 't.user_id')
    .select(['u.id', 'u.display_name', 't.role'])
    .where('t.course_id', '=', home.courseId)
    .where('t.role', '<>', 'participant')
    .execute();

/** The development group of a partnership: leaders, youth coordinators and caseworkers of its two parties. */
export const developmentGroup = (tx: Db, organisationIds: readonly string[], roles: readonly string[]) =>
  tx
    .selectFrom('memberships as m')
    .innerJoin('users as u', 'u.id', 'm.user_id')
    .select(['u.id', 'u.display_name'])
    .distinct()
    .where('m.organisation_id', 'in', organisationIds)
    .where('m.role', 'in', roles)
    .where('u.disabled_at', 'is', null)
    .execute();
