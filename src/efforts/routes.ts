import type { App } from '../platform/app-types.ts';
import { courseParams } from '../platform/schemas.ts';
import { expectedVersion, sendVersion } from '../platform/versions.ts';
import type { RouteDeps } from '../route-deps.ts';
import { effortList, effortParams, effortPatch, effortSaved, newEffort } from './schemas.ts';
import { changeEffort, createEffort, listEfforts } from './service.ts';

/** Parallel efforts beside the course: everyone on it reads the plan (within the view policy). */
export function effortsRoutes(app: App, { work }: RouteDeps) {
  app.get(
    '/api/courses/:courseId/efforts',
    {
      config: { access: { course: 'efforts.read' } },
      schema: { tags: ['efforts'], params: courseParams, response: { 200: effortList } },
    },
    (req) => work.course(req, listEfforts),
  );

  app.post(
    '/api/courses/:courseId/efforts',
    {
      config: { access: { course: 'efforts.write' } },
      schema: { tags: ['efforts'], params: courseParams, body: newEffort, response: { 201: effortSaved } },
    },
    async (req, reply) => {
      const effort = await work.course(req, (scope) => createEffort(scope, req.body));
      sendVersion(reply, effort.version);
      return reply.code(201).send({ effort });
    },
  );

  /** A change, or the end of an effort (`endsOn`): never a deletion. */
  app.patch(
    '/api/courses/:courseId/efforts/:effortId',
    {
      config: { access: { course: 'efforts.write' } },
      schema: { tags: ['efforts'], params: effortParams, body: effortPatch, response: { 200: effortSaved } },
    },
    async (req, reply) => {
      const expected = expectedVersion(req);
      const effort = await work.course(req, (scope) =>
        changeEffort(scope, req.params.effortId, req.body, expected),
      );
      sendVersion(reply, effort.version);
      return { effort };
    },
  );
}
