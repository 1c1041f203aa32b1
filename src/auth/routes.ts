import { z } from 'zod';
import type { App } from '../platform/app-types.ts';
import { notFound } from '../platform/errors.ts';
import { storableText } from '../platform/schemas.ts';
import type { RouteDeps } from '../route-deps.ts';
import { ok } from './ok.ts';
import { actorOf } from './plugin.ts';
import { presentedAs } from './present.ts';
import { profileRoutes } from './profile.ts';
import {
  ABSOLUTE_TIMEOUT_HOURS,
  destroySession,
  endOwnSession,
  endPresentedSession,
  listSessions,
  SESSION_COOKIE,
} from './sessions.ts';
import { signIn } from './sign-in.ts';

const sessionList = presentedAs(
  'self',
  z.object({
    sessions: z.array(
      z.object({ id: z.string(), createdAt: z.string(), lastSeenAt: z.string(), current: z.boolean() }),
    ),
  }),
);

const me = presentedAs(
  'self',
  z.object({
    user: z.object({
      id: z.string(),
      username: z.string(),
      displayName: z.string(),
      locale: z.enum(['da', 'en']),
      memberships: z.array(
        z.object({
          organisationId: z.string(),
          organisationName: z.string(),
          organisationKind: z.string(),
          role: z.string(),
        }),
      ),
    }),
    csrfToken: z.string(),
  }),
);

export function authRoutes(app: App, { database, secureCookies }: RouteDeps) {
  const db = database.db;
  profileRoutes(app, db);
  app.post(
    '/api/auth/login',
    {
      config: { access: 'public' },
      schema: {
        tags: ['auth'],
        body: z.strictObject({ username: storableText(200, 1), password: z.string().min(1).max(1000) }),
        response: { 200: ok },
      },
    },
    async (req, reply) => {
      const session = await signIn(db, req.body.username, req.body.password, req.ip);
      // Whoever signs in on this browser ends the session it presented before.
      await endPresentedSession(db, req.cookies[SESSION_COOKIE]);
      reply.setCookie(SESSION_COOKIE, session.cookie, {
        path: '/',
        httpOnly: true,
        sameSite: 'lax',
        secure: secureCookies,
        maxAge: ABSOLUTE_TIMEOUT_HOURS * 3600,
      });
      return { ok: true as const };
    },
  );

  app.post(
    '/api/auth/logout',
    {
      config: { access: 'signedIn' },
      schema: { tags: ['auth'], response: { 200: ok } },
    },
    async (req, reply) => {
      await destroySession(db, actorOf(req).sessionIdHash);
      reply.clearCookie(SESSION_COOKIE, { path: '/' });
      return { ok: true as const };
    },
  );

  app.get(
    '/api/auth/me',
    { config: { access: 'signedIn' }, schema: { tags: ['auth'], response: { 200: me } } },
    async (req) => {
      const actor = actorOf(req);
      return {
        user: {
          id: actor.userId,
          username: actor.username,
          displayName: actor.displayName,
          locale: actor.locale,
          memberships: actor.memberships,
        },
        csrfToken: actor.csrfToken,
      };
    },
  );

  app.get(
    '/api/auth/sessions',
    { config: { access: 'signedIn' }, schema: { tags: ['auth'], response: { 200: sessionList } } },
    async (req) => {
      const actor = actorOf(req);
      return { sessions: await listSessions(db, actor.userId, actor.sessionIdHash) };
    },
  );

  app.post(
    '/api/auth/sessions/:sessionId/end',
    {
      config: { access: 'signedIn' },
      schema: {
        tags: ['auth'],
        params: z.strictObject({ sessionId: z.string().regex(/^[0-9a-f]{16}$/) }),
        response: { 200: ok },
      },
    },
    async (req) => {
      if (!(await endOwnSession(db, actorOf(req).userId, req.params.sessionId))) throw notFound('session');
      return { ok: true as const };
    },
  );
}
