import { z } from 'zod';
import { actorOf } from '../auth/plugin.ts';
import type { App, RouteDeps } from '../platform/app-types.ts';
import { courseParams } from '../platform/schemas.ts';
import { inScope } from '../platform/scope.ts';
import { consentParams, consentView, giveConsentBody, withdrawBody } from './schemas.ts';
import { consentRecipients, getConsents, recordConsent, withdrawConsent } from './service.ts';

export function consentsRoutes(app: App, { database }: RouteDeps) {
  const { db } = database;

  app.get(
    '/api/courses/:courseId/consents',
    {
      config: { access: { course: 'consents.read' } },
      schema: {
        tags: ['consents'],
        params: courseParams,
        response: { 200: z.object({ consents: z.array(consentView) }) },
      },
    },
    (req) => inScope(db, actorOf(req), (scope) => getConsents(scope, req.params.courseId)),
  );

  app.post(
    '/api/courses/:courseId/consents',
    {
      config: { access: { course: 'consents.write' } },
      schema: {
        tags: ['consents'],
        params: courseParams,
        body: giveConsentBody,
        response: { 201: z.object({ consent: consentView }) },
      },
    },
    async (req, reply) => {
      const result = await inScope(db, actorOf(req), (scope) =>
        recordConsent(scope, req.params.courseId, req.body),
      );
      return reply.code(201).send(result);
    },
  );

  app.post(
    '/api/courses/:courseId/consents/:consentId/withdraw',
    {
      config: { access: { course: 'consents.withdraw' } },
      schema: {
        tags: ['consents'],
        params: consentParams,
        body: withdrawBody,
        response: { 200: z.object({ consent: consentView }) },
      },
    },
    (req) =>
      inScope(db, actorOf(req), (scope) =>
        withdrawConsent(scope, req.params.courseId, req.params.consentId, req.body?.withdrawnOn),
      ),
  );

  app.get(
    '/api/courses/:courseId/consent-recipients',
    {
      config: { access: { course: 'consents.write' } },
      schema: {
        tags: ['consents'],
        params: courseParams,
        response: { 200: z.object({ companies: z.array(z.object({ id: z.string(), name: z.string() })) }) },
      },
    },
    (req) => inScope(db, actorOf(req), (scope) => consentRecipients(scope, req.params.courseId)),
  );
}
