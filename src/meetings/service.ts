import type { Updateable } from 'kysely';
import { badRequest, conflict, notFound } from '../platform/errors.ts';
import { instantOf, localParts } from '../platform/local-time.ts';
import type { MeetingsTable, TasksTable } from '../platform/schema.ts';
import { type Expected, StaleVersion } from '../platform/versions.ts';
import { agendaFor } from './agenda.ts';
import type { MeetingDesk } from './desk.ts';
import type { Invitee } from './insert.ts';
import type { MinutesMail } from './kinds.ts';
import { type MinutesMessage, minutesMessage } from './minutes-mail.ts';
import type { MeetingRow } from './queries.ts';
import type {
  InviteeInput,
  MeetingPatch,
  MeetingSummary,
  MeetingView,
  NewMeetingInput,
  NewTask,
  TaskPatch,
  TaskView,
} from './schemas.ts';
import { withinReach } from './visibility.ts';

type InviteeRow = Awaited<ReturnType<MeetingDesk['q']['invitees']>>[number];
type TaskRow = Awaited<ReturnType<MeetingDesk['q']['tasks']>>[number];

const iso = (d: Date | string | null) => (d === null ? null : new Date(d).toISOString());

function summaryOf(row: MeetingRow, tasks: TaskRow[]): MeetingSummary {
  return {
    id: row.id,
    kind: row.kind,
    title: row.title,
    startsAt: new Date(row.starts_at).toISOString(),
    endsAt: new Date(row.ends_at).toISOString(),
    place: row.place,
    status: row.status,
    minutesApproved: row.minutes_approved_at !== null,
    openTasks: tasks.filter((t) => t.meeting_id === row.id && t.done_at === null).length,
    version: row.version,
  };
}

function taskOf(desk: MeetingDesk, t: TaskRow): TaskView {
  return {
    id: t.id,
    title: t.title,
    owner: t.owner_id
      ? { id: t.owner_id, name: t.owner_display_name ?? '' }
      : t.owner_name
        ? { id: null, name: t.owner_name }
        : null,
    deadline: t.deadline,
    done: t.done_at !== null,
    doneAt: iso(t.done_at),
    mayMarkDone: desk.writes || t.owner_id === desk.actor.userId,
    version: t.version,
  };
}

/** Whether the reader sees this meeting: meetings at all, and this one within their reach. */
const sees = (desk: MeetingDesk, invitees: InviteeRow[]) =>
  desk.reads &&
  withinReach(
    desk.reach,
    desk.actor.userId,
    invitees.map((i) => ({ kind: i.kind, userId: i.user_id })),
  );

async function viewOf(desk: MeetingDesk, row: MeetingRow, invitees?: InviteeRow[]): Promise<MeetingView> {
  const people = invitees ?? (await desk.q.invitees([row.id]));
  const tasks = await desk.q.tasks([row.id]);
  const ids = [row.host_id, row.chair_id, row.minutes_approved_by].filter((x): x is string => x !== null);
  const names = new Map((await desk.q.names(ids)).map((u) => [u.id, u.display_name]));
  const personOf = (id: string | null) => (id ? { id, displayName: names.get(id) ?? '' } : null);
  return {
    ...summaryOf(row, tasks),
    host: personOf(row.host_id),
    chair: personOf(row.chair_id),
    agenda: row.agenda,
    invitees: people.map((i) => ({
      id: i.id,
      kind: i.kind,
      userId: i.user_id,
      // The young person is named by the course page; here "the young person" is enough.
      name: i.kind === 'user' ? (i.display_name ?? '') : i.kind === 'external' ? (i.name ?? '') : '',
      role: i.role,
      email: i.email,
      present: i.present,
    })),
    minutes: row.minutes,
    decisions: row.decisions,
    minutesApprovedAt: iso(row.minutes_approved_at),
    minutesApprovedBy: personOf(row.minutes_approved_by),
    minutesMail: row.minutes_mail,
    tasks: tasks.map((t) => taskOf(desk, t)),
  };
}

