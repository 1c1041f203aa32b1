import { actorOf } from '../auth/plugin.ts';
import type { App, RouteDeps } from '../platform/app-types.ts';
import { courseParams } from '../platform/schemas.ts';
import { inScope } from '../platform/scope.ts';
import { journalQuery, newNote, noteCreated, noteList } from './schemas.ts';
import { listJournal, writeNote } from './service.ts';

export function journalRoutes(app: App, { database }: RouteDeps) {
  const { db } = database;

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
    (req) => inScope(db, actorOf(req), (scope) => listJournal(scope, req.params.courseId, req.query)),
  );

  app.post(
    '/api/courses/:courseId/journal',
    {
      config: { access: { course: 'journal.write' } },
      schema: { tags: ['journal'], params: courseParams, body: newNote, response: { 201: noteCreated } },
    },
    async (req, reply) => {
      const note = await inScope(db, actorOf(req), (scope) =>
        writeNote(scope, req.params.courseId, req.body),
      );
      return reply.code(201).send({ note });
    },
  );
}
