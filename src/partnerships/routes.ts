import type { App } from '../platform/app-types.ts';
import { expectedVersion, sendVersion } from '../platform/versions.ts';
import type { RouteDeps } from '../route-deps.ts';
import {
  approveAgreement,
  changeAgreement,
  compareVersions,
  readAgreement,
  readAgreementVersion,
} from './agreement.ts';
import {
  agreement,
  agreementInput,
  agreementParams,
  agreementVersion,
  compareQuery,
  comparison,
  versionParams,
} from './agreement-schemas.ts';

const tags = ['partnerships'];

/**
 * The partnership agreement: the development group reads it, the parties' leaders change and
 * approve it (the service decides; route access `partnershipReport` gives the class `statistics`).
 * The approval route comes before the change route: the authorization matrix calls routes in this
 * order, and approving is only allowed on the newest version.
 */
export function partnershipRoutes(app: App, { work }: RouteDeps) {
  const base = '/api/partnerships/:id/agreement';
  app.get(
    base,
    {
      config: { access: 'partnershipReport' },
      schema: { tags, params: agreementParams, response: { 200: agreement } },
    },
    async (req, reply) => {
      const current = await work.actor(req, (scope) => readAgreement(scope, req.params.id));
      sendVersion(reply, current.version ?? 0);
      return current;
    },
  );

  app.get(
    `${base}/versions/:version`,
    {
      config: { access: 'partnershipReport' },
      schema: { tags, params: versionParams, response: { 200: agreementVersion } },
    },
    (req) => work.actor(req, (scope) => readAgreementVersion(scope, req.params.id, req.params.version)),
  );

  app.get(
    `${base}/compare`,
    {
      config: { access: 'partnershipReport' },
      schema: { tags, params: agreementParams, querystring: compareQuery, response: { 200: comparison } },
    },
    (req) => work.actor(req, (scope) => compareVersions(scope, req.params.id, req.query.from, req.query.to)),
  );

  app.post(
    `${base}/versions/:version/approve`,
    {
      config: { access: 'partnershipReport' },
      schema: { tags, params: versionParams, response: { 200: agreementVersion } },
    },
    (req) => work.actor(req, (scope) => approveAgreement(scope, req.params.id, req.params.version)),
  );

  app.put(
    base,
    {
      config: { access: 'partnershipReport' },
      schema: { tags, params: agreementParams, body: agreementInput, response: { 200: agreement } },
    },
    async (req, reply) => {
      const expected = expectedVersion(req);
      const saved = await work.actor(req, (scope) =>
        changeAgreement(scope, req.params.id, req.body, expected),
      );
      sendVersion(reply, saved.version ?? 0);
      return saved;
    },
  );
}
