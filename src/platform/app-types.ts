import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { FastifyBaseLogger, FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { CprCipher } from '../participants/cpr.ts';
import type { DatabaseHandle } from './db.ts';

/** The Fastify instance every route module registers on (Zod-typed). */
export type App = FastifyInstance<
  Server,
  IncomingMessage,
  ServerResponse,
  FastifyBaseLogger,
  ZodTypeProvider
>;

/** What route modules are given: the database and the few process-wide services. */
export interface RouteDeps {
  database: DatabaseHandle;
  secureCookies: boolean;
  cpr: CprCipher;
}
