import { sql } from 'kysely';
import type { CourseQueries } from '../auth/course-scope.ts';

/** Everything the audit log holds about the course's participant, newest first. */
export const accessLogQueries = ((tx, { participantId }) => ({
  entries: (limit: number) =>
    tx
      .selectFrom('audit_log as a')
      .leftJoin('users as u', 'u.id', 'a.actor_user_id')
      .leftJoin('course_team as ct', (j) =>
        j.onRef('ct.course_id', '=', 'a.course_id').onRef('ct.user_id', '=', 'a.actor_user_id'),
      )
      .leftJoin('organisations as co', 'co.id', 'ct.organisation_id')
      .select([
        'a.id',
        'a.occurred_at',
        'a.action',
        'a.outcome',
        'u.display_name',
        // The role they acted in on the course; else their standing in their organisation.
        sql<string | null>`coalesce(ct.role, (select m.role from memberships m
          where m.user_id = a.actor_user_id order by m.created_at, m.role limit 1))`.as('role'),
        sql<
          string | null
        >`coalesce(co.name, (select o.name from memberships m join organisations o on o.id = m.organisation_id
          where m.user_id = a.actor_user_id order by m.created_at, m.role limit 1))`.as('organisation'),
      ])
      .where('a.participant_id', '=', participantId)
      .orderBy('a.occurred_at', 'desc')
      .orderBy('a.id', 'desc')
      .limit(limit)
      .execute(),
  participantName: () =>
    tx
      .selectFrom('participants')
      .select(sql<string>`given_name || ' ' || family_name`.as('name'))
      .where('id', '=', participantId)
      .executeTakeFirstOrThrow()
      .then((r) => r.name),
})) satisfies CourseQueries<unknown>;
