import type { FastifyReply } from 'fastify';
import type { App } from '../platform/app-types.ts';
import { courseParams } from '../platform/schemas.ts';
import { expectedVersion, sendVersion } from '../platform/versions.ts';
import type { RouteDeps } from '../route-deps.ts';
import { mentorInternships } from './mentor.ts';
import { renderInternshipPdf } from './pdf.ts';
import {
  internshipChoices as choicesList,
  endInternship as endBody,
  followUpSaved,
  handoverSaved,
  internshipDetail,
  internshipList,
  internshipParams,
  internshipPatch,
  internshipSaved,
  mentorInternships as mentorList,
  newFollowUp,
  newHandover,
  newInternship,
  newObservation,
  observationSaved,
} from './schemas.ts';
import {
  addFollowUp,
  changeInternship,
  createInternship,
  endInternship,
  handOver,
  internshipChoices,
  internshipPdfDocument,
  listInternships,
  observe,
  readInternship,
} from './service.ts';

/** The view is whole before presentation, so it always has its version. */
const versionOf = (reply: FastifyReply, version: number | undefined) => {
  if (version !== undefined) sendVersion(reply, version);
};

/** Internship agreements on a course (report §8.6), and the company mentor's own page. */
export function internshipRoutes(app: App, { work }: RouteDeps) {
  const tags = ['internships'];
  const base = '/api/courses/:courseId/internships';
  app.get(
    base,
    {
      config: { access: { course: 'internships.read' } },
      schema: { tags, params: courseParams, response: { 200: internshipList } },
    },
    (req) => work.course(req, listInternships),
  );

  app.post(
    base,
    {
      config: { access: { course: 'internships.write' } },
      schema: { tags, params: courseParams, body: newInternship, response: { 201: internshipSaved } },
    },
    async (req, reply) => {
      const internship = await work.course(req, (scope) => createInternship(scope, req.body));
      versionOf(reply, internship.version);
      return reply.code(201).send({ internship });
    },
  );

  /** The form's choices: the course's institution network (companies, mentors, open places). */
  app.get(
    `${base}/choices`,
    {
      config: { access: { course: 'internships.write' } },
      schema: { tags, params: courseParams, response: { 200: choicesList } },
    },
    (req) => work.course(req, internshipChoices),
  );

  app.get(
    `${base}/:internshipId`,
    {
      config: { access: { course: 'internships.read' } },
      schema: { tags, params: internshipParams, response: { 200: internshipDetail } },
    },
    async (req, reply) => {
      const detail = await work.course(req, (scope) => readInternship(scope, req.params.internshipId));
      versionOf(reply, detail.internship.version);
      return detail;
    },
  );

  app.patch(
    `${base}/:internshipId`,
    {
      config: { access: { course: 'internships.write' } },
      schema: { tags, params: internshipParams, body: internshipPatch, response: { 200: internshipSaved } },
    },
    async (req, reply) => {
      const expected = expectedVersion(req);
      const internship = await work.course(req, (scope) =>
        changeInternship(scope, req.params.internshipId, req.body, expected),
      );
      versionOf(reply, internship.version);
      return { internship };
    },
  );

  /** Ending sets the date and the reason; nothing is deleted. */
  app.post(
    `${base}/:internshipId/end`,
    {
      config: { access: { course: 'internships.write' } },
      schema: { tags, params: internshipParams, body: endBody, response: { 200: internshipSaved } },
    },
    async (req, reply) => {
      const expected = expectedVersion(req);
      const internship = await work.course(req, (scope) =>
        endInternship(scope, req.params.internshipId, req.body, expected),
      );
      versionOf(reply, internship.version);
      return { internship };
    },
  );

  app.post(
    `${base}/:internshipId/follow-ups`,
    {
      config: { access: { course: 'internships.write' } },
      schema: { tags, params: internshipParams, body: newFollowUp, response: { 201: followUpSaved } },
    },
    async (req, reply) =>
      reply
        .code(201)
        .send(await work.course(req, (scope) => addFollowUp(scope, req.params.internshipId, req.body))),
  );

  app.post(
    `${base}/:internshipId/handovers`,
    {
      config: { access: { course: 'internships.write' } },
      schema: { tags, params: internshipParams, body: newHandover, response: { 201: handoverSaved } },
    },
    async (req, reply) =>
      reply
        .code(201)
        .send(await work.course(req, (scope) => handOver(scope, req.params.internshipId, req.body))),
  );

  app.post(
    `${base}/:internshipId/observations`,
    {
      config: { access: { course: 'internships.observe' } },
      schema: { tags, params: internshipParams, body: newObservation, response: { 201: observationSaved } },
    },
    async (req, reply) =>
      reply
        .code(201)
        .send(await work.course(req, (scope) => observe(scope, req.params.internshipId, req.body))),
  );

  app.get(
    `${base}/:internshipId/pdf`,
    {
      config: { access: { course: 'internships.read' } },
      schema: { tags, params: internshipParams, produces: ['application/pdf'] },
    },
    async (req, reply) => {
      // The agreement is cut to this reader inside the request's transaction; drawing it needs none.
      const view = await work.course(req, (scope) => internshipPdfDocument(scope, req.params.internshipId));
      const pdf = await renderInternshipPdf(view);
      const name = `praktikaftale-${view.startsOn ?? 'uden-dato'}.pdf`;
      return reply
        .header('content-type', 'application/pdf')
        .header('content-disposition', `attachment; filename="${name}"`)
        .header('cache-control', 'no-store')
        .send(pdf);
    },
  );

  app.get(
    '/api/me/internships',
    {
      // Signed in is enough: only the actor's own internships as mentor, each cut by its course's grant.
      config: { access: 'signedIn' },
      schema: { tags, response: { 200: mentorList } },
    },
    (req) => work.actor(req, mentorInternships),
  );
}
