import { z } from 'zod';
import { actorOf } from '../auth/plugin.ts';
import type { App, RouteDeps } from '../platform/app-types.ts';
import { courseParams } from '../platform/schemas.ts';
import { inScope } from '../platform/scope.ts';
import { attendanceQuery, dayEntry, dayParams, daySaved, monthView } from './schemas.ts';
import { getMonth, removeDay, saveDay } from './service.ts';

export function attendanceRoutes(app: App, { database }: RouteDeps) {
  const { db } = database;

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
    (req) => inScope(db, actorOf(req), (scope) => getMonth(scope, req.params.courseId, req.query)),
  );

  app.put(
    '/api/courses/:courseId/attendance/:day',
    {
      config: { access: { course: 'attendance.write' } },
      schema: { tags: ['attendance'], params: dayParams, body: dayEntry, response: { 200: daySaved } },
    },
    async (req) => {
      const { courseId, day } = req.params;
      return { day: await inScope(db, actorOf(req), (scope) => saveDay(scope, courseId, day, req.body)) };
    },
  );

  app.delete(
    '/api/courses/:courseId/attendance/:day',
    {
      config: { access: { course: 'attendance.write' } },
      schema: {
        tags: ['attendance'],
        params: dayParams,
        response: { 200: z.object({ ok: z.literal(true) }) },
      },
    },
    async (req) => {
      const { courseId, day } = req.params;
      await inScope(db, actorOf(req), (scope) => removeDay(scope, courseId, day));
      return { ok: true as const };
    },
  );
}
