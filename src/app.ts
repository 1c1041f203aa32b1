import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import cookie from '@fastify/cookie';
import swagger from '@fastify/swagger';
import Fastify, { type FastifyReply, type FastifyRequest, LogController } from 'fastify';
import {
  jsonSchemaTransform,
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import { registerAdministratorAccess } from './admin/access.ts';
import { startSealer } from './audit/sealer.ts';
import { registerCourseAccess, workOn } from './auth/course-access.ts';
import { registerAuthentication } from './auth/plugin.ts';
import { registerPresentation } from './auth/present-hook.ts';
import type { CprCipher } from './participants/cpr.ts';
import type { App } from './platform/app-types.ts';
import type { DatabaseHandle } from './platform/db.ts';
import { errorHandler } from './platform/error-handler.ts';
import { registerIdempotency } from './platform/idempotency.ts';
import { createMailer, type Mailer } from './platform/mail.ts';
import { registerSecurityHeaders } from './platform/security-headers.ts';
import { registerWebApp, sendNoRoute } from './platform/serve-web.ts';
import { startRemindersInBackground } from './reminders/lifecycle.ts';
import { registerRoutes } from './routes.ts';

export type { App } from './platform/app-types.ts';

export interface AppOptions {
  database: DatabaseHandle;
  cpr: CprCipher;
  secureCookies?: boolean;
  logLevel?: string;
  /** Where application logs go (default stdout); tests read it to prove no personal data is logged. */
  logStream?: NodeJS.WritableStream;
  /** Behind a reverse proxy (VIVIRK_TRUST_PROXY=true): take the client address from X-Forwarded-For. */
  trustProxy?: boolean;
  /** Outgoing mail; default: written as files under the system's temporary directory. */
  mailer?: Mailer;
  /** The address users reach the app at (links in mail and calendar feeds). */
  publicUrl?: string;
  /** Serve the built web app (web/dist) when it exists. */
  serveWeb?: boolean;
  /** Where the built web app is; default web/dist (a test serves a folder of its own). */
  webRoot?: string;
  /**
   * Run the daily reminder job (pg-boss) in this process: on in src/main.ts, off by default so
   * tests start fast; a test that wants it passes its polling interval.
   */
  reminders?: boolean | { pollingIntervalSeconds: number };
}

/**
 * One log line per request, not Fastify's two: "request completed" carries the method and route
 * (the serializers above: never the URL's ids), so "incoming request" adds nothing.
 */
class OneLinePerRequest extends LogController {
  override incomingRequest() {}
  override requestCompleted(error: Error | null | undefined, req: FastifyRequest, reply: FastifyReply) {
    if (error)
      reply.log.error({ req, res: reply, err: error, responseTime: reply.elapsedTime }, 'request errored');
    else reply.log.info({ req, res: reply, responseTime: reply.elapsedTime }, 'request completed');
  }
}

const webDist = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../web/dist');

export async function buildApp(options: AppOptions): Promise<App> {
  const app = Fastify({
    logger: {
      level: options.logLevel ?? 'info',
      ...(options.logStream ? { stream: options.logStream } : {}),
      // Application logs carry no personal data: method, route and status only.
      serializers: {
        req: (req) => ({ method: req.method, url: req.routeOptions?.url ?? 'unmatched' }),
        res: (res) => ({ statusCode: res.statusCode }),
      },
    },
    logController: new OneLinePerRequest(),
    bodyLimit: 25 * 1024 * 1024,
    // Malformed URLs and the like get the same error shape as everything else.
    frameworkErrors: (error, _req, rawReply) => {
      const reply = rawReply as unknown as import('fastify').FastifyReply;
      void reply
        .code(400)
        .type('application/json')
        .send(JSON.stringify({ error: { code: 'bad_request', message: error.message, field: null } }));
    },
    // Behind a reverse proxy the client's address (sign-in throttling) comes from X-Forwarded-For.
    trustProxy: options.trustProxy ?? false,
  }).withTypeProvider<ZodTypeProvider>();

  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.setErrorHandler(errorHandler);

  // A route without an access rule is a build failure, not a silent open door.
  app.decorate('routeTable', []);
  app.addHook('onRoute', (route) => {
    if (!route.url.startsWith('/api')) return;
    const access = route.config?.access;
    if (!access) throw new Error(`route ${route.method} ${route.url} has no access rule`);
    for (const method of [route.method].flat()) {
      if (method !== 'HEAD')
        app.routeTable.push({
          method,
          url: route.url,
          access,
          response: route.schema?.response as Record<string, unknown>,
        });
    }
  });

  await registerSecurityHeaders(app, { secureCookies: options.secureCookies ?? false });
  await app.register(cookie);
  await app.register(swagger, {
    openapi: {
      info: { title: 'ViVirk API', version: '1' },
      components: {
        securitySchemes: {
          session: { type: 'apiKey', in: 'cookie', name: 'vivirk_sid' },
          csrf: { type: 'apiKey', in: 'header', name: 'x-csrf-token' },
        },
      },
    },
    transform: jsonSchemaTransform,
  });
  registerAuthentication(app, options.database.db);
  registerCourseAccess(app, options.database.db);
  registerPresentation(app);
  registerAdministratorAccess(app);
  // After every access check: a replayed answer goes only to someone who may still ask.
  registerIdempotency(app, options.database.db);
  startSealer(app, options.database.db);
  app.get('/api/openapi.json', { config: { access: 'public' }, schema: { hide: true } }, async () =>
    app.swagger(),
  );
  const mailer =
    options.mailer ??
    createMailer({
      smtpUrl: undefined,
      logDir: path.join(tmpdir(), 'vivirk-log'),
      from: 'ViVirk <vivirk@localhost>',
    });
  const publicUrl = options.publicUrl ?? 'http://localhost:3000';
  await registerRoutes(app, {
    work: workOn(options.database.db),
    database: options.database,
    cpr: options.cpr,
    secureCookies: options.secureCookies ?? false,
    mailer,
    publicUrl,
  });
  if (options.reminders)
    startRemindersInBackground(app, options.database, {
      mailer,
      publicUrl,
      ...(typeof options.reminders === 'object' ? options.reminders : {}),
    });

  const webRoot = options.webRoot ?? webDist;
  if (options.serveWeb !== false && existsSync(webRoot)) {
    await registerWebApp(app, webRoot);
  } else {
    app.setNotFoundHandler((_req, reply) => sendNoRoute(reply));
  }
  return app;
}
