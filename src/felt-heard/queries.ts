import { sql } from 'kysely';
import type { CourseQueries } from '../auth/course-scope.ts';
import type { FeltHeardAnswer } from '../meetings/kinds.ts';

type Invitee = { kind: 'user' | 'youngPerson' | 'external'; userId: string | null };

/** The young person's meetings on one course, and their "Følte du dig hørt?" answers. */
export const feltHeardQueries = ((tx, { courseId, participantId, municipalityId, partnershipId }) => {
  const meetings = () =>
    tx
      .selectFrom('meetings as m')
      .select([
        'm.id',
        'm.kind',
        'm.title',
        'm.starts_at',
        'm.ends_at',
        'm.place',
        'm.status',
        sql<
          Invitee[]
        >`(select coalesce(json_agg(json_build_object('kind', mp.kind, 'userId', mp.user_id)), '[]')
          from meeting_participants mp where mp.meeting_id = m.id)`.as('invitees'),
        sql<boolean>`exists (select 1 from meeting_participants mp
          where mp.meeting_id = m.id and mp.kind = 'youngPerson' and mp.present = true)`.as(
          'young_person_present',
        ),
        sql<boolean>`exists (select 1 from meeting_feedback f
          where f.meeting_id = m.id and f.participant_id = ${participantId})`.as('answered'),
      ])
      .where('m.course_id', '=', courseId);
  return {
    /** Planned meetings from now on, nearest first. */
    upcoming: (now: Date, limit: number) =>
      meetings()
        .where('m.status', '=', 'planned')
        .where('m.ends_at', '>', now)
        .orderBy('m.starts_at')
        .limit(limit)
        .execute(),
    /** Held meetings since a date, newest first. */
    heldSince: (since: Date) =>
      meetings()
        .where('m.status', '=', 'held')
        .where('m.starts_at', '>=', since)
        .orderBy('m.starts_at', 'desc')
        .execute(),
    one: (meetingId: string) => meetings().where('m.id', '=', meetingId).executeTakeFirst(),
    /** One answer per meeting: false when there already is one (the first answer stands). */
    async answer(meetingId: string, answer: FeltHeardAnswer, meetingDay: string): Promise<boolean> {
      const row = await tx
        .insertInto('meeting_feedback')
        .values({
          meeting_id: meetingId,
          participant_id: participantId,
          municipality_id: municipalityId,
          partnership_id: partnershipId,
          answer,
          meeting_day: meetingDay,
          answered_at: new Date(),
        })
        .onConflict((oc) => oc.columns(['meeting_id', 'participant_id']).doNothing())
        .returning('meeting_id')
        .executeTakeFirst();
      return Boolean(row);
    },
  };
}) satisfies CourseQueries<unknown>;
