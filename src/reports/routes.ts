import type { App } from '../platform/app-types.ts';
import type { RouteDeps } from '../route-deps.ts';
import { comparePartnerships } from './compare.ts';
import { compareQuery, partnershipComparison } from './compare-schemas.ts';
import { getDashboard } from './dashboard.ts';
import { dashboard, dashboardQuery } from './dashboard-schemas.ts';
import { partnershipList, partnershipReport, reportParams, reportQuery } from './schemas.ts';
import { getPartnershipReport, listReportPartnerships } from './service.ts';

export function reportRoutes(app: App, { work }: RouteDeps) {
  app.get(
    '/api/partnerships',
    { config: { access: 'signedIn' }, schema: { tags: ['reports'], response: { 200: partnershipList } } },
    (req) => work.actor(req, listReportPartnerships),
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
    (req) => work.actor(req, (scope) => getPartnershipReport(scope, req.params.id, req.query.asOf)),
  );

  app.get(
    '/api/partnerships/:id/dashboard',
    {
      config: { access: 'partnershipReport' },
      schema: {
        tags: ['reports'],
        params: reportParams,
        querystring: dashboardQuery,
        response: { 200: dashboard },
      },
    },
    (req) => work.actor(req, (scope) => getDashboard(scope, req.params.id, req.query.asOf)),
  );

  // The partnerships of the reader's development group side by side, small numbers hidden.
  app.get(
    '/api/partnerships/compare',
    {
      config: { access: 'partnershipReport' },
      schema: { tags: ['reports'], querystring: compareQuery, response: { 200: partnershipComparison } },
    },
    (req) => work.actor(req, (scope) => comparePartnerships(scope, req.query.asOf)),
  );
}
