import { ok } from '../auth/ok.ts';
import type { App } from '../platform/app-types.ts';
import type { RouteDeps } from '../route-deps.ts';
import {
  membership,
  newOrganisation,
  newPartnership,
  newUser,
  organisationCreated,
  adminOverview as overviewSchema,
  partnershipCreated,
  userCreated,
  userParams,
} from './schemas.ts';
import {
  adminOverview,
  changeMembership,
  createOrganisation,
  createPartnership,
  createUser,
} from './service.ts';

/** Organisations, partnerships, users and their roles: for administrators only (src/admin/access.ts). */
export function adminRoutes(app: App, { work }: RouteDeps) {
  const config = { access: 'administrator' as const };
  app.get('/api/admin', { config, schema: { tags: ['admin'], response: { 200: overviewSchema } } }, (req) =>
    work.actor(req, adminOverview),
  );
  app.post(
    '/api/admin/organisations',
    { config, schema: { tags: ['admin'], body: newOrganisation, response: { 201: organisationCreated } } },
    async (req, reply) =>
      reply.code(201).send(await work.actor(req, (scope) => createOrganisation(scope, req.body))),
  );
  app.post(
    '/api/admin/users',
    { config, schema: { tags: ['admin'], body: newUser, response: { 201: userCreated } } },
    async (req, reply) => reply.code(201).send(await work.actor(req, (scope) => createUser(scope, req.body))),
  );
  app.post(
    '/api/admin/users/:userId/memberships',
    { config, schema: { tags: ['admin'], params: userParams, body: membership, response: { 200: ok } } },
    async (req) => {
      await work.actor(req, (scope) => changeMembership(scope, req.params.userId, req.body, 'add'));
      return { ok: true as const };
    },
  );
  app.post(
    '/api/admin/users/:userId/memberships/remove',
    { config, schema: { tags: ['admin'], params: userParams, body: membership, response: { 200: ok } } },
    async (req) => {
      await work.actor(req, (scope) => changeMembership(scope, req.params.userId, req.body, 'remove'));
      return { ok: true as const };
    },
  );
  app.post(
    '/api/admin/partnerships',
    { config, schema: { tags: ['admin'], body: newPartnership, response: { 201: partnershipCreated } } },
    async (req, reply) =>
      reply.code(201).send(await work.actor(req, (scope) => createPartnership(scope, req.body))),
  );
}
