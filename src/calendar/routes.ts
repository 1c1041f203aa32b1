import { ok } from '../auth/ok.ts';
import type { App } from '../platform/app-types.ts';
import { notFound } from '../platform/errors.ts';
import type { RouteDeps } from '../route-deps.ts';
import { feedParams, feedStatus, newFeed } from './schemas.ts';
import { feedStatusOf, readFeed, revokeFeed, rotateFeed } from './service.ts';

/** The calendar feed: each user's secret, revocable address for Outlook and other calendars. */
export function calendarRoutes(app: App, { work, database, publicUrl }: RouteDeps) {
  app.get(
    '/api/calendar-feed',
    { config: { access: 'signedIn' }, schema: { tags: ['calendar'], response: { 200: feedStatus } } },
    (req) => work.actor(req, feedStatusOf),
  );

  // PUT, not POST: a POST's answer is kept for its retries (Idempotency-Key), and this answer is
  // the secret, which is stored nowhere but in the person's calendar.
  app.put(
    '/api/calendar-feed',
    { config: { access: 'signedIn' }, schema: { tags: ['calendar'], response: { 200: newFeed } } },
    async (req, reply) => {
      reply.header('cache-control', 'no-store');
      return work.actor(req, (scope) => rotateFeed(scope, publicUrl));
    },
  );

  app.post(
    '/api/calendar-feed/revoke',
    { config: { access: 'signedIn' }, schema: { tags: ['calendar'], response: { 200: ok } } },
    (req) => work.actor(req, revokeFeed),
  );

  // The token is the credential; anything but a live token is "not found", with nothing more said.
  app.get(
    '/api/calendar/:token.ics',
    {
      config: { access: 'public' },
      schema: { tags: ['calendar'], params: feedParams, produces: ['text/calendar'] },
    },
    async (req, reply) => {
      const ics = await database.db.transaction().execute((tx) => readFeed(tx, req.params.token, publicUrl));
      if (ics === null) throw notFound();
      return reply
        .header('content-type', 'text/calendar; charset=utf-8')
        .header('content-disposition', 'inline; filename="vivirk.ics"')
        .header('cache-control', 'private, no-store')
        .send(ics);
    },
  );
}
