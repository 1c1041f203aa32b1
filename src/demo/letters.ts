import { courseGrants } from '../auth/access.ts';
import type { Actor } from '../auth/actor.ts';
import { courseScope } from '../auth/course-scope.ts';
import { addDays, type IsoDate } from '../platform/dates.ts';
import type { Db } from '../platform/db.ts';
import { draftPeriod } from '../status-letters/draft.ts';
import { letterQueries } from '../status-letters/queries.ts';
import { assembleSections } from '../status-letters/service.ts';

/**
 * A demo course's status letters, drafted by the product's own draft from the course's record as
 * the coordinator reads it, and approved on their days. The caseworker has read each the next
 * day, unless it is the one left unread; a course may also have a draft in progress.
 */
export async function seedLetters(
  db: Db,
  c: {
    day: IsoDate;
    start: IsoDate;
    courseId: string;
    coordinator: Actor;
    caseworker: string;
    letterDays: readonly IsoDate[];
    /** The latest letter waits for the caseworker: "Nyt statusbrev" on their caseload. */
    latestUnread: boolean;
    draftInProgress: boolean;
  },
) {
  const grant = (await courseGrants(db, c.coordinator, [c.courseId])).get(c.courseId);
  if (!grant) throw new Error('demo: the coordinator is not on the course');
  const scope = courseScope(db, c.coordinator, grant);
  const q = scope.queries(letterQueries);
  let last: { periodTo: IsoDate; approvedOn: IsoDate } | null = null;
  for (const [i, approvedOn] of c.letterDays.entries()) {
    const period = draftPeriod(last, c.start, approvedOn);
    const { id } = await q.insertLetter({
      approvedOn,
      period,
      sections: await assembleSections(scope, period),
      approvedBy: c.coordinator.userId,
      version: 1,
      replacesId: null,
    });
    const unread = c.latestUnread && i === c.letterDays.length - 1;
    const readOn = addDays(approvedOn, 1);
    if (!unread && readOn <= c.day)
      await db
        .updateTable('status_letters')
        .set({ first_read_by: c.caseworker, first_read_at: `${readOn}T09:30:00Z` })
        .where('id', '=', id)
        .execute();
    last = { periodTo: period.to, approvedOn };
  }
  if (c.draftInProgress) {
    const period = draftPeriod(last, c.start, c.day);
    await q.insertDraft({
      period,
      sections: await assembleSections(scope, period),
      replacesId: null,
      userId: c.coordinator.userId,
    });
  }
}
