import { actorOf } from '../auth/plugin.ts';
import type { App, RouteDeps } from '../platform/app-types.ts';
import { inScope } from '../platform/scope.ts';
import { partnershipList, partnershipReport, reportParams, reportQuery } from './schemas.ts';
import { getPartnershipReport, listReportPartnerships } from './service.ts';

export function reportRoutes(app: App, { database }: RouteDeps) {
  const { db } = database;

  app.get(
    '/api/partnerships',
    { config: { access: 'signedIn' }, schema: { tags: ['reports'], response: { 200: partnershipList } } },
    (req) => inScope(db, actorOf(req), (scope) => listReportPartnerships(scope)),
  );

  app.get(
    '/api/partnerships/:id/report',
    {
      config: { access: 'partnershipReport' },
      schema: {
        tags: ['reports'],
        params: reportParams,
        querystring: reportQuery,
        response: { 200: partnershipReport },
      },
    },
    (req) => inScope(db, actorOf(req), (scope) => getPartnershipReport(scope, req.params.id, req.query.asOf)),
  );
}
