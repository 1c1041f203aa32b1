import type { FastifyInstance, FastifyRequest } from 'fastify';
import { networkReader } from '../companies/access.ts';
import type { DataClass } from './data-classes.ts';
import { present, viewOf } from './present.ts';
import './route-access.ts';
import type { Reader } from './view-policy.ts';

const readerWithout = (classes: DataClass[]): Reader => ({
  side: 'self',
  organisationId: null,
  classes: new Set(classes),
});
const anyone = readerWithout(['public']);
const signedIn = readerWithout(['public', 'self']);
// The partnership's routes: its report (statistics) and the development group's own meetings,
// which belong to no course (src/meetings/desks.ts).
const reportReader = readerWithout(['public', 'self', 'statistics', 'meetings']);
const administrator = readerWithout(['public', 'self', 'administration']);

function readerOf(req: FastifyRequest): Reader {
  const access = req.routeOptions.config.access;
  if (typeof access === 'object') {
    if (!req.grant) throw new Error('course route without a grant');
    return req.grant;
  }
  if (access === 'partnershipReport') return reportReader;
  if (access === 'administrator') return administrator;
  if (access === 'companyNetwork') return networkReader;
  return req.actor ? signedIn : anyone;
}

/**
 * Every successful /api response is presented through the one view policy before it is
 * serialised: the reader gets only the fields their role and the young person's consent allow.
 */
export function registerPresentation(app: FastifyInstance) {
  app.addHook('onRoute', (route) => {
    if (!route.url.startsWith('/api') || route.schema?.hide) return;
    for (const [code, schema] of Object.entries(route.schema?.response ?? {})) {
      if (Number(code) < 300 && !viewOf(schema))
        throw new Error(
          `route ${route.method} ${route.url} answers ${code} without a view (src/auth/view-policy.ts)`,
        );
    }
  });
  app.addHook('preSerialization', async (req, reply, payload) => {
    if (reply.statusCode >= 300 || !req.routeOptions.url?.startsWith('/api')) return payload;
    const schema = (req.routeOptions.schema?.response as Record<string, unknown> | undefined)?.[
      String(reply.statusCode)
    ];
    const view = viewOf(schema);
    if (!view) return payload;
    return present(view, payload, readerOf(req));
  });
}
