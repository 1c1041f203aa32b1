import { z } from 'zod';
import { presentedAs } from '../auth/present.ts';
import type { App } from '../platform/app-types.ts';
import { appliedMigrations } from '../platform/migrate.ts';
import type { RouteDeps } from '../route-deps.ts';

const health = presentedAs(
  'public',
  z.object({
    status: z.enum(['ok', 'degraded']),
    database: z.object({
      state: z.enum(['up', 'down']),
      kind: z.enum(['pglite', 'postgres']),
      migrations: z.number().int().nullable(),
    }),
  }),
);

export function healthRoutes(app: App, { database }: RouteDeps) {
  app.get(
    '/api/health',
    { config: { access: 'public' }, schema: { tags: ['health'], response: { 200: health, 503: health } } },
    async (_req, reply) => {
      try {
        const migrations = await appliedMigrations(database.pool);
        return { status: 'ok' as const, database: { state: 'up' as const, kind: database.kind, migrations } };
      } catch {
        return reply.code(503).send({
          status: 'degraded' as const,
          database: { state: 'down' as const, kind: database.kind, migrations: null },
        });
      }
    },
  );
}
