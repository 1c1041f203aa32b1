import { ok } from '../auth/ok.ts';
import type { App } from '../platform/app-types.ts';
import { courseParams } from '../platform/schemas.ts';
import { expectedVersion, sendVersion } from '../platform/versions.ts';
import type { RouteDeps } from '../route-deps.ts';
import {
  draftPatch,
  draftState,
  instrumentSaved,
  measurementEdit,
  measurementHistory,
  measurementList,
  measurementParams,
  measurementSaved,
  newDraft,
  newInstrument,
  ownMeasurement,
  ownScores,
} from './schemas.ts';
import {
  approveDraft,
  changeDraft,
  createInstrument,
  discardDraft,
  editMeasurement,
  listMeasurements,
  readDraft,
  measurementHistory as readHistory,
  ownMeasurement as readOwn,
  saveOwnScores,
  startDraft,
} from './service.ts';

const tags = ['measurements'];

export function measurementsRoutes(app: App, { work }: RouteDeps) {
  const base = '/api/courses/:courseId/measurements';

  // In this order so the authorization matrix's samples (tests/integration) build on each other.
  app.get(
    base,
    {
      config: { access: { course: 'measurements.read' } },
      schema: { tags, params: courseParams, response: { 200: measurementList } },
    },
    (req) => work.course(req, listMeasurements),
  );

  // Drafts are working material: only those who take measurements see them (never a company).
  app.get(
    `${base}/draft`,
    {
      config: { access: { course: 'measurements.write' } },
      schema: { tags, params: courseParams, response: { 200: draftState } },
    },
    async (req, reply) => {
      const state = await work.course(req, readDraft);
      if (state.draft) sendVersion(reply, state.draft.version);
      return state;
    },
  );

  app.put(
    `${base}/:measurementId`,
    {
      config: { access: { course: 'measurements.write' } },
      schema: { tags, params: measurementParams, body: measurementEdit, response: { 200: measurementSaved } },
    },
    async (req, reply) => {
      const expected = expectedVersion(req);
      const measurement = await work.course(req, (scope) =>
        editMeasurement(scope, req.params.measurementId, req.body, expected),
      );
      if (measurement.version !== null) sendVersion(reply, measurement.version);
      return { measurement };
    },
  );

  app.get(
    `${base}/:measurementId/history`,
    {
      config: { access: { course: 'measurements.read' } },
      schema: { tags, params: measurementParams, response: { 200: measurementHistory } },
    },
    (req) => work.course(req, (scope) => readHistory(scope, req.params.measurementId)),
  );

  // The young person's own scores, on the draft their coordinator opened for them.
  app.get(
    `${base}/own`,
    {
      config: { access: { course: 'measurements.ownScores' } },
      schema: { tags, params: courseParams, response: { 200: ownMeasurement } },
    },
    (req) => work.course(req, readOwn),
  );

  app.put(
    `${base}/own`,
    {
      config: { access: { course: 'measurements.ownScores' } },
      schema: { tags, params: courseParams, body: ownScores, response: { 200: ownMeasurement } },
    },
    (req) => {
      const expected = expectedVersion(req);
      return work.course(req, (scope) => saveOwnScores(scope, req.body, expected));
    },
  );

  app.post(
    `${base}/draft/approve`,
    {
      config: { access: { course: 'measurements.write' } },
      schema: { tags, params: courseParams, response: { 201: measurementSaved } },
    },
    async (req, reply) => {
      const expected = expectedVersion(req);
      const measurement = await work.course(req, (scope) => approveDraft(scope, expected));
      if (measurement.version !== null) sendVersion(reply, measurement.version);
      return reply.code(201).send({ measurement });
    },
  );

  app.post(
    `${base}/draft`,
    {
      config: { access: { course: 'measurements.write' } },
      schema: { tags, params: courseParams, body: newDraft, response: { 201: draftState } },
    },
    async (req, reply) => {
      const draft = await work.course(req, (scope) => startDraft(scope, req.body));
      sendVersion(reply, draft.version);
      return reply.code(201).send({ draft });
    },
  );

  app.patch(
    `${base}/draft`,
    {
      config: { access: { course: 'measurements.write' } },
      schema: { tags, params: courseParams, body: draftPatch, response: { 200: draftState } },
    },
    async (req, reply) => {
      const expected = expectedVersion(req);
      const draft = await work.course(req, (scope) => changeDraft(scope, req.body, expected));
      sendVersion(reply, draft.version);
      return { draft };
    },
  );

  app.delete(
    `${base}/draft`,
    {
      config: { access: { course: 'measurements.write' } },
      schema: { tags, params: courseParams, response: { 200: ok } },
    },
    async (req) => {
      const expected = expectedVersion(req);
      await work.course(req, (scope) => discardDraft(scope, expected));
      return { ok: true as const };
    },
  );

  // A partnership's own instrument or its next version: a youth coordinator of one of its courses.
  app.post(
    '/api/courses/:courseId/instruments',
    {
      config: { access: { course: 'measurements.write' } },
      schema: { tags, params: courseParams, body: newInstrument, response: { 201: instrumentSaved } },
    },
    async (req, reply) => {
      const instrument = await work.course(req, (scope) => createInstrument(scope, req.body));
      return reply.code(201).send({ instrument });
    },
  );
}
