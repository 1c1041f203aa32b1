import type { App } from '../platform/app-types.ts';
import { courseParams } from '../platform/schemas.ts';
import { optionalExpectedVersion, sendVersion } from '../platform/versions.ts';
import type { RouteDeps } from '../route-deps.ts';
import { createReferral, referralOptions } from './referral.ts';
import {
  courseSteps,
  newReferral,
  referralCreated,
  referralOptions as referralOptionsSchema,
  stepInput,
  stepParams,
  stepSaved,
} from './schemas.ts';
import { listSteps, recordStep } from './service.ts';

export function courseStepsRoutes(app: App, { work, cpr }: RouteDeps) {
  // Who may refer is decided per partnership in the service (a caseworker or coordinator of one of its parties).
  app.get(
    '/api/referrals/options',
    {
      config: { access: 'signedIn' },
      schema: { tags: ['course steps'], response: { 200: referralOptionsSchema } },
    },
    (req) => work.actor(req, referralOptions),
  );

  app.post(
    '/api/referrals',
    {
      config: { access: 'signedIn' },
      schema: { tags: ['course steps'], body: newReferral, response: { 201: referralCreated } },
    },
    async (req, reply) => {
      const created = await work.actor(req, (scope) => createReferral(scope, cpr, req.body));
      return reply.code(201).send(created);
    },
  );

  app.get(
    '/api/courses/:courseId/steps',
    {
      config: { access: { course: 'course.read' } },
      schema: { tags: ['course steps'], params: courseParams, response: { 200: courseSteps } },
    },
    (req) => work.course(req, listSteps),
  );

  // Records a step, or (with If-Match) changes it as a new version.
  app.put(
    '/api/courses/:courseId/steps/:kind',
    {
      config: { access: { course: 'courseSteps.write' } },
      schema: { tags: ['course steps'], params: stepParams, body: stepInput, response: { 200: stepSaved } },
    },
    async (req, reply) => {
      const expected = optionalExpectedVersion(req);
      const step = await work.course(req, (scope) => recordStep(scope, req.params.kind, req.body, expected));
      sendVersion(reply, step.version);
      return { step };
    },
  );
}
