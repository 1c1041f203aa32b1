import type { App } from '../platform/app-types.ts';
import { courseParams } from '../platform/schemas.ts';
import { optionalExpectedVersion, sendVersion } from '../platform/versions.ts';
import type { RouteDeps } from '../route-deps.ts';
import { openingSuggestions } from './opening.ts';
import {
  decisionList,
  decisionSaved,
  newDecision,
  openingParams,
  openingSuggestions as openingSuggestionsSchema,
  suggestionList,
  workProfileInput,
  workProfileRead,
  workProfileSaved,
} from './schemas.ts';
import { getProfile, listDecisions, listSuggestions, recordDecision, saveProfile } from './service.ts';

/** Matching (issue 9 §4): suggestions, never decisions; the coordinator records what was followed and why. */
export function matchingRoutes(app: App, { work }: RouteDeps) {
  app.get(
    '/api/courses/:courseId/matching/profile',
    {
      config: { access: { course: 'matching.read' } },
      schema: { tags: ['matching'], params: courseParams, response: { 200: workProfileRead } },
    },
    async (req, reply) => {
      const read = await work.course(req, getProfile);
      if (read.profile) sendVersion(reply, read.profile.version);
      return read;
    },
  );

  /** The whole profile; the first PUT (without If-Match) creates it. */
  app.put(
    '/api/courses/:courseId/matching/profile',
    {
      config: { access: { course: 'matching.write' } },
      schema: {
        tags: ['matching'],
        params: courseParams,
        body: workProfileInput,
        response: { 200: workProfileSaved },
      },
    },
    async (req, reply) => {
      const expected = optionalExpectedVersion(req);
      const profile = await work.course(req, (scope) => saveProfile(scope, req.body, expected));
      sendVersion(reply, profile.version);
      return { profile };
    },
  );

  app.get(
    '/api/courses/:courseId/matching/suggestions',
    {
      config: { access: { course: 'matching.read' } },
      schema: { tags: ['matching'], params: courseParams, response: { 200: suggestionList } },
    },
    (req) => work.course(req, listSuggestions),
  );

  app.get(
    '/api/courses/:courseId/matching/decisions',
    {
      config: { access: { course: 'matching.read' } },
      schema: { tags: ['matching'], params: courseParams, response: { 200: decisionList } },
    },
    (req) => work.course(req, listDecisions),
  );

  app.post(
    '/api/courses/:courseId/matching/decisions',
    {
      config: { access: { course: 'matching.write' } },
      schema: {
        tags: ['matching'],
        params: courseParams,
        body: newDecision,
        response: { 201: decisionSaved },
      },
    },
    async (req, reply) => {
      const decision = await work.course(req, (scope) => recordDecision(scope, req.body));
      return reply.code(201).send({ decision });
    },
  );

  /** The young people suggested for a company's opening: only those the reader may see. */
  app.get(
    '/api/companies/:companyId/openings/:openingId/suggestions',
    {
      config: { access: 'companyNetwork' },
      schema: { tags: ['matching'], params: openingParams, response: { 200: openingSuggestionsSchema } },
    },
    (req) =>
      work.actor(req, (scope) => openingSuggestions(scope, req.params.companyId, req.params.openingId)),
  );
}
