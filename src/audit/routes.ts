import type { App } from '../platform/app-types.ts';
import { courseParams } from '../platform/schemas.ts';
import type { RouteDeps } from '../route-deps.ts';
import { exportAccessLog, getAccessLog } from './access-log.ts';
import { accessLog } from './access-log-schemas.ts';

/** The young person's access log: for them and their coordinator only (permission accessLog.read). */
export function auditRoutes(app: App, { work }: RouteDeps) {
  app.get(
    '/api/courses/:courseId/access-log',
    {
      config: { access: { course: 'accessLog.read' } },
      schema: { tags: ['audit'], params: courseParams, response: { 200: accessLog } },
    },
    (req) => work.course(req, getAccessLog),
  );

  app.get(
    '/api/courses/:courseId/access-log.csv',
    {
      config: { access: { course: 'accessLog.read' } },
      schema: { tags: ['audit'], params: courseParams, produces: ['text/csv'] },
    },
    async (req, reply) => {
      const csv = await work.course(req, exportAccessLog);
      return reply
        .header('content-type', 'text/csv; charset=utf-8')
        .header('content-disposition', 'attachment; filename="hvem-har-set-mine-oplysninger.csv"')
        .header('cache-control', 'no-store')
        .send(csv);
    },
  );
}