/** A meeting the reader may see, or 404 (the same answer whether it exists or not). */
async function visible(desk: MeetingDesk, meetingId: string, lock = false) {
  const row = lock ? await desk.q.findForUpdate(meetingId) : await desk.q.find(meetingId);
  if (!row) throw notFound('meeting');
  const invitees = await desk.q.invitees([row.id]);
  if (!sees(desk, invitees)) throw desk.refuse(notFound('meeting'), 'meetings.read', objectOf(meetingId));
  return { row, invitees };
}

const objectOf = (meetingId: string) => ({ objectType: 'meeting', objectId: meetingId });

/** Upcoming (from today on, soonest first) and past (latest first) meetings within the reader's reach. */
export async function listMeetings(
  desk: MeetingDesk,
): Promise<{ upcoming: MeetingSummary[]; past: MeetingSummary[] }> {
  const rows = await desk.q.list();
  const invitees = await desk.q.invitees(rows.map((r) => r.id));
  const seen = rows.filter((r) =>
    sees(
      desk,
      invitees.filter((i) => i.meeting_id === r.id),
    ),
  );
  const tasks = await desk.q.tasks(seen.map((r) => r.id));
  const today = localParts(new Date()).date;
  const summaries = seen.map((r) => summaryOf(r, tasks));
  const upcoming = summaries.filter((m) => localParts(new Date(m.endsAt)).date >= today);
  const past = summaries.filter((m) => localParts(new Date(m.endsAt)).date < today).reverse();
  const shown = desk.present('meetingList', { upcoming, past });
  await desk.audit('meetings.read', {
    objectType: desk.home.courseId ? 'course' : 'partnership',
    objectId: desk.home.courseId ?? desk.home.partnershipId,
    detail: { count: shown.upcoming.length + shown.past.length },
  });
  return shown;
}

export async function readMeeting(desk: MeetingDesk, meetingId: string): Promise<MeetingView> {
  const { row, invitees } = await visible(desk, meetingId);
  const meeting = await viewOf(desk, row, invitees);
  await desk.audit('meetings.read', { ...objectOf(meetingId), detail: { count: 1 } });
  return meeting;
}

/** Host, chair, invited users and task owners come from the people of the meeting's home. */
async function checkPeople(
  desk: MeetingDesk,
  input: { hostId?: string | null; chairId?: string | null; invitees?: InviteeInput[] },
) {
  const people = new Set((await desk.people()).map((p) => p.id));
  if (input.hostId && !people.has(input.hostId))
    throw badRequest('body.hostId: not a member of the team', 'body.hostId');
  if (input.chairId && !people.has(input.chairId))
    throw badRequest('body.chairId: not a member of the team', 'body.chairId');
  input.invitees?.forEach((invitee, i) => {
    if (invitee.kind === 'user' && !people.has(invitee.userId))
      throw badRequest(`body.invitees[${i}].userId: not a member of the team`, `body.invitees[${i}].userId`);
    if (invitee.kind === 'youngPerson' && !desk.hasYoungPerson)
      throw badRequest(
        `body.invitees[${i}].kind: this meeting has no young person`,
        `body.invitees[${i}].kind`,
      );
  });
}

function checkKind(desk: MeetingDesk, kind: string | undefined) {
  if (kind !== undefined && !(desk.kinds as readonly string[]).includes(kind))
    throw badRequest(`body.kind: one of ${desk.kinds.join(', ')}`, 'body.kind');
}

function timesOf(date: string, startTime: string, endTime: string) {
  const startsAt = instantOf(date, startTime);
  const endsAt = instantOf(date, endTime);
  if (endsAt <= startsAt) throw badRequest('body.endTime: must be after the start time', 'body.endTime');
  return { startsAt, endsAt };
}

