import { sql } from 'kysely';
import type { IsoDate } from '../platform/dates.ts';
import type { Db } from '../platform/db.ts';
import type { NotificationsTable } from '../platform/schema.ts';
import type { Expected } from '../platform/versions.ts';

/** Who gets reminders: everyone who keeps a course's rhythm, or owns a task, or chairs a meeting. */
export async function reminderRecipients(tx: Db): Promise<string[]> {
  const rows = await tx
    .selectFrom('course_team as ct')
    .innerJoin('users as u', 'u.id', 'ct.user_id')
    .select('ct.user_id')
    .distinct()
    .where('ct.role', '!=', 'participant')
    .where('u.disabled_at', 'is', null)
    .orderBy('ct.user_id')
    .execute();
  return rows.map((r) => r.user_id);
}

export interface NewNotification {
  userId: string;
  municipalityId: string;
  kind: NotificationsTable['kind'];
  /** A course's reminder names the course; an initiative's follow-up the initiative. */
  courseId: string | null;
  initiativeId?: string | null;
  subject: string;
  due: IsoDate;
  overdue: boolean;
}

/** Writes what is new; a notification already recorded for the same user, subject and due date is kept as it is. */
export async function insertNotifications(tx: Db, rows: readonly NewNotification[]) {
  if (rows.length === 0) return [];
  return tx
    .insertInto('notifications')
    .values(
      rows.map((n) => ({
        user_id: n.userId,
        municipality_id: n.municipalityId,
        kind: n.kind,
        course_id: n.courseId,
        initiative_id: n.initiativeId ?? null,
        subject_ref: n.subject,
        due_on: n.due,
        overdue: n.overdue,
      })),
    )
    .onConflict((oc) => oc.columns(['user_id', 'subject_ref', 'due_on']).doNothing())
    .returning(['id', 'user_id', 'course_id', 'overdue'])
    .execute();
}

/** The user's notifications, unread first, newest first; a year back at most. */
export function listNotifications(tx: Db, userId: string) {
  return tx
    .selectFrom('notifications as n')
    .leftJoin('courses as c', 'c.id', 'n.course_id')
    .leftJoin('participants as pt', 'pt.id', 'c.participant_id')
    .leftJoin('initiatives as i', 'i.id', 'n.initiative_id')
    .select([
      'n.id',
      'n.kind',
      'n.course_id',
      'n.initiative_id',
      'i.theme as initiative_theme',
      'i.municipality_id as initiative_municipality_id',
      'n.subject_ref',
      'n.due_on',
      'n.overdue',
      'n.created_at',
      'n.read_at',
      'pt.given_name',
      'pt.family_name',
    ])
    .where('n.user_id', '=', userId)
    .where('n.created_at', '>', sql<Date>`now() - interval '1 year'`)
    .orderBy(sql`n.read_at is null`, 'desc')
    .orderBy('n.created_at', 'desc')
    .orderBy('n.due_on')
    .orderBy('n.id')
    .limit(500)
    .execute();
}

/** Unread notifications about courses the user still works on, and initiatives' follow-ups (the header's number). */
export async function countUnread(tx: Db, userId: string): Promise<number> {
  const row = await tx
    .selectFrom('notifications as n')
    .select(sql<number>`count(*)::int`.as('n'))
    .where('n.user_id', '=', userId)
    .where('n.read_at', 'is', null)
    .where((eb) =>
      eb.or([
        eb.exists(
          eb
            .selectFrom('course_team as ct')
            .select('ct.course_id')
            .whereRef('ct.course_id', '=', 'n.course_id')
            .where('ct.user_id', '=', userId),
        ),
        // An initiative's follow-up, while the user still works for its municipality.
        eb.and([
          eb('n.initiative_id', 'is not', null),
          eb.exists(
            eb
              .selectFrom('memberships as ms')
              .select('ms.user_id')
              .whereRef('ms.organisation_id', '=', 'n.municipality_id')
              .where('ms.user_id', '=', userId),
          ),
        ]),
      ]),
    )
    .executeTakeFirstOrThrow();
  return row.n;
}

/** Marks one of the user's own notifications read; reading it again keeps the first time. */
export function markRead(tx: Db, userId: string, id: string) {
  return tx
    .updateTable('notifications')
    .set({ read_at: sql`coalesce(read_at, now())` })
    .where('id', '=', id)
    .where('user_id', '=', userId)
    .returning(['id', 'read_at', 'course_id'])
    .executeTakeFirst();
}

export function findSettings(tx: Db, userId: string) {
  return tx
    .selectFrom('reminder_settings')
    .select(['digest_email', 'version'])
    .where('user_id', '=', userId)
    .executeTakeFirst();
}

/** Compare and set; the first save creates the row (version 0 stands for "none yet"). */
export async function saveSettings(
  tx: Db,
  userId: string,
  digestEmail: string | null,
  expected: Expected,
): Promise<number | null> {
  const current = await tx
    .selectFrom('reminder_settings')
    .select('version')
    .where('user_id', '=', userId)
    .forUpdate()
    .executeTakeFirst();
  const version = current?.version ?? 0;
  if (expected !== 'any' && expected !== version) return null;
  const row = await tx
    .insertInto('reminder_settings')
    .values({ user_id: userId, digest_email: digestEmail, version: 1 })
    .onConflict((oc) =>
      oc.column('user_id').doUpdateSet({
        digest_email: digestEmail,
        version: sql`reminder_settings.version + 1`,
        updated_at: sql`now()`,
      }),
    )
    .returning('version')
    .executeTakeFirstOrThrow();
  return row.version;
}

/** The opted-in users among `userIds`, with the address their digest goes to. */
export function digestAddresses(tx: Db, userIds: readonly string[]) {
  if (userIds.length === 0) return Promise.resolve([]);
  return tx
    .selectFrom('reminder_settings')
    .select(['user_id', 'digest_email'])
    .where('user_id', 'in', userIds)
    .where('digest_email', 'is not', null)
    .execute();
}
