import type { App } from '../platform/app-types.ts';
import { courseParams } from '../platform/schemas.ts';
import type { RouteDeps } from '../route-deps.ts';
import {
  consentList,
  consentParams,
  consentSaved,
  giveConsentBody,
  narrowBody,
  consentRecipients as recipientList,
  withdrawBody,
} from './schemas.ts';
import { consentRecipients, getConsents, narrowConsent, recordConsent, withdrawConsent } from './service.ts';

export function consentsRoutes(app: App, { work }: RouteDeps) {
  app.get(
    '/api/courses/:courseId/consents',
    {
      config: { access: { course: 'consents.read' } },
      schema: { tags: ['consents'], params: courseParams, response: { 200: consentList } },
    },
    (req) => work.course(req, getConsents),
  );

  app.post(
    '/api/courses/:courseId/consents',
    {
      config: { access: { course: 'consents.write' } },
      schema: {
        tags: ['consents'],
        params: courseParams,
        body: giveConsentBody,
        response: { 201: consentSaved },
      },
    },
    async (req, reply) =>
      reply.code(201).send(await work.course(req, (scope) => recordConsent(scope, req.body))),
  );

  app.post(
    '/api/courses/:courseId/consents/:consentId/withdraw',
    {
      config: { access: { course: 'consents.withdraw' } },
      schema: {
        tags: ['consents'],
        params: consentParams,
        body: withdrawBody,
        response: { 200: consentSaved },
      },
    },
    (req) => work.course(req, (scope) => withdrawConsent(scope, req.params.consentId, req.body?.withdrawnOn)),
  );

  app.post(
    '/api/courses/:courseId/consents/:consentId/narrow',
    {
      config: { access: { course: 'consents.withdraw' } },
      schema: {
        tags: ['consents'],
        params: consentParams,
        body: narrowBody,
        response: { 200: consentSaved },
      },
    },
    (req) => work.course(req, (scope) => narrowConsent(scope, req.params.consentId, req.body.categories)),
  );

  app.get(
    '/api/courses/:courseId/consent-recipients',
    {
      config: { access: { course: 'consents.write' } },
      schema: { tags: ['consents'], params: courseParams, response: { 200: recipientList } },
    },
    (req) => work.course(req, consentRecipients),
  );
}
