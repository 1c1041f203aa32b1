import type { App } from '../platform/app-types.ts';
import type { RouteDeps } from '../route-deps.ts';
import { figureFileName, figureRowsCsv } from './csv-figure.ts';
import { readFigureRows } from './rows.ts';
import { figureParams, figureQuery, figureRows } from './rows-schemas.ts';

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
}
