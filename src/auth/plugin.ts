import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Db } from '../platform/db.ts';
import { AppError, unauthenticated } from '../platform/errors.ts';
import { courseParams } from '../platform/schemas.ts';
import type { Actor } from './actor.ts';
import { SESSION_COOKIE, sessionOf } from './sessions.ts';

const safeMethods = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Resolves the session to an actor before every /api handler, requires one unless the route is
 * public, and checks CSRF on every state change: signed-in calls must echo the session's token in
 * `x-csrf-token`; public ones (sign-in) must come from our own origin as JSON.
 */
export function registerAuthentication(app: FastifyInstance, db: Db) {
  app.decorateRequest('actor', null);
  app.decorateRequest('courseGrants', null);
  app.addHook('onRequest', async (req) => {
    const access = req.routeOptions.config.access;
    if (!access) return;
    if (!safeMethods.has(req.method)) checkOrigin(req);
    // Public routes (health, sign-in, the API description) never need the session: a cookie must
    // not make /api/health depend on the sessions table.
    if (access === 'public') return;
    const cookie = req.cookies[SESSION_COOKIE];
    // A course route's grant rides along with the session: one round trip fewer on every course read.
    const courseId = typeof access === 'object' ? uuidParam(req.params) : undefined;
    const session = cookie ? await sessionOf(db, cookie, courseId) : null;
    req.actor = session?.actor ?? null;
    req.courseGrants = session?.courseGrants ?? null;
    if (!req.actor) throw unauthenticated();
    if (!safeMethods.has(req.method) && req.headers['x-csrf-token'] !== req.actor.csrfToken) {
      throw new AppError(403, 'csrf', 'missing or wrong x-csrf-token header');
    }
  });
}

/** The route's :courseId if the route's own rule accepts it (params are validated only after this hook). */
function uuidParam(params: unknown): string | undefined {
  const courseId = courseParams.shape.courseId.safeParse((params as { courseId?: unknown }).courseId);
  return courseId.success ? courseId.data : undefined;
}

function checkOrigin(req: FastifyRequest) {
  const origin = req.headers.origin;
  if (!origin) return;
  let host: string | null = null;
  try {
    host = new URL(origin).host;
  } catch {
    // A malformed Origin is treated as foreign.
  }
  if (host !== req.headers.host) throw new AppError(403, 'csrf', 'cross-origin request refused');
}

export function actorOf(req: FastifyRequest): Actor {
  if (!req.actor) throw unauthenticated();
  return req.actor;
}
