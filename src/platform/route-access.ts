import type { Permission } from '../auth/permissions.ts';

/**
 * Every /api route declares who may call it (in its `config.access`); the app refuses to start
 * with a route that does not, and the authorization matrix test is generated from these.
 * - public: anyone, signed in or not
 * - signedIn: any signed-in user (the handler only touches the actor's own data)
 * - course: a course-team member holding this permission on the course in the URL
 * - partnershipReport: a leader or development-group member of one of the partnership's parties
 */
export type RouteAccess = 'public' | 'signedIn' | { course: Permission } | 'partnershipReport';

declare module 'fastify' {
  interface FastifyContextConfig {
    access?: RouteAccess;
  }
  interface FastifyInstance {
    /** Every /api route with its access rule, as registered: the authorization matrix reads it. */
    routeTable: Array<{ method: string; url: string; access: RouteAccess }>;
  }
  interface FastifyRequest {
    actor: import('../auth/actor.ts').Actor | null;
  }
}
