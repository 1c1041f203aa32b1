import type { App } from '../platform/app-types.ts';
import { expectedVersion, sendVersion } from '../platform/versions.ts';
import type { RouteDeps } from '../route-deps.ts';
import {
  initiativeDetail,
  initiativeInput,
  initiativeList,
  initiativeParams,
  initiativeQuery,
  initiativeSaved,
  newInitiative,
} from './schemas.ts';
import { changeInitiative, createInitiative, getInitiative, listInitiatives } from './service.ts';

/**
 * A municipality's cross-sectoral initiatives. Signed in is the route's rule; whose portfolio the
 * actor reads or writes is src/initiatives/access.ts, and the service answers 404 outside it.
 */
export function initiativeRoutes(app: App, { work }: RouteDeps) {
  const config = { access: 'signedIn' as const };
  const tags = ['initiatives'];

  app.get(
    '/api/initiatives',
    { config, schema: { tags, querystring: initiativeQuery, response: { 200: initiativeList } } },
    (req) => work.actor(req, (scope) => listInitiatives(scope, req.query)),
  );

  app.post(
    '/api/initiatives',
    { config, schema: { tags, body: newInitiative, response: { 201: initiativeSaved } } },
    async (req, reply) => {
      const initiative = await work.actor(req, (scope) => createInitiative(scope, req.body));
      sendVersion(reply, initiative.version);
      return reply.code(201).send({ initiative });
    },
  );

  app.get(
    '/api/initiatives/:initiativeId',
    { config, schema: { tags, params: initiativeParams, response: { 200: initiativeDetail } } },
    async (req, reply) => {
      const detail = await work.actor(req, (scope) => getInitiative(scope, req.params.initiativeId));
      sendVersion(reply, detail.initiative.version);
      return detail;
    },
  );

  app.put(
    '/api/initiatives/:initiativeId',
    {
      config,
      schema: { tags, params: initiativeParams, body: initiativeInput, response: { 200: initiativeSaved } },
    },
    async (req, reply) => {
      const expected = expectedVersion(req);
      const initiative = await work.actor(req, (scope) =>
        changeInitiative(scope, req.params.initiativeId, req.body, expected),
      );
      sendVersion(reply, initiative.version);
      return { initiative };
    },
  );
}
