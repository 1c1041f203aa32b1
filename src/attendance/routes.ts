import { ok } from '../auth/ok.ts';
import type { App } from '../platform/app-types.ts';
import { courseParams } from '../platform/schemas.ts';
import { expectedVersion, optionalExpectedVersion, sendVersion } from '../platform/versions.ts';
import type { RouteDeps } from '../route-deps.ts';
import { attendanceQuery, dayEntry, dayParams, daySaved, monthView } from './schemas.ts';
import { getMonth, removeDay, saveDay } from './service.ts';

export function attendanceRoutes(app: App, { work }: RouteDeps) {
  app.get(
    '/api/courses/:courseId/attendance',
    {
      config: { access: { course: 'attendance.read' } },
      schema: {
        tags: ['attendance'],
        params: courseParams,
        querystring: attendanceQuery,
        response: { 200: monthView },
      },
    },
    (req) => work.courseRead(req, (scope) => getMonth(scope, req.query)),
  );

  app.put(
    '/api/courses/:courseId/attendance/:day',
    {
      config: { access: { course: 'attendance.write' } },
      schema: { tags: ['attendance'], params: dayParams, body: dayEntry, response: { 200: daySaved } },
    },
    async (req, reply) => {
      const expected = optionalExpectedVersion(req);
      const day = await work.course(req, (scope) => saveDay(scope, req.params.day, req.body, expected));
      sendVersion(reply, day.version);
      return { day };
    },
  );

  app.delete(
    '/api/courses/:courseId/attendance/:day',
    {
      config: { access: { course: 'attendance.write' } },
      schema: { tags: ['attendance'], params: dayParams, response: { 200: ok } },
    },
    async (req) => {
      const expected = expectedVersion(req);
      await work.course(req, (scope) => removeDay(scope, req.params.day, expected));
      return { ok: true as const };
    },
  );
}
