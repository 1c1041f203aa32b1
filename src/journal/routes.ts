import type { App } from '../platform/app-types.ts';
import { courseParams } from '../platform/schemas.ts';
import type { RouteDeps } from '../route-deps.ts';
import { journalQuery, newNote, noteCreated, noteList } from './schemas.ts';
import { listJournal, writeNote } from './service.ts';

export function journalRoutes(app: App, { work }: RouteDeps) {
  app.get(
    '/api/courses/:courseId/journal',
    {
      config: { access: { course: 'journal.read' } },
      schema: {
        tags: ['journal'],
        params: courseParams,
        querystring: journalQuery,
        response: { 200: noteList },
      },
    },
    (req) => work.courseRead(req, (scope) => listJournal(scope, req.query)),
  );

  app.post(
    '/api/courses/:courseId/journal',
    {
      config: { access: { course: 'journal.write' } },
      schema: { tags: ['journal'], params: courseParams, body: newNote, response: { 201: noteCreated } },
    },
    async (req, reply) =>
      reply.code(201).send({ note: await work.course(req, (scope) => writeNote(scope, req.body)) }),
  );
}
