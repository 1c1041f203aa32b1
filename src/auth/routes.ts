import { z } from 'zod';
import type { App } from '../platform/app-types.ts';
import { storableText } from '../platform/schemas.ts';
import type { RouteDeps } from '../route-deps.ts';
import { ok } from './ok.ts';
import { actorOf } from './plugin.ts';
import { presentedAs } from './present.ts';
import { ABSOLUTE_TIMEOUT_HOURS, destroySession, SESSION_COOKIE } from './sessions.ts';
import { signIn } from './sign-in.ts';

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
      const session = await signIn(db, req.body.username, req.body.password);
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
}
