import { ok } from '../auth/ok.ts';
import type { App } from '../platform/app-types.ts';
import { courseParams } from '../platform/schemas.ts';
import { expectedVersion, sendVersion } from '../platform/versions.ts';
import type { RouteDeps } from '../route-deps.ts';
import { memberParams, memberPatch, memberSaved, networkList, newMember } from './schemas.ts';
import { addMember, changeMember, listNetwork, removeMember } from './service.ts';

/** The young person's network: who is around them, for the map and the list beside it. */
export function networkRoutes(app: App, { work }: RouteDeps) {
  app.get(
    '/api/courses/:courseId/network',
    {
      config: { access: { course: 'network.read' } },
      schema: { tags: ['network'], params: courseParams, response: { 200: networkList } },
    },
    (req) => work.course(req, listNetwork),
  );

  app.post(
    '/api/courses/:courseId/network',
    {
      config: { access: { course: 'network.write' } },
      schema: { tags: ['network'], params: courseParams, body: newMember, response: { 201: memberSaved } },
    },
    async (req, reply) => {
      const member = await work.course(req, (scope) => addMember(scope, req.body));
      sendVersion(reply, member.version);
      return reply.code(201).send({ member });
    },
  );

  app.patch(
    '/api/courses/:courseId/network/:memberId',
    {
      config: { access: { course: 'network.write' } },
      schema: { tags: ['network'], params: memberParams, body: memberPatch, response: { 200: memberSaved } },
    },
    async (req, reply) => {
      const expected = expectedVersion(req);
      const member = await work.course(req, (scope) =>
        changeMember(scope, req.params.memberId, req.body, expected),
      );
      sendVersion(reply, member.version);
      return { member };
    },
  );

  app.delete(
    '/api/courses/:courseId/network/:memberId',
    {
      config: { access: { course: 'network.write' } },
      schema: { tags: ['network'], params: memberParams, response: { 200: ok } },
    },
    async (req) => {
      const expected = expectedVersion(req);
      await work.course(req, (scope) => removeMember(scope, req.params.memberId, expected));
      return { ok: true as const };
    },
  );
}
