import type { App } from '../platform/app-types.ts';
import { today } from '../platform/dates.ts';
import type { RouteDeps } from '../route-deps.ts';
import { workQueue, workQueueQuery } from './schemas.ts';
import { getWorkQueue } from './service.ts';

export function workQueueRoutes(app: App, { work }: RouteDeps) {
  app.get(
    '/api/work-queue',
    {
      // Signed in is enough: the queue holds only the actor's own courses, each cut by its grant.
      config: { access: 'signedIn' },
      schema: { tags: ['work-queue'], querystring: workQueueQuery, response: { 200: workQueue } },
    },
    (req) => work.actor(req, (scope) => getWorkQueue(scope, req.query.asOf ?? today())),
  );
}
