import { ok } from '../auth/ok.ts';
import type { App } from '../platform/app-types.ts';
import { courseParams } from '../platform/schemas.ts';
import { expectedVersion, sendVersion } from '../platform/versions.ts';
import type { RouteDeps } from '../route-deps.ts';
import { caseload, courseOverview, statusChange } from './schemas.ts';
import { changeCourseStatus, getCaseload, getCourseOverview } from './service.ts';

export function courseRoutes(app: App, { work, cpr }: RouteDeps) {
  app.get(
    '/api/caseload',
    { config: { access: 'signedIn' }, schema: { tags: ['courses'], response: { 200: caseload } } },
    (req) => work.actor(req, (scope) => getCaseload(scope)),
  );

  app.get(
    '/api/courses/:courseId',
    {
      config: { access: { course: 'course.read' } },
      schema: { tags: ['courses'], params: courseParams, response: { 200: courseOverview } },
    },
    async (req, reply) => {
      const overview = await work.courseRead(req, (scope) => getCourseOverview(scope, cpr));
      // Only readers who see the status get its version (the view policy's class for it).
      if (req.grant?.classes.has('courseAdmin') && overview.course.version !== undefined)
        sendVersion(reply, overview.course.version);
      return overview;
    },
  );

  app.post(
    '/api/courses/:courseId/status',
    {
      config: { access: { course: 'course.status.write' } },
      schema: { tags: ['courses'], params: courseParams, body: statusChange, response: { 200: ok } },
    },
    async (req, reply) => {
      const expected = expectedVersion(req);
      sendVersion(reply, await work.course(req, (scope) => changeCourseStatus(scope, req.body, expected)));
      return { ok: true as const };
    },
  );
}
