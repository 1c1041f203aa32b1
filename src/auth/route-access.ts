import type { CourseGrant } from './access.ts';
import type { Actor } from './actor.ts';
import type { Permission } from './permissions.ts';

/**
 * Every /api route declares who may call it (in its `config.access`); the app refuses to start
 * with a route that does not.
 * - public: anyone, signed in or not
 * - signedIn: any signed-in user (the handler only touches the actor's own data)
 * - course: a course-team member holding this permission on the course in the URL; checked once,
 *   before the handler runs (src/auth/course-access.ts)
 * - partnershipReport: a leader or development-group member of one of the partnership's parties
 * - administrator: a user with the administrator role (src/admin/access.ts)
 * - companyNetwork: a signed-in user; the service decides which institution's company network
 *   they read or change (src/companies/access.ts), and the response carries class `companies`
 */
export type RouteAccess =
  | 'public'
  | 'signedIn'
  | { course: Permission }
  | 'partnershipReport'
  | 'administrator'
  | 'companyNetwork';

declare module 'fastify' {
  interface FastifyContextConfig {
    access?: RouteAccess;
  }
  interface FastifyInstance {
    /** Every /api route with its access rule, as registered. */
    routeTable: Array<{
      method: string;
      url: string;
      access: RouteAccess;
      response?: Record<string, unknown>;
    }>;
  }
  interface FastifyRequest {
    actor: Actor | null;
    /** The grant the route's course permission gave, set before the handler runs. */
    grant: CourseGrant | null;
    /** The actor's grants on the route's course, read with the session (src/auth/plugin.ts). */
    courseGrants: Map<string, CourseGrant> | null;
  }
}
