import helmet from '@fastify/helmet';
import type { FastifyInstance } from 'fastify';

/**
 * Security headers on every response. The web app is one bundled script and stylesheet from our
 * own origin, so the policy needs no inline code: no `unsafe-inline`, no `unsafe-eval`. React's
 * `style` props go through the CSSOM, which `style-src` does not govern.
 */
export async function registerSecurityHeaders(
  app: FastifyInstance,
  { secureCookies }: { secureCookies: boolean },
) {
  await app.register(helmet, {
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
}
