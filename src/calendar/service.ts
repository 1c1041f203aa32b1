import { type AuditEntry, audit } from '../audit/audit.ts';
import { auditFor } from '../auth/course-scope.ts';
import type { Scope } from '../auth/scope.ts';
import { developmentGroupOrganisationsOf, meetingsInReach } from '../overview/reach.ts';
import { presentedItem } from '../overview/service.ts';
import type { Db } from '../platform/db.ts';
import { type IcsEvent, writeCalendar } from './ics.ts';
import { FEED_DAYS_AHEAD, FEED_DAYS_BACK } from './schemas.ts';
import { calendarTokens } from './tokens.ts';
import { initials, kindWords } from './words.ts';

const DAY = 86_400_000;

export const feedUrl = (publicUrl: string, token: string) => `${publicUrl}/api/calendar/${token}.ics`;

export async function feedStatusOf(scope: Scope) {
  const live = await calendarTokens(scope.tx).live(scope.actor.userId);
  return {
    active: Boolean(live),
    createdAt: live ? new Date(live.created_at).toISOString() : null,
    lastUsedAt: live?.last_used_at ? new Date(live.last_used_at).toISOString() : null,
  };
}

/** A new secret address; the old one stops working at once. The token is shown this once. */
export async function rotateFeed(scope: Scope, publicUrl: string) {
  const { token, createdAt } = await calendarTokens(scope.tx).rotate(scope.actor.userId);
  return { url: feedUrl(publicUrl, token), createdAt: createdAt.toISOString() };
}

export async function revokeFeed(scope: Scope) {
  await calendarTokens(scope.tx).revoke(scope.actor.userId);
  return { ok: true as const };
}

/** Where a meeting is opened in the app. */
export function meetingUrl(publicUrl: string, m: { id: string; courseId: string | null }) {
  return m.courseId
    ? `${publicUrl}/forloeb/${m.courseId}/moeder/${m.id}`
    : `${publicUrl}/moeder/partnerskab/${m.id}`;
}

/**
 * The feed behind a secret address: null for an unknown or revoked token (the route answers 404
 * and nothing else). Access is decided again on every fetch, exactly as for the overview, so a
 * user taken off a course, or a withdrawn consent, removes its meetings at the next refresh.
 */
export async function readFeed(tx: Db, token: string, publicUrl: string, now = new Date()) {
  const owner = await calendarTokens(tx).owner(token);
  if (!owner) return null;
  const reached = await meetingsInReach(
    tx,
    {
      userId: owner.userId,
      developmentGroupOrganisations: await developmentGroupOrganisationsOf(tx, owner.userId),
    },
    new Date(now.getTime() - FEED_DAYS_BACK * DAY),
    new Date(now.getTime() + FEED_DAYS_AHEAD * DAY),
  );
  const words = kindWords[owner.locale];
  const events: IcsEvent[] = reached.map((m) => {
    const shown = presentedItem(m);
    // The kind and the young person's initials: no title (it may say anything), no full name.
    const who = shown.course?.participantName ? initials(shown.course.participantName) : '';
    return {
      uid: `${m.id}@vivirk`,
      stamp: m.updatedAt,
      start: m.startsAt,
      end: m.endsAt,
      summary: who ? `${words[m.kind]}, ${who}` : words[m.kind],
      location: shown.place,
      url: meetingUrl(publicUrl, m),
      sequence: m.version,
      cancelled: m.status === 'cancelled',
    };
  });
  const counts = new Map<string, { grant: NonNullable<(typeof reached)[number]['grant']>; count: number }>();
  for (const m of reached)
    if (m.grant)
      counts.set(m.grant.courseId, { grant: m.grant, count: (counts.get(m.grant.courseId)?.count ?? 0) + 1 });
  const entries: AuditEntry[] = [...counts.values()].map(({ grant, count }) =>
    auditFor(grant, 'calendar.feed.read', {
      objectType: 'course',
      objectId: grant.courseId,
      detail: { meetings: count },
    }),
  );
  await audit(tx, { userId: owner.userId }, entries);
  return writeCalendar({ name: owner.locale === 'da' ? 'ViVirk: møder' : 'ViVirk: meetings', events });
}
