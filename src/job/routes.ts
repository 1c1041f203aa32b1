import type { App } from '../platform/app-types.ts';
import { courseParams } from '../platform/schemas.ts';
import { expectedVersion, sendVersion } from '../platform/versions.ts';
import type { RouteDeps } from '../route-deps.ts';
import { changeJobAgreement, createJobAgreement, listJobAgreements } from './agreements.ts';
import { createWorkEfficiency, listWorkEfficiency } from './efficiency.ts';
import { workOptions } from './options.ts';
import {
  agreementParams,
  jobAgreementList,
  jobAgreementPatch,
  jobAgreementSaved,
  newJobAgreement,
  newWorkEfficiency,
  newWorkTrial,
  trialParams,
  workEfficiencyList,
  workEfficiencySaved,
  workOptions as workOptionsView,
  workTrialList,
  workTrialPatch,
  workTrialSaved,
} from './schemas.ts';
import { changeWorkTrial, createWorkTrial, listWorkTrials } from './trials.ts';

/** Work trials, work efficiency and the job agreement of a course (DOMAIN.md "Company collaboration"). */
export function jobRoutes(app: App, { work }: RouteDeps) {
  const tags = ['job'];
  const trials = '/api/courses/:courseId/work-trials';
  const efficiency = '/api/courses/:courseId/work-efficiency';
  const agreements = '/api/courses/:courseId/job-agreements';

  app.get(
    '/api/courses/:courseId/work-options',
    {
      config: { access: { course: 'workAssessment.read' } },
      schema: { tags, params: courseParams, response: { 200: workOptionsView } },
    },
    (req) => work.course(req, workOptions),
  );

  app.get(
    trials,
    {
      config: { access: { course: 'workAssessment.read' } },
      schema: { tags, params: courseParams, response: { 200: workTrialList } },
    },
    (req) => work.course(req, listWorkTrials),
  );
  app.post(
    trials,
    {
      config: { access: { course: 'workAssessment.write' } },
      schema: { tags, params: courseParams, body: newWorkTrial, response: { 201: workTrialSaved } },
    },
    async (req, reply) => {
      const workTrial = await work.course(req, (scope) => createWorkTrial(scope, req.body));
      sendVersion(reply, workTrial.version);
      return reply.code(201).send({ workTrial });
    },
  );
  app.patch(
    `${trials}/:trialId`,
    {
      config: { access: { course: 'workAssessment.write' } },
      schema: { tags, params: trialParams, body: workTrialPatch, response: { 200: workTrialSaved } },
    },
    async (req, reply) => {
      const expected = expectedVersion(req);
      const workTrial = await work.course(req, (scope) =>
        changeWorkTrial(scope, req.params.trialId, req.body, expected),
      );
      sendVersion(reply, workTrial.version);
      return { workTrial };
    },
  );

  app.get(
    efficiency,
    {
      config: { access: { course: 'workAssessment.read' } },
      schema: { tags, params: courseParams, response: { 200: workEfficiencyList } },
    },
    (req) => work.course(req, listWorkEfficiency),
  );
  app.post(
    efficiency,
    {
      config: { access: { course: 'workAssessment.write' } },
      schema: {
        tags,
        params: courseParams,
        body: newWorkEfficiency,
        response: { 201: workEfficiencySaved },
      },
    },
    async (req, reply) => {
      const assessment = await work.course(req, (scope) => createWorkEfficiency(scope, req.body));
      return reply.code(201).send({ assessment });
    },
  );

  app.get(
    agreements,
    {
      config: { access: { course: 'job.read' } },
      schema: { tags, params: courseParams, response: { 200: jobAgreementList } },
    },
    (req) => work.course(req, listJobAgreements),
  );
  app.post(
    agreements,
    {
      config: { access: { course: 'job.write' } },
      schema: { tags, params: courseParams, body: newJobAgreement, response: { 201: jobAgreementSaved } },
    },
    async (req, reply) => {
      const jobAgreement = await work.course(req, (scope) => createJobAgreement(scope, req.body));
      sendVersion(reply, jobAgreement.version);
      return reply.code(201).send({ jobAgreement });
    },
  );
  /** A change, and the job centre's grant (`grantedOn`). */
  app.patch(
    `${agreements}/:agreementId`,
    {
      config: { access: { course: 'job.write' } },
      schema: {
        tags,
        params: agreementParams,
        body: jobAgreementPatch,
        response: { 200: jobAgreementSaved },
      },
    },
    async (req, reply) => {
      const expected = expectedVersion(req);
      const jobAgreement = await work.course(req, (scope) =>
        changeJobAgreement(scope, req.params.agreementId, req.body, expected),
      );
      sendVersion(reply, jobAgreement.version);
      return { jobAgreement };
    },
  );
}
