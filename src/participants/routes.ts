import { z } from 'zod';
import { courseGrants } from '../auth/access.ts';
import { actorOf } from '../auth/plugin.ts';
import type { App, RouteDeps } from '../platform/app-types.ts';
import { inScope } from '../platform/scope.ts';

/** A young person's own courses: where their own page starts. */
export function participantRoutes(app: App, { database }: RouteDeps) {
  app.get(
    '/api/me/courses',
    {
      config: { access: 'signedIn' },
      schema: {
        tags: ['participants'],
        response: { 200: z.object({ courses: z.array(z.object({ courseId: z.string() })) }) },
      },
    },
    (req) =>
      inScope(database.db, actorOf(req), async (scope) => {
        const grants = await courseGrants(scope);
        const own = [...grants.values()].filter((g) => g.side === 'participant');
        return { courses: own.map((g) => ({ courseId: g.courseId })) };
      }),
  );
}
