import type { App } from '../platform/app-types.ts';
import { courseParams } from '../platform/schemas.ts';
import type { RouteDeps } from '../route-deps.ts';
import { feltHeardBody, feltHeardParams, feltHeardSaved, ownMeetings } from './schemas.ts';
import { answerFeltHeard, getOwnMeetings } from './service.ts';

/** The young person's own meetings and "Følte du dig hørt?" (permission meetings.feedback: theirs alone). */
export function feltHeardRoutes(app: App, { work }: RouteDeps) {
  app.get(
    '/api/courses/:courseId/own-meetings',
    {
      config: { access: { course: 'meetings.feedback' } },
      schema: { tags: ['meetings'], params: courseParams, response: { 200: ownMeetings } },
    },
    (req) => work.course(req, (scope) => getOwnMeetings(scope)),
  );

  app.post(
    '/api/courses/:courseId/own-meetings/:meetingId/felt-heard',
    {
      config: { access: { course: 'meetings.feedback' } },
      schema: {
        tags: ['meetings'],
        params: feltHeardParams,
        body: feltHeardBody,
        response: { 201: feltHeardSaved },
      },
    },
    async (req, reply) => {
      const saved = await work.course(req, (scope) =>
        answerFeltHeard(scope, req.params.meetingId, req.body.answer),
      );
      return reply.status(201).send(saved);
    },
  );
}
