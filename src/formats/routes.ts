import type { App } from '../platform/app-types.ts';
import { courseParams } from '../platform/schemas.ts';
import { expectedVersion, sendVersion } from '../platform/versions.ts';
import type { RouteDeps } from '../route-deps.ts';
import { applyFormatToCourse, readCourseFormats, stopCourseFormat } from './course-service.ts';
import {
  applyFormat,
  courseFormatParams,
  courseFormatSaved,
  courseFormats,
  formatHistory,
  formatInput,
  formatList,
  formatParams,
  formatSaved,
  newFormat,
  partnershipParams,
} from './schemas.ts';
import {
  changeFormat,
  createFormat,
  listFormats,
  readFormat,
  formatHistory as readHistory,
} from './service.ts';

const tags = ['formats'];

export function formatsRoutes(app: App, { work }: RouteDeps) {
  // The partnership's formats: its development group reads and edits them (the default is read-only).
  const base = '/api/partnerships/:id/formats';
  app.get(
    base,
    {
      config: { access: 'partnershipReport' },
      schema: { tags, params: partnershipParams, response: { 200: formatList } },
    },
    (req) => work.actor(req, (scope) => listFormats(scope, req.params.id)),
  );

  app.post(
    base,
    {
      config: { access: 'partnershipReport' },
      schema: { tags, params: partnershipParams, body: newFormat, response: { 201: formatSaved } },
    },
    async (req, reply) => {
      const format = await work.actor(req, (scope) => createFormat(scope, req.params.id, req.body));
      sendVersion(reply, format.version);
      return reply.code(201).send({ format });
    },
  );

  app.get(
    `${base}/:formatId`,
    {
      config: { access: 'partnershipReport' },
      schema: { tags, params: formatParams, response: { 200: formatSaved } },
    },
    async (req, reply) => {
      const format = await work.actor(req, (scope) => readFormat(scope, req.params.id, req.params.formatId));
      sendVersion(reply, format.version);
      return { format };
    },
  );

  app.put(
    `${base}/:formatId`,
    {
      config: { access: 'partnershipReport' },
      schema: { tags, params: formatParams, body: formatInput, response: { 200: formatSaved } },
    },
    async (req, reply) => {
      const expected = expectedVersion(req);
      const format = await work.actor(req, (scope) =>
        changeFormat(scope, req.params.id, req.params.formatId, req.body, expected),
      );
      sendVersion(reply, format.version);
      return { format };
    },
  );

  app.get(
    `${base}/:formatId/history`,
    {
      config: { access: 'partnershipReport' },
      schema: { tags, params: formatParams, response: { 200: formatHistory } },
    },
    (req) => work.actor(req, (scope) => readHistory(scope, req.params.id, req.params.formatId)),
  );

  // On a course: which format is in use and its next meetings; applying plans them.
  app.get(
    '/api/courses/:courseId/formats',
    {
      config: { access: { course: 'meetings.read' } },
      schema: { tags, params: courseParams, response: { 200: courseFormats } },
    },
    (req) => work.course(req, readCourseFormats),
  );

  app.post(
    '/api/courses/:courseId/formats',
    {
      config: { access: { course: 'meetings.write' } },
      schema: { tags, params: courseParams, body: applyFormat, response: { 201: courseFormatSaved } },
    },
    async (req, reply) => {
      const { created: _, ...saved } = await work.course(req, (scope) =>
        applyFormatToCourse(scope, req.body),
      );
      sendVersion(reply, saved.courseFormat.version);
      return reply.code(201).send(saved);
    },
  );

  app.post(
    '/api/courses/:courseId/formats/:courseFormatId/stop',
    {
      config: { access: { course: 'meetings.write' } },
      schema: { tags, params: courseFormatParams, response: { 200: courseFormatSaved } },
    },
    async (req, reply) => {
      const expected = expectedVersion(req);
      const saved = await work.course(req, (scope) =>
        stopCourseFormat(scope, req.params.courseFormatId, expected),
      );
      sendVersion(reply, saved.courseFormat.version);
      return saved;
    },
  );
}
