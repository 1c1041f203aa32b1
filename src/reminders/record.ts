import { type AuditEntry, audit } from '../audit/audit.ts';
import { planAllFormatMeetings } from '../formats/plan.ts';
import { dueFollowUps } from '../initiatives/follow-up-queries.ts';
import type { IsoDate } from '../platform/dates.ts';
import type { Db } from '../platform/db.ts';
import type { Mailer } from '../platform/mail.ts';
import { readQueues, visibleQueue } from '../work-queue/service.ts';
import { digestMessage } from './digest.ts';
import { digestAddresses, insertNotifications, type NewNotification, reminderRecipients } from './queries.ts';

export interface ReminderRun {
  asOf: IsoDate;
  /** Users whose queues were read. */
  users: number;
  /** Notifications written by this run (0 when it ran before for the same day). */
  recorded: number;
  /** Digest mails handed to the mailer; `failed` did not get through. */
  mailed: number;
  failed: number;
}

/**
 * The daily job's work: every work queue (the same rules as the page, src/work-queue/) as of the
 * day, recorded as notifications once per user, subject and due date, then one digest mail per
 * opted-in user with something new. One transaction for the records; mail after it commits.
 */
export async function recordReminders(
  db: Db,
  asOf: IsoDate,
  deps: { mailer?: Mailer; publicUrl?: string } = {},
): Promise<ReminderRun> {
  const { users, inserted, addresses } = await db.transaction().execute(async (tx) => {
    // First the meetings coordination formats plan (repeating ones reach further each day), so they
    // exist, and count as next steps, by the time the reminders are computed.
    await planAllFormatMeetings(tx, asOf);
    const users = await reminderRecipients(tx);
    const queues = await readQueues(tx, users, asOf);
    const rows: NewNotification[] = [];
    const entries = new Map<string, AuditEntry>();
    for (const [userId, all] of queues) {
      // Cut by the user's grants exactly as the page is: no reminder about what they may not see.
      const { queue, grants } = await visibleQueue(tx, { userId }, all);
      for (const item of queue.items) {
        const grant = grants.get(item.courseId);
        if (!grant) continue;
        rows.push({
          userId,
          municipalityId: grant.municipalityId,
          kind: item.kind,
          courseId: item.courseId,
          subject: item.subject,
          due: item.due,
          overdue: item.overdue,
        });
        entries.set(item.courseId, {
          action: 'reminders.record',
          purpose: 'courseWork',
          participantId: grant.participantId,
          courseId: item.courseId,
          municipalityId: grant.municipalityId,
          objectType: 'course',
          objectId: item.courseId,
          detail: { asOf },
        });
      }
    }
    // The municipality's initiatives: their follow-up dates (about no young person, so not audited).
    for (const f of await dueFollowUps(tx, asOf)) {
      rows.push({
        userId: f.userId,
        municipalityId: f.municipalityId,
        kind: 'initiativeFollowUp',
        courseId: null,
        initiativeId: f.initiativeId,
        subject: `initiative:${f.initiativeId}`,
        due: f.due,
        overdue: f.overdue,
      });
    }
    const inserted = await insertNotifications(tx, rows);
    const touched = new Set(inserted.flatMap((r) => (r.course_id ? [r.course_id] : [])));
    // Audited where something was recorded: the job read the course to write a reminder about it.
    await audit(
      tx,
      null,
      [...entries.values()].filter((e) => touched.has(e.courseId as string)),
    );
    const addresses = await digestAddresses(tx, [...new Set(inserted.map((r) => r.user_id))]);
    return { users: users.length, inserted, addresses };
  });

  let mailed = 0;
  let failed = 0;
  if (deps.mailer) {
    for (const { user_id, digest_email } of addresses) {
      const mine = inserted.filter((r) => r.user_id === user_id);
      const message = digestMessage(
        digest_email as string,
        { fresh: mine.length, overdue: mine.filter((r) => r.overdue).length },
        deps.publicUrl ?? 'http://localhost:3000',
      );
      try {
        await deps.mailer.send(message);
        mailed += 1;
      } catch {
        // One unreachable address must not stop the others; the notifications are recorded anyway.
        failed += 1;
      }
    }
  }
  return { asOf, users, recorded: inserted.length, mailed, failed };
}