const toInvitee = (i: InviteeInput): Invitee =>
  i.kind === 'external'
    ? {
        kind: 'external',
        name: i.name,
        ...(i.role ? { role: i.role } : {}),
        ...(i.email ? { email: i.email } : {}),
      }
    : i;

export async function planMeeting(desk: MeetingDesk, input: NewMeetingInput): Promise<MeetingView> {
  checkKind(desk, input.kind);
  await checkPeople(desk, input);
  const { startsAt, endsAt } = timesOf(input.date, input.startTime, input.endTime);
  const { id } = await desk.q.insert({
    kind: input.kind,
    title: input.title ?? '',
    startsAt,
    endsAt,
    place: input.place ?? '',
    hostId: input.hostId ?? null,
    chairId: input.chairId ?? null,
    agenda: input.agenda ?? agendaFor(input.kind, desk.actor.locale),
    invitees: (input.invitees ?? []).map(toInvitee),
    createdBy: desk.actor.userId,
  });
  await desk.audit('meetings.create', { ...objectOf(id), detail: { kind: input.kind } });
  const row = await desk.q.find(id);
  if (!row) throw notFound('meeting');
  return viewOf(desk, row);
}

/** Approved minutes are the record: nothing about the meeting changes after that. */
function assertOpen(row: MeetingRow, what = 'the meeting') {
  if (row.minutes_approved_at !== null)
    throw conflict(`the minutes are approved: ${what} can no longer change`, 'status');
  if (row.status === 'cancelled') throw conflict('the meeting is cancelled', 'status');
}

async function stale(desk: MeetingDesk, meetingId: string): Promise<never> {
  const now = await desk.q.find(meetingId);
  if (!now) throw notFound('meeting');
  throw new StaleVersion(
    now.version,
    desk.present('meetingSaved', { meeting: await viewOf(desk, now) }).meeting,
  );
}

