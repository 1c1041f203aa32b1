import type { App } from '../platform/app-types.ts';
import type { RouteDeps } from '../route-deps.ts';
import { dashboardCsv } from './csv-dashboard.ts';
import { figureRowsCsv } from './csv-figure.ts';
import { exportDashboard } from './dashboard.ts';
import { dashboardFileName, figureFileName, reportFileName } from './file-names.ts';
import { renderReportPdf } from './pdf.ts';
import { reportDocument } from './pdf-service.ts';
import { readFigureRows } from './rows.ts';
import { figureParams, figureQuery, figureRows } from './rows-schemas.ts';
import { reportParams, reportQuery } from './schemas.ts';

/** The rows behind a figure, as a list and as a CSV file, and the half-yearly report as a PDF. */
export function reportExportRoutes(app: App, { work }: RouteDeps) {
  const tags = ['reports'];
  app.get(
    '/api/partnerships/:id/figures/:figure',
    {
      config: { access: 'partnershipReport' },
      schema: { tags, params: figureParams, querystring: figureQuery, response: { 200: figureRows } },
    },
    (req) =>
      work.actor(req, (scope) =>
        readFigureRows(
          scope,
          { partnershipId: req.params.id, ...req.params, ...req.query },
          'report.rows.read',
        ),
      ),
  );

  app.get(
    '/api/partnerships/:id/figures/:figure/export',
    {
      config: { access: 'partnershipReport' },
      schema: { tags, params: figureParams, querystring: figureQuery, produces: ['text/csv'] },
    },
    async (req, reply) => {
      const result = await work.actor(req, (scope) =>
        readFigureRows(scope, { partnershipId: req.params.id, ...req.params, ...req.query }, 'report.export'),
      );
      const { ascii, utf8 } = figureFileName(result);
      return reply
        .header('content-type', 'text/csv; charset=utf-8')
        .header('content-disposition', `attachment; filename="${ascii}"; filename*=UTF-8''${utf8}`)
        .header('cache-control', 'no-store')
        .send(figureRowsCsv(result));
    },
  );

  app.get(
    '/api/partnerships/:id/dashboard/export',
    {
      config: { access: 'partnershipReport' },
      schema: { tags, params: reportParams, querystring: reportQuery, produces: ['text/csv'] },
    },
    async (req, reply) => {
      const dashboard = await work.actor(req, (scope) =>
        exportDashboard(scope, req.params.id, req.query.asOf),
      );
      const { ascii, utf8 } = dashboardFileName(dashboard.partnership.name, dashboard.asOf);
      return reply
        .header('content-type', 'text/csv; charset=utf-8')
        .header('content-disposition', `attachment; filename="${ascii}"; filename*=UTF-8''${utf8}`)
        .header('cache-control', 'no-store')
        .send(dashboardCsv(dashboard));
    },
  );

  app.get(
    '/api/partnerships/:id/report.pdf',
    {
      config: { access: 'partnershipReport' },
      schema: { tags, params: reportParams, querystring: reportQuery, produces: ['application/pdf'] },
    },
    async (req, reply) => {
      // Read (and audited) in the request's transaction; drawing needs none.
      const doc = await work.actor(req, (scope) => reportDocument(scope, req.params.id, req.query.asOf));
      const pdf = await renderReportPdf(doc);
      const { ascii, utf8 } = reportFileName(doc.dashboard.partnership.name, doc.dashboard.asOf);
      return reply
        .header('content-type', 'application/pdf')
        .header('content-disposition', `attachment; filename="${ascii}"; filename*=UTF-8''${utf8}`)
        .header('cache-control', 'no-store')
        .send(pdf);
    },
  );
}
