import path from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply } from 'fastify';

/** Hashed build output: its name changes with its content, so a browser may keep it for a year. */
export const immutableCache = 'public, max-age=31536000, immutable';

/**
 * The built web app (web/dist) and its shell for every client route.
 *
 * The build writes `.br` and `.gz` beside each file (web/vite-plugins.ts); they are sent as they
 * are to a browser that accepts them, so nothing is compressed per request. Files under
 * `assets/` carry a content hash in their name and are cached for a year; everything else
 * (index.html) is revalidated on every load, so a new build is picked up at once.
 */
export async function registerWebApp(app: FastifyInstance, root: string) {
  const assets = path.join(root, 'assets') + path.sep;
  await app.register(fastifyStatic, {
    root,
    // Wildcard routing: files built after start-up (new hashed assets) are served too.
    wildcard: true,
    preCompressed: true,
    cacheControl: false,
    setHeaders: (res, filePath) => {
      res.setHeader('vary', 'accept-encoding');
      res.setHeader('cache-control', filePath.startsWith(assets) ? immutableCache : 'no-cache');
    },
  });
  // The web app routes on the client: any other GET outside /api gets its shell.
  app.setNotFoundHandler((req, reply) => {
    const looksLikeFile = /\.[a-z0-9]+(\?|$)/i.test(req.url);
    if (req.method === 'GET' && !req.url.startsWith('/api') && !looksLikeFile)
      return reply.sendFile('index.html');
    return sendNoRoute(reply);
  });
}

/** A request no route answers, in the API's error shape. */
export function sendNoRoute(reply: FastifyReply) {
  return reply.code(404).send({ error: { code: 'not_found', message: 'no such route', field: null } });
}
