import type { App } from '../platform/app-types.ts';
import { courseParams } from '../platform/schemas.ts';
import { expectedVersion, sendVersion } from '../platform/versions.ts';
import type { RouteDeps } from '../route-deps.ts';
import { pdfFileName } from './file-name.ts';
import { renderLetterPdf } from './pdf.ts';
import { draftPatch, draftSaved, letterList, letterParams, letterSaved } from './schemas.ts';
import {
  approveDraft,
  createDraft,
  editDraft,
  letterDocument,
  listLetters,
  readLetter,
  startCorrection,
} from './service.ts';

export function statusLetterRoutes(app: App, { work }: RouteDeps) {
  const tags = ['statusLetters'];
  app.get(
    '/api/courses/:courseId/status-letters',
    {
      config: { access: { course: 'statusLetters.read' } },
      schema: { tags, params: courseParams, response: { 200: letterList } },
    },
    (req) => work.course(req, listLetters),
  );

  app.post(
    '/api/courses/:courseId/status-letters/draft',
    {
      config: { access: { course: 'statusLetters.write' } },
      schema: { tags, params: courseParams, response: { 201: draftSaved } },
    },
    async (req, reply) => {
      const draft = await work.course(req, createDraft);
      sendVersion(reply, draft.version);
      return reply.code(201).send({ draft });
    },
  );

  app.patch(
    '/api/courses/:courseId/status-letters/draft',
    {
      config: { access: { course: 'statusLetters.write' } },
      schema: { tags, params: courseParams, body: draftPatch, response: { 200: draftSaved } },
    },
    async (req, reply) => {
      const expected = expectedVersion(req);
      const draft = await work.course(req, (scope) => editDraft(scope, req.body, expected));
      sendVersion(reply, draft.version);
      return { draft };
    },
  );

  app.post(
    '/api/courses/:courseId/status-letters/draft/approve',
    {
      config: { access: { course: 'statusLetters.write' } },
      schema: { tags, params: courseParams, response: { 201: letterSaved } },
    },
    async (req, reply) => {
      const expected = expectedVersion(req);
      const letter = await work.course(req, (scope) => approveDraft(scope, expected));
      return reply.code(201).send({ letter });
    },
  );

  app.get(
    '/api/courses/:courseId/status-letters/:letterId',
    {
      config: { access: { course: 'statusLetters.read' } },
      schema: { tags, params: letterParams, response: { 200: letterSaved } },
    },
    async (req) => ({ letter: await work.course(req, (scope) => readLetter(scope, req.params.letterId)) }),
  );

  app.post(
    '/api/courses/:courseId/status-letters/:letterId/correction',
    {
      config: { access: { course: 'statusLetters.write' } },
      schema: { tags, params: letterParams, response: { 201: draftSaved } },
    },
    async (req, reply) => {
      const draft = await work.course(req, (scope) => startCorrection(scope, req.params.letterId));
      sendVersion(reply, draft.version);
      return reply.code(201).send({ draft });
    },
  );

  app.get(
    '/api/courses/:courseId/status-letters/:letterId/pdf',
    {
      config: { access: { course: 'statusLetters.read' } },
      schema: { tags, params: letterParams, produces: ['application/pdf'] },
    },
    async (req, reply) => {
      // The document is cut to this reader inside the request's transaction; drawing it needs none.
      const doc = await work.course(req, (scope) => letterDocument(scope, req.params.letterId));
      const pdf = await renderLetterPdf(doc);
      const { ascii, utf8 } = pdfFileName(doc);
      return reply
        .header('content-type', 'application/pdf')
        .header('content-disposition', `attachment; filename="${ascii}"; filename*=UTF-8''${utf8}`)
        .header('cache-control', 'no-store')
        .send(pdf);
    },
  );
}
