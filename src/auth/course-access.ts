import type { FastifyInstance, FastifyRequest } from 'fastify';
import type {
  KyselyPlugin,
  PluginTransformQueryArgs,
  PluginTransformResultArgs,
  QueryResult,
  RootOperationNode,
  UnknownRow,
} from 'kysely';
import { audit } from '../audit/audit.ts';
import type { Db } from '../platform/db.ts';
import { markWriting } from '../platform/idempotency.ts';
import { requireCourse } from './access.ts';
import { type CourseScope, courseScope, Refusal } from './course-scope.ts';
import { actorOf } from './plugin.ts';
import type { Scope } from './scope.ts';
import './route-access.ts';

/**
 * The route's declared course permission, enforced once for every course route before its
 * handler runs: the grant (course, role, consent categories) is put on the request, or the
 * request is refused with 404 and the attempt audited.
 */
export function registerCourseAccess(app: FastifyInstance, db: Db) {
  app.decorateRequest('grant', null);
  app.addHook('preHandler', async (req) => {
    const access = req.routeOptions.config.access;
    if (!access || typeof access !== 'object') return;
    const courseId = (req.params as { courseId?: unknown }).courseId;
    if (typeof courseId !== 'string')
      throw new Error(`course route ${req.routeOptions.url} has no :courseId`);
    req.grant = await requireCourse(db, actorOf(req), courseId, access.course, req.courseGrants ?? undefined);
  });
}

/** Fails a unit of work at its second statement: it would not share the first one's transaction. */
class OneStatement implements KyselyPlugin {
  #statements = 0;
  transformQuery({ node }: PluginTransformQueryArgs): RootOperationNode {
    return node;
  }
  async transformResult({ result }: PluginTransformResultArgs): Promise<QueryResult<UnknownRow>> {
    if (++this.#statements > 1) throw new Error('a one-statement course read ran a second statement');
    return result;
  }
}

/** How route handlers run their work: always in one transaction, always for the signed-in actor. */
export interface Work {
  /** Course work, bound to the grant the route's permission gave. */
  course<T>(req: FastifyRequest, work: (scope: CourseScope) => Promise<T>): Promise<T>;
  /**
   * A course read that is one statement (`scope.readAudited`): no begin and commit around it, since
   * PostgreSQL runs a statement as one transaction. A second statement is a programming error.
   */
  courseRead<T>(req: FastifyRequest, work: (scope: CourseScope) => Promise<T>): Promise<T>;
  /** The actor's own work across their courses (caseload, own page, reports). */
  actor<T>(req: FastifyRequest, work: (scope: Scope) => Promise<T>): Promise<T>;
}

export function workOn(db: Db): Work {
  return {
    async course(req, work) {
      const { grant } = req;
      if (!grant)
        throw new Error(`route ${req.routeOptions.url} runs course work without a course permission`);
      const actor = actorOf(req);
      try {
        return await db.transaction().execute(async (tx) => {
          await markWriting(tx, req.idempotency);
          return work(courseScope(tx, actor, grant));
        });
      } catch (error) {
        // The transaction is gone; the refusal is recorded on its own.
        if (error instanceof Refusal) await audit(db, actor, error.entry);
        throw error;
      }
    },
    async courseRead(req, work) {
      const { grant } = req;
      if (!grant) throw new Error(`route ${req.routeOptions.url} reads a course without a course permission`);
      if (req.idempotency) throw new Error(`route ${req.routeOptions.url} writes: it needs course work`);
      return work(courseScope(db.withPlugin(new OneStatement()), actorOf(req), grant));
    },
    actor(req, work) {
      const actor = actorOf(req);
      return db.transaction().execute(async (tx) => {
        await markWriting(tx, req.idempotency);
        return work({ tx, actor });
      });
    },
  };
}