const dedupe = (invitees: InviteeInput[]) => {
  const seen = new Set<string>();
  return invitees.filter((i) => {
    const key = i.kind === 'user' ? i.userId : i.kind === 'youngPerson' ? 'young' : null;
    if (key === null) return true;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
};

export async function changeMeeting(
  desk: MeetingDesk,
  meetingId: string,
  patch: MeetingPatch,
  expected: Expected,
): Promise<MeetingView> {
  const { row } = await visible(desk, meetingId, true);
  assertOpen(row);
  checkKind(desk, patch.kind);
  await checkPeople(desk, patch);
  if (patch.invitees && row.status === 'held')
    throw conflict(
      'the meeting is held: its invitees are the ones recorded present or absent',
      'body.invitees',
    );
  const changes: Updateable<MeetingsTable> = {};
  if (patch.date || patch.startTime || patch.endTime) {
    const start = localParts(new Date(row.starts_at));
    const end = localParts(new Date(row.ends_at));
    const { startsAt, endsAt } = timesOf(
      patch.date ?? start.date,
      patch.startTime ?? start.time,
      patch.endTime ?? end.time,
    );
    changes.starts_at = startsAt;
    changes.ends_at = endsAt;
  }
  if (patch.kind !== undefined) changes.kind = patch.kind;
  if (patch.title !== undefined) changes.title = patch.title;
  if (patch.place !== undefined) changes.place = patch.place;
  if (patch.hostId !== undefined) changes.host_id = patch.hostId;
  if (patch.chairId !== undefined) changes.chair_id = patch.chairId;
  if (patch.agenda !== undefined) changes.agenda = JSON.stringify(patch.agenda);
  if (patch.minutes !== undefined) changes.minutes = patch.minutes;
  if (patch.decisions !== undefined) changes.decisions = JSON.stringify(patch.decisions);
  const updated = await desk.q.update(meetingId, changes, expected);
  if (!updated) return stale(desk, meetingId);
  if (patch.invitees) {
    await desk.q.replaceInvitees(
      meetingId,
      dedupe(patch.invitees).map((i) => ({
        kind: i.kind,
        user_id: i.kind === 'user' ? i.userId : null,
        name: i.kind === 'external' ? i.name : null,
        role: i.kind === 'external' ? (i.role ?? null) : null,
        email: i.kind === 'external' ? (i.email ?? null) : null,
      })),
    );
  }
  const fields = [...Object.keys(changes), ...(patch.invitees ? ['invitees'] : [])];
  await desk.audit('meetings.update', {
    ...objectOf(meetingId),
    detail: { version: updated.version, fields },
  });
  return viewOf(desk, updated);
}

/** Cancels a planned meeting; cancelling a cancelled one changes nothing. */
export async function cancelMeeting(desk: MeetingDesk, meetingId: string, expected: Expected) {
  const { row } = await visible(desk, meetingId, true);
  if (row.status === 'cancelled') return viewOf(desk, row);
  if (row.status !== 'planned') throw conflict('only a planned meeting can be cancelled', 'status');
  const updated = await desk.q.update(meetingId, { status: 'cancelled' }, expected);
  if (!updated) return stale(desk, meetingId);
  await desk.audit('meetings.cancel', { ...objectOf(meetingId), detail: { version: updated.version } });
  return viewOf(desk, updated);
}

/** The meeting took place: who of the invitees was present (everyone else was absent). */
export async function recordHeld(
  desk: MeetingDesk,
  meetingId: string,
  present: string[],
  expected: Expected,
) {
  const { row, invitees } = await visible(desk, meetingId, true);
  assertOpen(row);
  const known = new Set(invitees.map((i) => i.id));
  present.forEach((id, i) => {
    if (!known.has(id))
      throw badRequest(`body.present[${i}]: not invited to this meeting`, `body.present[${i}]`);
  });
  const updated = await desk.q.update(meetingId, { status: 'held' }, expected);
  if (!updated) return stale(desk, meetingId);
  await desk.q.setPresence(meetingId, present);
  await desk.audit('meetings.held', {
    ...objectOf(meetingId),
    detail: { version: updated.version, present: present.length, invited: invitees.length },
  });
  return viewOf(desk, updated);
}

/**
 * Approves the minutes: from now on the meeting is the record and does not change. Returns the
 * e-mail to send to the external participants; it is sent after the commit, so a mail server
 * that fails cannot undo the approval. Approving approved minutes changes nothing and sends nothing.
 */
export async function approveMinutes(
  desk: MeetingDesk,
  meetingId: string,
  expected: Expected,
): Promise<{ meeting: MeetingView; outgoing: MinutesMessage | null }> {
  const { row } = await visible(desk, meetingId, true);
  if (row.minutes_approved_at !== null) return { meeting: await viewOf(desk, row), outgoing: null };
  if (row.status !== 'held')
    throw conflict('record the meeting as held (who was present) before approving its minutes', 'status');
  const updated = await desk.q.update(
    meetingId,
    { minutes_approved_at: new Date(), minutes_approved_by: desk.actor.userId },
    expected,
  );
  if (!updated) return stale(desk, meetingId);
  await desk.audit('meetings.approve', { ...objectOf(meetingId), detail: { version: updated.version } });
  const meeting = await viewOf(desk, updated);
  return { meeting, outgoing: minutesMessage(meeting, desk.actor.locale) };
}

/** The approved minutes once more, for a sending that failed or went to the log directory. */
export async function minutesToResend(desk: MeetingDesk, meetingId: string): Promise<MinutesMessage> {
  const { row } = await visible(desk, meetingId);
  if (row.minutes_approved_at === null) throw conflict('the minutes are not approved yet', 'status');
  return minutesMessage(await viewOf(desk, row), desk.actor.locale);
}

/** Records how the minutes went out (after the commit of the approval, in a transaction of its own). */
export async function recordMinutesMail(desk: MeetingDesk, meetingId: string, mail: MinutesMail) {
  const { row } = await visible(desk, meetingId, true);
  await desk.q.recordMail(meetingId, mail);
  await desk.audit('meetings.minutesSent', {
    ...objectOf(meetingId),
    detail: { status: mail.status, recipients: mail.recipients.length },
  });
  return viewOf(desk, { ...row, minutes_mail: mail });
}

async function checkOwner(desk: MeetingDesk, ownerId: string | null | undefined) {
  if (ownerId && !(await desk.people()).some((p) => p.id === ownerId))
    throw badRequest('body.ownerId: not a member of the team', 'body.ownerId');
}

async function taskView(desk: MeetingDesk, meetingId: string, taskId: string) {
  const task = (await desk.q.tasks([meetingId])).find((t) => t.id === taskId);
  if (!task) throw notFound('task');
  return taskOf(desk, task);
}

/** A task agreed at the meeting: a team member or an external person by name, with a deadline. */
export async function createTask(desk: MeetingDesk, meetingId: string, input: NewTask): Promise<TaskView> {
  const { row } = await visible(desk, meetingId, true);
  assertOpen(row, 'its tasks');
  await checkOwner(desk, input.ownerId);
  const { id } = await desk.q.insertTask({
    meetingId,
    title: input.title,
    ownerId: input.ownerId ?? null,
    ownerName: input.ownerName ?? null,
    deadline: input.deadline ?? null,
    createdBy: desk.actor.userId,
  });
  await desk.audit('tasks.create', { objectType: 'task', objectId: id, detail: { meetingId } });
  return taskView(desk, meetingId, id);
}

/**
 * Changes a task (those who write meetings, until the minutes are approved) or marks it done or
 * not done (also its owner, also after approval: the work goes on after the meeting).
 */
export async function changeTask(
  desk: MeetingDesk,
  meetingId: string,
  taskId: string,
  patch: TaskPatch,
  expected: Expected,
): Promise<TaskView> {
  const { row } = await visible(desk, meetingId);
  const task = await desk.q.findTask(meetingId, taskId);
  if (!task) throw notFound('task');
  const edits =
    patch.title !== undefined ||
    patch.ownerId !== undefined ||
    patch.ownerName !== undefined ||
    patch.deadline !== undefined;
  const mayDone = desk.writes || task.owner_id === desk.actor.userId;
  if ((edits && !desk.writes) || (patch.done !== undefined && !mayDone))
    throw desk.refuse(notFound('task'), 'tasks.update', { objectType: 'task', objectId: taskId });
  if (edits) assertOpen(row, 'its tasks');
  await checkOwner(desk, patch.ownerId);
  const changes: Updateable<TasksTable> = {};
  if (patch.title !== undefined) changes.title = patch.title;
  if (patch.deadline !== undefined) changes.deadline = patch.deadline;
  // One owner: naming a team member clears an external name and the other way round.
  if (patch.ownerId !== undefined) {
    changes.owner_id = patch.ownerId;
    if (patch.ownerId) changes.owner_name = null;
  }
  if (patch.ownerName !== undefined) {
    changes.owner_name = patch.ownerName;
    if (patch.ownerName) changes.owner_id = null;
  }
  if (patch.done !== undefined && patch.done !== (task.done_at !== null)) {
    changes.done_at = patch.done ? new Date() : null;
    changes.done_by = patch.done ? desk.actor.userId : null;
  }
  const updated = await desk.q.updateTask(taskId, changes, expected);
  if (!updated) {
    const current = await taskView(desk, meetingId, taskId);
    throw new StaleVersion(current.version, desk.present('meetingTaskSaved', { task: current }).task);
  }
  await desk.audit(patch.done !== undefined && !edits ? 'tasks.done' : 'tasks.update', {
    objectType: 'task',
    objectId: taskId,
    detail: { meetingId, version: updated.version, fields: Object.keys(changes) },
  });
  return taskView(desk, meetingId, taskId);
}
