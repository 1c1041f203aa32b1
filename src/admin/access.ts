import type { FastifyInstance } from 'fastify';
import { actorOf } from '../auth/plugin.ts';
import { notFound } from '../platform/errors.ts';
import '../auth/route-access.ts';

/** Administrator routes answer "not found" to anyone without the administrator role, before the handler runs. */
export function registerAdministratorAccess(app: FastifyInstance) {
  app.addHook('preHandler', async (req) => {
    if (req.routeOptions.config.access !== 'administrator') return;
    if (!actorOf(req).memberships.some((m) => m.role === 'administrator')) throw notFound('resource');
  });
}
