import type { App } from '../platform/app-types.ts';
import type { RouteDeps } from '../route-deps.ts';
import { dueList, dueParams, dueQuery } from './schemas.ts';
import { getDueList } from './service.ts';

export function dueRoutes(app: App, { work }: RouteDeps) {
  app.get(
    '/api/partnerships/:id/due',
    {
      config: { access: 'partnershipReport' },
      schema: { tags: ['reports'], params: dueParams, querystring: dueQuery, response: { 200: dueList } },
    },
    (req) => work.actor(req, (scope) => getDueList(scope, req.params.id, req.query.asOf)),
  );
}
