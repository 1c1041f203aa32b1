import type { FastifyRequest } from 'fastify';
import type { z } from 'zod';
import type { RouteAccess } from '../auth/route-access.ts';
import type { App } from '../platform/app-types.ts';
import { courseParams } from '../platform/schemas.ts';
import { expectedVersion, sendVersion } from '../platform/versions.ts';
import type { RouteDeps } from '../route-deps.ts';
import type { MeetingDesk } from './desk.ts';
import { courseDesk, partnershipDesk } from './desks.ts';
import { deliverMinutes, type MinutesMessage } from './minutes-mail.ts';
import {
  courseMeetingParams,
  courseTaskParams,
  heldInput,
  meetingList,
  meetingPatch,
  meetingSaved,
  minutesSent,
  newMeeting,
  newTask,
  partnershipMeetingParams,
  partnershipParams,
  partnershipTaskParams,
  taskPatch,
  taskSaved,
} from './schemas.ts';
import {
  approveMinutes,
  cancelMeeting,
  changeMeeting,
  changeTask,
  createTask,
  listMeetings,
  minutesToResend,
  planMeeting,
  readMeeting,
  recordHeld,
  recordMinutesMail,
} from './service.ts';

type Run = <T>(req: FastifyRequest, work: (desk: MeetingDesk) => Promise<T>) => Promise<T>;

interface Home {
  base: string;
  read: RouteAccess;
  write: RouteAccess;
  params: { home: z.ZodType; meeting: z.ZodType; task: z.ZodType };
  run: Run;
}

type MeetingParams = { meetingId: string };
type TaskParams = { meetingId: string; taskId: string };

/**
 * The meetings routes of one home (a course, or the partnership itself): the same service,
 * the same shapes. Approved minutes are mailed after the approval is committed.
 */
function meetingRoutes(app: App, home: Home, { mailer }: RouteDeps) {
  const { base, read, write, params, run } = home;
  const tags = ['meetings'];
  const meetingOf = (req: FastifyRequest) => (req.params as MeetingParams).meetingId;

  /** Sends the minutes and records how it went; the approval stays whatever the mail server does. */
  const send = async (req: FastifyRequest, message: MinutesMessage) => {
    const mail = await deliverMinutes(mailer, message, (code) =>
      req.log.warn({ code }, 'the approved minutes could not be sent'),
    );
    const meeting = await run(req, (desk) => recordMinutesMail(desk, meetingOf(req), mail));
    return { meeting, mail };
  };

  app.get(
    base,
    { config: { access: read }, schema: { tags, params: params.home, response: { 200: meetingList } } },
    (req) => run(req, listMeetings),
  );

  app.post(
    base,
    {
      config: { access: write },
      schema: { tags, params: params.home, body: newMeeting, response: { 201: meetingSaved } },
    },
    async (req, reply) => {
      const meeting = await run(req, (desk) => planMeeting(desk, req.body as z.infer<typeof newMeeting>));
      sendVersion(reply, meeting.version);
      return reply.code(201).send({ meeting });
    },
  );

  app.get(
    `${base}/:meetingId`,
    { config: { access: read }, schema: { tags, params: params.meeting, response: { 200: meetingSaved } } },
    async (req, reply) => {
      const meeting = await run(req, (desk) => readMeeting(desk, meetingOf(req)));
      sendVersion(reply, meeting.version);
      return { meeting };
    },
  );

  app.patch(
    `${base}/:meetingId`,
    {
      config: { access: write },
      schema: { tags, params: params.meeting, body: meetingPatch, response: { 200: meetingSaved } },
    },
    async (req, reply) => {
      const expected = expectedVersion(req);
      const meeting = await run(req, (desk) =>
        changeMeeting(desk, meetingOf(req), req.body as z.infer<typeof meetingPatch>, expected),
      );
      sendVersion(reply, meeting.version);
      return { meeting };
    },
  );

  app.post(
    `${base}/:meetingId/cancel`,
    { config: { access: write }, schema: { tags, params: params.meeting, response: { 200: meetingSaved } } },
    async (req, reply) => {
      const expected = expectedVersion(req);
      const meeting = await run(req, (desk) => cancelMeeting(desk, meetingOf(req), expected));
      sendVersion(reply, meeting.version);
      return { meeting };
    },
  );

  app.post(
    `${base}/:meetingId/held`,
    {
      config: { access: write },
      schema: { tags, params: params.meeting, body: heldInput, response: { 200: meetingSaved } },
    },
    async (req, reply) => {
      const expected = expectedVersion(req);
      const { present } = req.body as z.infer<typeof heldInput>;
      const meeting = await run(req, (desk) => recordHeld(desk, meetingOf(req), present, expected));
      sendVersion(reply, meeting.version);
      return { meeting };
    },
  );

  app.post(
    `${base}/:meetingId/approve`,
    { config: { access: write }, schema: { tags, params: params.meeting, response: { 200: minutesSent } } },
    async (req, reply) => {
      const expected = expectedVersion(req);
      const approved = await run(req, (desk) => approveMinutes(desk, meetingOf(req), expected));
      sendVersion(reply, approved.meeting.version);
      if (!approved.outgoing) return { meeting: approved.meeting, mail: null };
      return send(req, approved.outgoing);
    },
  );

  app.post(
    `${base}/:meetingId/send-minutes`,
    { config: { access: write }, schema: { tags, params: params.meeting, response: { 200: minutesSent } } },
    async (req) => send(req, await run(req, (desk) => minutesToResend(desk, meetingOf(req)))),
  );

  app.post(
    `${base}/:meetingId/tasks`,
    {
      config: { access: write },
      schema: { tags, params: params.meeting, body: newTask, response: { 201: taskSaved } },
    },
    async (req, reply) => {
      const task = await run(req, (desk) =>
        createTask(desk, meetingOf(req), req.body as z.infer<typeof newTask>),
      );
      sendVersion(reply, task.version);
      return reply.code(201).send({ task });
    },
  );

  // Read access: a task's owner marks it done without writing meetings; the service checks who.
  app.patch(
    `${base}/:meetingId/tasks/:taskId`,
    {
      config: { access: read },
      schema: { tags, params: params.task, body: taskPatch, response: { 200: taskSaved } },
    },
    async (req, reply) => {
      const expected = expectedVersion(req);
      const { meetingId, taskId } = req.params as TaskParams;
      const task = await run(req, (desk) =>
        changeTask(desk, meetingId, taskId, req.body as z.infer<typeof taskPatch>, expected),
      );
      sendVersion(reply, task.version);
      return { task };
    },
  );
}

export function meetingsRoutes(app: App, deps: RouteDeps) {
  const { work } = deps;
  meetingRoutes(
    app,
    {
      base: '/api/courses/:courseId/meetings',
      read: { course: 'meetings.read' },
      write: { course: 'meetings.write' },
      params: { home: courseParams, meeting: courseMeetingParams, task: courseTaskParams },
      run: (req, fn) => work.course(req, (scope) => fn(courseDesk(scope))),
    },
    deps,
  );
  // The partnership's own meetings: its development group plans, holds and approves them.
  meetingRoutes(
    app,
    {
      base: '/api/partnerships/:id/meetings',
      read: 'partnershipReport',
      write: 'partnershipReport',
      params: { home: partnershipParams, meeting: partnershipMeetingParams, task: partnershipTaskParams },
      run: (req, fn) =>
        work.actor(req, async (scope) => fn(await partnershipDesk(scope, (req.params as { id: string }).id))),
    },
    deps,
  );
}
