import type { OutgoingHttpHeaders } from 'node:http';
import helmet from '@fastify/helmet';
import type { FastifyInstance } from 'fastify';

/**
 * Security headers on every response. The web app is one bundled script and stylesheet from our
 * own origin, so the policy needs no inline code: no `unsafe-inline`, no `unsafe-eval`. React's
 * `style` props go through the CSSOM, which `style-src` does not govern.
 *
 * @fastify/helmet builds helmet from its options again on every request (parsing the CSP, about
 * 2% of a course read's app CPU). The headers depend on nothing in the request (no nonces), so
 * the first request has helmet set them and every later one gets the same headers as they came out.
 */
export async function registerSecurityHeaders(
  app: FastifyInstance,
  { secureCookies }: { secureCookies: boolean },
) {
  await app.register(helmet, {
    // Not on every request by itself: the hook below applies it (once, then its headers).
    global: false,
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'"],
        // dkfds draws its icons and the favicon as data: URIs.
        imgSrc: ["'self'", 'data:'],
        fontSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'none'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
      },
    },
    referrerPolicy: { policy: 'no-referrer' },
    // Only where the site is served over HTTPS: HSTS on plain HTTP would lock browsers out.
    strictTransportSecurity: secureCookies ? { maxAge: 31_536_000, includeSubDomains: true } : false,
    crossOriginEmbedderPolicy: false,
    xFrameOptions: { action: 'deny' },
  });
  let headers: OutgoingHttpHeaders | null = null;
  app.addHook('onRequest', (_req, reply, done) => {
    if (headers) {
      for (const name in headers) reply.raw.setHeader(name, headers[name] as string | string[]);
      return done();
    }
    const before = new Set(reply.raw.getHeaderNames());
    reply.helmet();
    const set = reply.raw.getHeaders();
    headers = Object.fromEntries(Object.entries(set).filter(([name]) => !before.has(name)));
    done();
  });
}
