import { type AuditEntry, audit } from '../audit/audit.ts';
import { type CourseGrant, courseGrants } from '../auth/access.ts';
import type { Actor } from '../auth/actor.ts';
import { auditFor } from '../auth/course-scope.ts';
import { present } from '../auth/present.ts';
import type { Scope } from '../auth/scope.ts';
import { addDays, type IsoDate } from '../platform/dates.ts';
import type { Db } from '../platform/db.ts';
import { buildQueues, DUE_SOON_DAYS, type Queue, type QueueItem } from './build.ts';
import { queueKindClass } from './classes.ts';
import { queueCourses, queueTasks, queueUnapprovedMinutes } from './queries.ts';
import type { WorkQueue } from './schemas.ts';

/** The queues of many users in three queries (the page reads one, the daily job all). */
export async function readQueues(
  tx: Db,
  userIds: readonly string[],
  asOf: IsoDate,
): Promise<Map<string, Queue>> {
  if (userIds.length === 0) return new Map();
  const courses = await queueCourses(tx, userIds, asOf);
  const tasks = await queueTasks(tx, userIds, addDays(asOf, DUE_SOON_DAYS));
  const minutes = await queueUnapprovedMinutes(tx, userIds, asOf);
  return buildQueues(courses, tasks, minutes, asOf);
}

/**
 * Whether the grant lets its holder see and do an item: the class of what it is about (a
 * caseworker without the young person's consent to measurements gets no measurement item), and
 * for minutes the right to approve them.
 */
export function mayHandle(item: QueueItem, grant: CourseGrant | undefined): grant is CourseGrant {
  if (!grant?.classes.has(queueKindClass[item.kind])) return false;
  if (item.kind === 'minutes') return grant.permissions.has('meetings.write');
  if (item.kind === 'task') return grant.permissions.has('meetings.read');
  return true;
}

/** One user's queue cut to what their grants allow, with those grants (one query for all courses). */
export async function visibleQueue(
  tx: Db,
  actor: Pick<Actor, 'userId'>,
  queue: Queue,
): Promise<{ queue: Queue; grants: Map<string, CourseGrant> }> {
  const ids = [...new Set([...queue.items.map((i) => i.courseId), ...queue.courses.map((c) => c.courseId)])];
  const grants = await courseGrants(tx, actor, ids);
  return {
    grants,
    queue: {
      items: queue.items.filter((i) => mayHandle(i, grants.get(i.courseId))),
      courses: queue.courses.filter((c) => grants.has(c.courseId)),
    },
  };
}

/** The actor's own work queue: due and overdue items, nearest first, and momentum per course; audited per course. */
export async function getWorkQueue(scope: Scope, asOf: IsoDate): Promise<WorkQueue> {
  const all = (await readQueues(scope.tx, [scope.actor.userId], asOf)).get(scope.actor.userId) ?? {
    items: [],
    courses: [],
  };
  const { queue, grants } = await visibleQueue(scope.tx, scope.actor, all);
  const items = queue.items.map((i) => present('workQueueItem', i, grants.get(i.courseId) as CourseGrant));
  const courses = queue.courses.map((c) =>
    present('workQueueCourse', c, grants.get(c.courseId) as CourseGrant),
  );
  const entries: AuditEntry[] = [];
  for (const id of new Set([...items.map((i) => i.courseId), ...courses.map((c) => c.courseId)])) {
    entries.push(
      auditFor(grants.get(id) as CourseGrant, 'workQueue.read', {
        objectType: 'course',
        objectId: id,
        detail: { asOf, items: items.filter((i) => i.courseId === id).length },
      }),
    );
  }
  await audit(scope.tx, scope.actor, entries);
  return { asOf, items, courses };
}
