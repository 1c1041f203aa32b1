import type { App } from '../platform/app-types.ts';
import { expectedVersion, sendVersion } from '../platform/versions.ts';
import type { RouteDeps } from '../route-deps.ts';
import { addAssessment, addContact, addOpening, changeContact, changeOpening } from './parts.ts';
import {
  assessmentSaved,
  companyDetail,
  companyList,
  companyParams,
  companyPatch,
  companyQuery,
  companySaved,
  contactParams,
  contactPatch,
  contactSaved,
  newAssessment,
  newCompany,
  newContact,
  newOpening,
  newWorkplace,
  openingParams,
  openingPatch,
  openingSaved,
  workplaceList,
  workplaceParams,
  workplacePatch,
  workplaceSaved,
} from './schemas.ts';
import { changeCompany, createCompany, getCompany, listCompanies } from './service.ts';
import { changeWorkplace, createWorkplace, listWorkplaces } from './workplaces.ts';

/**
 * The institution's company network and its own workplaces. Access is the network's
 * (src/companies/access.ts): the service answers 404 for anything outside the actor's networks.
 */
export function companyRoutes(app: App, { work }: RouteDeps) {
  const config = { access: 'companyNetwork' as const };
  const tags = ['companies'];

  app.get(
    '/api/companies',
    { config, schema: { tags, querystring: companyQuery, response: { 200: companyList } } },
    (req) => work.actor(req, (scope) => listCompanies(scope, req.query)),
  );

  app.post(
    '/api/companies',
    { config, schema: { tags, body: newCompany, response: { 201: companySaved } } },
    async (req, reply) => {
      const company = await work.actor(req, (scope) => createCompany(scope, req.body));
      sendVersion(reply, company.version);
      return reply.code(201).send({ company });
    },
  );

  app.get(
    '/api/companies/:companyId',
    { config, schema: { tags, params: companyParams, response: { 200: companyDetail } } },
    async (req, reply) => {
      const detail = await work.actor(req, (scope) => getCompany(scope, req.params.companyId));
      sendVersion(reply, detail.company.version);
      return detail;
    },
  );

  app.patch(
    '/api/companies/:companyId',
    { config, schema: { tags, params: companyParams, body: companyPatch, response: { 200: companySaved } } },
    async (req, reply) => {
      const expected = expectedVersion(req);
      const company = await work.actor(req, (scope) =>
        changeCompany(scope, req.params.companyId, req.body, expected),
      );
      sendVersion(reply, company.version);
      return { company };
    },
  );

  app.post(
    '/api/companies/:companyId/contacts',
    { config, schema: { tags, params: companyParams, body: newContact, response: { 201: contactSaved } } },
    async (req, reply) => {
      const contact = await work.actor(req, (scope) => addContact(scope, req.params.companyId, req.body));
      return reply.code(201).send({ contact });
    },
  );

  app.patch(
    '/api/companies/:companyId/contacts/:contactId',
    { config, schema: { tags, params: contactParams, body: contactPatch, response: { 200: contactSaved } } },
    async (req) => ({
      contact: await work.actor(req, (scope) =>
        changeContact(scope, req.params.companyId, req.params.contactId, req.body),
      ),
    }),
  );

  /** Removing a contact marks it removed; the row stays (an internship may name them). */
  app.post(
    '/api/companies/:companyId/contacts/:contactId/remove',
    { config, schema: { tags, params: contactParams, response: { 200: contactSaved } } },
    async (req) => ({
      contact: await work.actor(req, (scope) =>
        changeContact(scope, req.params.companyId, req.params.contactId, 'remove'),
      ),
    }),
  );

  app.post(
    '/api/companies/:companyId/capacity',
    {
      config,
      schema: { tags, params: companyParams, body: newAssessment, response: { 201: assessmentSaved } },
    },
    async (req, reply) => {
      const assessment = await work.actor(req, (scope) =>
        addAssessment(scope, req.params.companyId, req.body),
      );
      return reply.code(201).send({ assessment });
    },
  );

  app.post(
    '/api/companies/:companyId/openings',
    { config, schema: { tags, params: companyParams, body: newOpening, response: { 201: openingSaved } } },
    async (req, reply) => {
      const opening = await work.actor(req, (scope) => addOpening(scope, req.params.companyId, req.body));
      sendVersion(reply, opening.version);
      return reply.code(201).send({ opening });
    },
  );

  app.patch(
    '/api/companies/:companyId/openings/:openingId',
    { config, schema: { tags, params: openingParams, body: openingPatch, response: { 200: openingSaved } } },
    async (req, reply) => {
      const expected = expectedVersion(req);
      const opening = await work.actor(req, (scope) =>
        changeOpening(scope, req.params.companyId, req.params.openingId, req.body, expected),
      );
      sendVersion(reply, opening.version);
      return { opening };
    },
  );

  app.get('/api/workplaces', { config, schema: { tags, response: { 200: workplaceList } } }, (req) =>
    work.actor(req, listWorkplaces),
  );

  app.post(
    '/api/workplaces',
    { config, schema: { tags, body: newWorkplace, response: { 201: workplaceSaved } } },
    async (req, reply) => {
      const workplace = await work.actor(req, (scope) => createWorkplace(scope, req.body));
      sendVersion(reply, workplace.version);
      return reply.code(201).send({ workplace });
    },
  );

  /** A change; `active: false` deactivates the workplace. */
  app.patch(
    '/api/workplaces/:workplaceId',
    {
      config,
      schema: { tags, params: workplaceParams, body: workplacePatch, response: { 200: workplaceSaved } },
    },
    async (req, reply) => {
      const expected = expectedVersion(req);
      const workplace = await work.actor(req, (scope) =>
        changeWorkplace(scope, req.params.workplaceId, req.body, expected),
      );
      sendVersion(reply, workplace.version);
      return { workplace };
    },
  );
}
