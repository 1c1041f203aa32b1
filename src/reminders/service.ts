import { type AuditEntry, audit } from '../audit/audit.ts';
import { type CourseGrant, courseGrants } from '../auth/access.ts';
import { auditFor } from '../auth/course-scope.ts';
import { present } from '../auth/present.ts';
import type { Scope } from '../auth/scope.ts';
import type { Reader } from '../auth/view-types.ts';
import { initiativeAccess } from '../initiatives/access.ts';
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
  const courseIds = [...new Set(rows.flatMap((r) => (r.course_id ? [r.course_id] : [])))];
  const grants = await courseGrants(scope.tx, scope.actor, courseIds);
  // An initiative's follow-up is shown while the actor still reads that municipality's portfolio.
  const initiatives = rows.some((r) => r.initiative_id)
    ? await initiativeAccess(scope.tx, scope.actor)
    : { reads: [], writes: [] };
  const items: NotificationView[] = [];
  const entries = new Map<string, AuditEntry>();
  for (const r of rows) {
    const common = {
      id: r.id,
      due: r.due_on,
      overdue: r.overdue,
      createdAt: r.created_at.toISOString(),
      readAt: r.read_at ? r.read_at.toISOString() : null,
    };
    if (r.kind === 'initiativeFollowUp') {
      if (!r.initiative_id || !initiatives.reads.includes(r.initiative_municipality_id ?? '')) continue;
      items.push(
        present(
          'notification',
          {
            ...common,
            kind: r.kind,
            courseId: null,
            initiativeId: r.initiative_id,
            initiativeTheme: r.initiative_theme ?? '',
            link: `/indsatser/${r.initiative_id}`,
          },
          initiativeReader,
        ),
      );
      continue;
    }
    const grant = r.course_id ? grants.get(r.course_id) : undefined;
    if (!r.course_id || !grant?.classes.has(queueKindClass[r.kind])) continue;
    const meetingId = r.subject_ref.startsWith('minutes:') ? r.subject_ref.slice('minutes:'.length) : null;
    items.push(
      present(
        'notification',
        {
          ...common,
          kind: r.kind,
          courseId: r.course_id,
          participantName: `${r.given_name} ${r.family_name}`,
          link: linkFor(r.kind, r.course_id, meetingId),
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

/** An initiative is about no one (src/initiatives/views.ts): its reader gets what is public. */
const initiativeReader: Reader = { side: 'self', organisationId: null, classes: new Set(['public', 'self']) };

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
