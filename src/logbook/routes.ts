import type { App } from '../platform/app-types.ts';
import { courseParams } from '../platform/schemas.ts';
import type { RouteDeps } from '../route-deps.ts';
import { logbook, logbookQuery } from './schemas.ts';
import { readLogbook } from './service.ts';

export function logbookRoutes(app: App, { work }: RouteDeps) {
  app.get(
    '/api/courses/:courseId/logbook',
    {
      // The logbook is the letters' companion: whoever receives letters may open it; the notes in
      // it still need the journal's permission and rules.
      config: { access: { course: 'statusLetters.read' } },
      schema: {
        tags: ['logbook'],
        params: courseParams,
        querystring: logbookQuery,
        response: { 200: logbook },
      },
    },
    (req) => work.course(req, (scope) => readLogbook(scope, req.query)),
  );
}
