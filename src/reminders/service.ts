import { type AuditEntry, audit } from '../audit/audit.ts';
import { type CourseGrant, courseGrants } from '../auth/access.ts';
import { auditFor } from '../auth/course-scope.ts';
import { present } from '../auth/present.ts';
import type { Scope } from '../auth/scope.ts';
import { notFound } from '../platform/errors.ts';
import { type Expected, StaleVersion } from '../platform/versions.ts';
import { linkFor } from '../work-queue/build.ts';
import { queueKindClass } from '../work-queue/classes.ts';
import { countUnread, findSettings, listNotifications, markRead, saveSettings } from './queries.ts';
import type { NotificationView, ReminderSettingsInput } from './schemas.ts';

/**
 * The actor's reminders, each shown only while the actor may still see what it is about (a
 * reminder outlives a consent or a place on the team; its course's grant decides today).
 */
export async function getNotifications(scope: Scope) {
  const rows = await listNotifications(scope.tx, scope.actor.userId);
  const grants = await courseGrants(scope.tx, scope.actor, [...new Set(rows.map((r) => r.course_id))]);
  const items: NotificationView[] = [];
  const entries = new Map<string, AuditEntry>();
  for (const r of rows) {
    const grant = grants.get(r.course_id);
    if (!grant?.classes.has(queueKindClass[r.kind])) continue;
    const meetingId = r.subject_ref.startsWith('minutes:') ? r.subject_ref.slice('minutes:'.length) : null;
    items.push(
      present(
        'notification',
        {
          id: r.id,
          kind: r.kind,
          courseId: r.course_id,
          participantName: `${r.given_name} ${r.family_name}`,
          due: r.due_on,
          overdue: r.overdue,
          link: linkFor(r.kind, r.course_id, meetingId),
          createdAt: r.created_at.toISOString(),
          readAt: r.read_at ? r.read_at.toISOString() : null,
        },
        grant as CourseGrant,
      ),
    );
    entries.set(
      r.course_id,
      auditFor(grant, 'notifications.read', { objectType: 'course', objectId: r.course_id }),
    );
  }
  await audit(scope.tx, scope.actor, [...entries.values()]);
  return { unread: items.filter((i) => i.readAt === null).length, items };
}

export async function getUnreadCount(scope: Scope) {
  return { unread: await countUnread(scope.tx, scope.actor.userId) };
}

/** Only the recipient can mark a reminder read; anyone else's id is "not found". */
export async function readNotification(scope: Scope, id: string) {
  const row = await markRead(scope.tx, scope.actor.userId, id);
  if (!row?.read_at) throw notFound('notification');
  return { id: row.id, readAt: row.read_at.toISOString() };
}

export async function getReminderSettings(scope: Scope) {
  const row = await findSettings(scope.tx, scope.actor.userId);
  return { digestEmail: row?.digest_email ?? null, version: row?.version ?? 0 };
}

export async function changeReminderSettings(scope: Scope, input: ReminderSettingsInput, expected: Expected) {
  const version = await saveSettings(scope.tx, scope.actor.userId, input.digestEmail, expected);
  if (version === null) {
    const now = await getReminderSettings(scope);
    throw new StaleVersion(now.version, now);
  }
  return { digestEmail: input.digestEmail, version };
}
