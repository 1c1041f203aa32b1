import { z } from 'zod';
import { actorOf } from '../auth/plugin.ts';
import type { App, RouteDeps } from '../platform/app-types.ts';
import { courseParams } from '../platform/schemas.ts';
import { inScope } from '../platform/scope.ts';
import { caseload, courseOverview, statusChange } from './schemas.ts';
import { changeCourseStatus, getCaseload, getCourseOverview } from './service.ts';

export function courseRoutes(app: App, { database, cpr }: RouteDeps) {
  const { db } = database;

  app.get(
    '/api/caseload',
    { config: { access: 'signedIn' }, schema: { tags: ['courses'], response: { 200: caseload } } },
    (req) => inScope(db, actorOf(req), (scope) => getCaseload(scope)),
  );

  app.get(
    '/api/courses/:courseId',
    {
      config: { access: { course: 'course.read' } },
      schema: { tags: ['courses'], params: courseParams, response: { 200: courseOverview } },
    },
    (req) => inScope(db, actorOf(req), (scope) => getCourseOverview(scope, req.params.courseId, cpr)),
  );

  app.post(
    '/api/courses/:courseId/status',
    {
      config: { access: { course: 'course.status.write' } },
      schema: {
        tags: ['courses'],
        params: courseParams,
        body: statusChange,
        response: { 200: z.object({ ok: z.literal(true) }) },
      },
    },
    async (req) => {
      await inScope(db, actorOf(req), (scope) => changeCourseStatus(scope, req.params.courseId, req.body));
      return { ok: true as const };
    },
  );
}
