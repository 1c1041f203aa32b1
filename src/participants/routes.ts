import { z } from 'zod';
import { courseGrants } from '../auth/access.ts';
import { presentedAs } from '../auth/present.ts';
import type { App } from '../platform/app-types.ts';
import type { RouteDeps } from '../route-deps.ts';

const myCourses = presentedAs('self', z.object({ courses: z.array(z.object({ courseId: z.string() })) }));

/** A young person's own courses: where their own page starts. */
export function participantRoutes(app: App, { work }: RouteDeps) {
  app.get(
    '/api/me/courses',
    { config: { access: 'signedIn' }, schema: { tags: ['participants'], response: { 200: myCourses } } },
    (req) =>
      work.actor(req, async (scope) => {
        const grants = await courseGrants(scope.tx, scope.actor);
        const own = [...grants.values()].filter((g) => g.side === 'participant');
        return { courses: own.map((g) => ({ courseId: g.courseId })) };
      }),
  );
}
