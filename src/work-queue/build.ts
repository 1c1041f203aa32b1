import { clockOf, intervalsOf } from '../due/clock.ts';
import { owedBy } from '../due/rules.ts';
import { momentumOfRow } from '../momentum/columns.ts';
import { type Momentum, NO_CONTACT_AFTER_DAYS } from '../momentum/momentum.ts';
import { addDays, type IsoDate } from '../platform/dates.ts';
import type { QueueKind } from './classes.ts';
import type { QueueCourseRow, QueueMinutesRow, QueueTaskRow } from './queries.ts';

/** A coordinator sees what falls due within the next 14 days, and everything overdue. */
export const DUE_SOON_DAYS = 14;

/** The roles that keep a course's rhythm (measurements, letters, contact): the others get their own tasks and minutes. */
export const rhythmRoles: ReadonlySet<string> = new Set(['youthCoordinator', 'caseworker']);

export interface QueueItem {
  kind: QueueKind;
  courseId: string;
  participantName: string;
  /** What it is about, stable across days: 'measurement:<course>', 'task:<task>'… */
  subject: string;
  due: IsoDate;
  overdue: boolean;
  /** The web app's page where it is done. */
  link: string;
  /** A task's title. */
  title?: string;
  meetingId?: string;
  daysWithoutContact?: number | null;
}

export interface CourseMomentum {
  courseId: string;
  participantName: string;
  status: 'active' | 'paused' | 'ended';
  momentum: Momentum;
  promiseDays: number;
}

export interface Queue {
  items: QueueItem[];
  courses: CourseMomentum[];
}

export function linkFor(kind: QueueKind, courseId: string, meetingId?: string | null): string {
  const course = `/forloeb/${courseId}`;
  switch (kind) {
    case 'measurement':
      return `${course}/maalinger`;
    case 'statusLetter':
      return `${course}/statusbreve`;
    case 'noContact':
      return `${course}/journal`;
    default:
      return meetingId ? `${course}/moeder/${meetingId}` : `${course}/moeder`;
  }
}

/** Nearest first with the overdue ahead of the rest; ties by kind, name and subject so the order is stable. */
export function sortQueue(items: QueueItem[]): QueueItem[] {
  return items.sort(
    (a, b) =>
      Number(b.overdue) - Number(a.overdue) ||
      a.due.localeCompare(b.due) ||
      a.kind.localeCompare(b.kind) ||
      a.participantName.localeCompare(b.participantName, 'da') ||
      a.subject.localeCompare(b.subject),
  );
}

/** Every user's queue from the three reads: the same rules for the page, the reminders and the digest. */
export function buildQueues(
  courses: readonly QueueCourseRow[],
  tasks: readonly QueueTaskRow[],
  minutes: readonly QueueMinutesRow[],
  asOf: IsoDate,
): Map<string, Queue> {
  const queues = new Map<string, Queue>();
  const queueOf = (userId: string) => {
    const found = queues.get(userId);
    if (found) return found;
    const fresh: Queue = { items: [], courses: [] };
    queues.set(userId, fresh);
    return fresh;
  };
  const names = new Map<string, string>();
  const horizon = addDays(asOf, DUE_SOON_DAYS);
  for (const row of courses) {
    const name = `${row.given_name} ${row.family_name}`;
    names.set(`${row.user_id}:${row.id}`, name);
    if (!rhythmRoles.has(row.role)) continue;
    const q = queueOf(row.user_id);
    const momentum = momentumOfRow(row, asOf);
    q.courses.push({
      courseId: row.id,
      participantName: name,
      status: row.status,
      momentum,
      promiseDays: row.promise_days,
    });
    for (const owed of owedBy(clockOf(row), asOf, intervalsOf(row))) {
      if (owed.due > horizon) continue;
      q.items.push({
        kind: owed.kind,
        courseId: row.id,
        participantName: name,
        subject: `${owed.kind}:${row.id}`,
        due: owed.due,
        overdue: owed.overdue,
        link: linkFor(owed.kind, row.id),
      });
    }
    if (momentum.contactLost) {
      // Contact counts as lost from the 15th silent day: that day is the item's due date.
      const since = (momentum.lastContact ?? row.start_date) as IsoDate;
      const due = addDays(since, NO_CONTACT_AFTER_DAYS + 1);
      q.items.push({
        kind: 'noContact',
        courseId: row.id,
        participantName: name,
        subject: `noContact:${row.id}`,
        due,
        overdue: due < asOf,
        link: linkFor('noContact', row.id),
        daysWithoutContact: momentum.daysWithoutContact,
      });
    }
  }
  for (const t of tasks) {
    const name = t.course_id && t.owner_id ? names.get(`${t.owner_id}:${t.course_id}`) : undefined;
    // A task on no course (the partnership's own meetings) or on a course the owner is not on has no page here.
    if (!t.course_id || !t.owner_id || name === undefined || !t.deadline) continue;
    queueOf(t.owner_id).items.push({
      kind: 'task',
      courseId: t.course_id,
      participantName: name,
      subject: `task:${t.id}`,
      due: t.deadline,
      overdue: t.deadline < asOf,
      link: linkFor('task', t.course_id, t.meeting_id),
      title: t.title,
      ...(t.meeting_id ? { meetingId: t.meeting_id } : {}),
    });
  }
  for (const m of minutes) {
    if (!m.course_id) continue;
    for (const userId of new Set([m.chair_id, m.host_id])) {
      const name = userId ? names.get(`${userId}:${m.course_id}`) : undefined;
      if (!userId || name === undefined) continue;
      queueOf(userId).items.push({
        kind: 'minutes',
        courseId: m.course_id,
        participantName: name,
        subject: `minutes:${m.id}`,
        // Minutes are due once the meeting is held: the day after it, they are late.
        due: m.day,
        overdue: m.day < asOf,
        link: linkFor('minutes', m.course_id, m.id),
        meetingId: m.id,
      });
    }
  }
  for (const q of queues.values()) sortQueue(q.items);
  return queues;
}
