import type { App } from '../platform/app-types.ts';
import { courseParams } from '../platform/schemas.ts';
import { expectedVersion, sendVersion } from '../platform/versions.ts';
import type { RouteDeps } from '../route-deps.ts';
import { goalHistory, goalList, goalParams, goalPatch, goalSaved, newGoal } from './schemas.ts';
import { changeGoal, createGoal, listCourseGoals, goalHistory as readHistory } from './service.ts';

export function goalsRoutes(app: App, { work }: RouteDeps) {
  app.get(
    '/api/courses/:courseId/goals',
    {
      config: { access: { course: 'goals.read' } },
      schema: { tags: ['goals'], params: courseParams, response: { 200: goalList } },
    },
    (req) => work.courseRead(req, listCourseGoals),
  );

  app.post(
    '/api/courses/:courseId/goals',
    {
      config: { access: { course: 'goals.write' } },
      schema: { tags: ['goals'], params: courseParams, body: newGoal, response: { 201: goalSaved } },
    },
    async (req, reply) => {
      const goal = await work.course(req, (scope) => createGoal(scope, req.body));
      sendVersion(reply, goal.version);
      return reply.code(201).send({ goal });
    },
  );

  app.patch(
    '/api/courses/:courseId/goals/:goalId',
    {
      config: { access: { course: 'goals.write' } },
      schema: { tags: ['goals'], params: goalParams, body: goalPatch, response: { 200: goalSaved } },
    },
    async (req, reply) => {
      const expected = expectedVersion(req);
      const goal = await work.course(req, (scope) =>
        changeGoal(scope, req.params.goalId, req.body, expected),
      );
      sendVersion(reply, goal.version);
      return { goal };
    },
  );

  app.get(
    '/api/courses/:courseId/goals/:goalId/history',
    {
      config: { access: { course: 'goals.read' } },
      schema: { tags: ['goals'], params: goalParams, response: { 200: goalHistory } },
    },
    (req) => work.course(req, (scope) => readHistory(scope, req.params.goalId)),
  );
}
