import { actorOf } from '../auth/plugin.ts';
import type { App, RouteDeps } from '../platform/app-types.ts';
import { courseParams } from '../platform/schemas.ts';
import { inScope } from '../platform/scope.ts';
import { goalHistory, goalList, goalParams, goalPatch, goalSaved, newGoal } from './schemas.ts';
import { changeGoal, createGoal, listCourseGoals, goalHistory as readHistory } from './service.ts';

export function goalsRoutes(app: App, { database }: RouteDeps) {
  const { db } = database;

  app.get(
    '/api/courses/:courseId/goals',
    {
      config: { access: { course: 'goals.read' } },
      schema: { tags: ['goals'], params: courseParams, response: { 200: goalList } },
    },
    (req) => inScope(db, actorOf(req), (scope) => listCourseGoals(scope, req.params.courseId)),
  );

  app.post(
    '/api/courses/:courseId/goals',
    {
      config: { access: { course: 'goals.write' } },
      schema: { tags: ['goals'], params: courseParams, body: newGoal, response: { 201: goalSaved } },
    },
    async (req, reply) => {
      const goal = await inScope(db, actorOf(req), (scope) =>
        createGoal(scope, req.params.courseId, req.body),
      );
      return reply.code(201).send({ goal });
    },
  );

  app.patch(
    '/api/courses/:courseId/goals/:goalId',
    {
      config: { access: { course: 'goals.write' } },
      schema: { tags: ['goals'], params: goalParams, body: goalPatch, response: { 200: goalSaved } },
    },
    async (req) => {
      const { courseId, goalId } = req.params;
      return {
        goal: await inScope(db, actorOf(req), (scope) => changeGoal(scope, courseId, goalId, req.body)),
      };
    },
  );

  app.get(
    '/api/courses/:courseId/goals/:goalId/history',
    {
      config: { access: { course: 'goals.read' } },
      schema: { tags: ['goals'], params: goalParams, response: { 200: goalHistory } },
    },
    (req) => {
      const { courseId, goalId } = req.params;
      return inScope(db, actorOf(req), (scope) => readHistory(scope, courseId, goalId));
    },
  );
}
