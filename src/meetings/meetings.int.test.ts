import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sessionCache, startTestServer, type TestServer } from '../../tests/support/server.ts';
import { learningCircle } from './kinds.ts';

let server: TestServer;
let base: string;
beforeAll(async () => {
  server = await startTestServer();
  base = `/api/courses/${server.world.courseA.courseId}/meetings`;
});
afterAll(() => server?.close());

const { as, call } = sessionCache(() => server.baseUrl);
const withVersion = async (
  who: string,
  method: string,
  url: string,
  body: unknown,
  version: number | string,
) => (await as(who)).request(method, url, body, { 'if-match': `"${version}"` });

/** A date some days from today, as the planner types it. */
const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

const plan = async (body: Record<string, unknown>, who = 'coordinator') => {
  const res = await call(who, 'POST', base, {
    kind: 'status',
    date: inDays(7),
    startTime: '10:00',
    endTime: '11:00',
    ...body,
  });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body.meeting;
};

const auditRows = (objectId: string) =>
  server.database.db
    .selectFrom('audit_log')
    .select(['action', 'outcome', 'actor_user_id', 'participant_id'])
    .where('object_id', '=', objectId)
    .orderBy('id')
    .execute();

describe('course meetings', () => {
  it('plans a meeting with host, chair, team, the young person and an external person, and a template agenda', async () => {
    const { users } = server.world;
    const meeting = await plan({
      kind: 'startUp',
      place: 'Værkstedet',
      hostId: users.coordinator,
      chairId: users.caseworker,
      invitees: [
        { kind: 'user', userId: users.caseworker },
        { kind: 'user', userId: users.caseworker },
        { kind: 'youngPerson' },
        { kind: 'external', name: 'Pia Psykolog', role: 'Psykolog', email: 'pia@example.org' },
      ],
    });
    expect(meeting).toMatchObject({
      kind: 'startUp',
      place: 'Værkstedet',
      status: 'planned',
      host: { id: users.coordinator, displayName: 'coordinator' },
      chair: { id: users.caseworker },
      minutesApproved: false,
      version: 1,
    });
    // Copenhagen wall time, stored as an instant: 10:00 local is 08:00 or 09:00 UTC.
    expect(new Date(meeting.endsAt).getTime() - new Date(meeting.startsAt).getTime()).toBe(3_600_000);
    // The caseworker was invited once.
    expect(meeting.invitees.map((i: { kind: string }) => i.kind).sort()).toEqual([
      'external',
      'user',
      'youngPerson',
    ]);
    // The agenda: the kind's purpose, the learning circle's four questions (in Danish), the closing point.
    expect(meeting.agenda).toHaveLength(6);
    expect(meeting.agenda.slice(1, 5).map((a: { heading: string }) => a.heading)).toEqual(
      learningCircle.map((q) => q.da),
    );
    const list = await call('coordinator', 'GET', base);
    expect(list.status).toBe(200);
    expect(list.body.upcoming.map((m: { id: string }) => m.id)).toContain(meeting.id);
    expect((await auditRows(meeting.id)).map((r) => r.action)).toEqual(['meetings.create']);
    const read = await call('caseworker', 'GET', `${base}/${meeting.id}`);
    expect(read.status).toBe(200);
    expect(read.body.meeting.agenda).toEqual(meeting.agenda);
    const rows = await auditRows(meeting.id);
    expect(rows.at(-1)).toMatchObject({
      action: 'meetings.read',
      actor_user_id: users.caseworker,
      participant_id: server.world.courseA.participantId,
    });
  });

  it('refuses bad input with 400 naming the field, never a 500', async () => {
    const cases: Array<[Record<string, unknown>, string]> = [
      [{ kind: 'developmentGroup' }, 'body.kind'],
      [{ kind: 'party' }, 'body.kind'],
      [{ date: '2026-02-30' }, 'body.date'],
      [{ startTime: '25:00' }, 'body.startTime'],
      [{ startTime: '11:00', endTime: '10:00' }, 'body.endTime'],
      [{ hostId: server.world.users.leader }, 'body.hostId'],
      [
        { invitees: [{ kind: 'user', userId: server.world.users.otherCaseworker }] },
        'body.invitees[0].userId',
      ],
      [{ invitees: [{ kind: 'external', name: 'X', email: 'not-an-address' }] }, 'body.invitees[0].email'],
      [{ invitees: [{ kind: 'external', name: '' }] }, 'body.invitees[0].name'],
    ];
    for (const [body, field] of cases) {
      const res = await call('coordinator', 'POST', base, {
        kind: 'status',
        date: inDays(3),
        startTime: '10:00',
        endTime: '11:00',
        ...body,
      });
      expect(res.status, field).toBe(400);
      expect(res.body.error.field, JSON.stringify(body)).toBe(field);
    }
  });

  it('changes a meeting only with the version it was based on (428 without, 412 when stale)', async () => {
    const meeting = await plan({ place: 'Kantinen' });
    const url = `${base}/${meeting.id}`;
    const without = await call('coordinator', 'PATCH', url, { place: 'Mødelokale 2' });
    expect(without.status).toBe(428);
    const changed = await withVersion(
      'coordinator',
      'PATCH',
      url,
      { place: 'Mødelokale 2', startTime: '09:00' },
      1,
    );
    expect(changed.status).toBe(200);
    expect(changed.body.meeting).toMatchObject({ place: 'Mødelokale 2', version: 2 });
    expect(
      new Date(changed.body.meeting.endsAt).getTime() - new Date(changed.body.meeting.startsAt).getTime(),
    ).toBe(7_200_000);
    const stale = await withVersion('caseworker', 'PATCH', url, { place: 'Et andet sted' }, 1);
    expect(stale.status).toBe(412);
    expect(stale.body.current.place).toBe('Mødelokale 2');
    expect((await call('coordinator', 'GET', url)).body.meeting.place).toBe('Mødelokale 2');
  });

  it('holds, writes minutes, decisions and tasks, approves; then the meeting is immutable', async () => {
    const { users } = server.world;
    const meeting = await plan({
      invitees: [
        { kind: 'user', userId: users.workshopMentor },
        { kind: 'youngPerson' },
        { kind: 'external', name: 'Ole Onkel' },
      ],
    });
    const url = `${base}/${meeting.id}`;
    // Approval needs the meeting held.
    const early = await withVersion('coordinator', 'POST', `${url}/approve`, undefined, 1);
    expect(early.status).toBe(409);
    const mentor = meeting.invitees.find((i: { kind: string }) => i.kind === 'user').id;
    const young = meeting.invitees.find((i: { kind: string }) => i.kind === 'youngPerson').id;
    const notInvited = await withVersion(
      'coordinator',
      'POST',
      `${url}/held`,
      { present: [users.leader] },
      1,
    );
    expect(notInvited.status).toBe(400);
    expect(notInvited.body.error.field).toBe('body.present[0]');
    const held = await withVersion('coordinator', 'POST', `${url}/held`, { present: [mentor, young] }, 1);
    expect(held.status).toBe(200);
    expect(held.body.meeting.status).toBe('held');
    expect(
      Object.fromEntries(
        held.body.meeting.invitees.map((i: { kind: string; present: boolean }) => [i.kind, i.present]),
      ),
    ).toEqual({ user: true, youngPerson: true, external: false });
    const minutes = await withVersion(
      'coordinator',
      'PATCH',
      url,
      { minutes: 'Sara fortalte om praktikken.', decisions: ['Praktik forlænges til 1. maj'] },
      2,
    );
    expect(minutes.status).toBe(200);
    const task = await call('coordinator', 'POST', `${url}/tasks`, {
      title: 'Ring til praktikstedet',
      ownerId: users.workshopMentor,
      deadline: inDays(5),
    });
    expect(task.status).toBe(201);
    expect(task.body.task).toMatchObject({
      owner: { id: users.workshopMentor, name: 'workshopmentor' },
      done: false,
    });
    const external = await call('coordinator', 'POST', `${url}/tasks`, {
      title: 'Sende skema',
      ownerName: 'Ole Onkel',
    });
    expect(external.body.task.owner).toEqual({ id: null, name: 'Ole Onkel' });
    const both = await call('coordinator', 'POST', `${url}/tasks`, {
      title: 'X',
      ownerId: users.workshopMentor,
      ownerName: 'Ole',
    });
    expect(both.status).toBe(400);
    expect(both.body.error.field).toBe('body.ownerName');
    const outsider = await call('coordinator', 'POST', `${url}/tasks`, { title: 'X', ownerId: users.leader });
    expect(outsider.body.error.field).toBe('body.ownerId');

    const approved = await withVersion('coordinator', 'POST', `${url}/approve`, undefined, 3);
    expect(approved.status).toBe(200);
    expect(approved.body.meeting.minutesApproved).toBe(true);
    expect(approved.body.meeting.minutesApprovedBy.id).toBe(users.coordinator);
    // No external with an e-mail address: nothing to send, and the response says so.
    expect(approved.body.mail).toMatchObject({ status: 'noRecipients', recipients: [] });
    const version = approved.body.meeting.version;

    for (const change of [
      () => withVersion('coordinator', 'PATCH', url, { minutes: 'Ændret bagefter' }, version),
      () => withVersion('coordinator', 'POST', `${url}/held`, { present: [] }, version),
      () => withVersion('coordinator', 'POST', `${url}/cancel`, undefined, version),
      () => call('coordinator', 'POST', `${url}/tasks`, { title: 'For sent' }),
      () => withVersion('coordinator', 'PATCH', `${url}/tasks/${task.body.task.id}`, { title: 'Nyt' }, 1),
    ]) {
      const res = await change();
      expect(res.status).toBe(409);
    }
    // Approving again changes nothing.
    const again = await (await as('coordinator')).request('POST', `${url}/approve`, undefined, {
      'if-match': '*',
    });
    expect(again.status).toBe(200);
    expect(again.body.mail).toBeNull();
    const after = (await call('coordinator', 'GET', url)).body.meeting;
    expect(after).toMatchObject({
      minutes: 'Sara fortalte om praktikken.',
      decisions: ['Praktik forlænges til 1. maj'],
    });
    expect(after.version).toBe(version);

    // The work goes on: the owner marks their task done after the approval; others who only read may not.
    const byCompany = await withVersion(
      'companyMentor',
      'PATCH',
      `${url}/tasks/${task.body.task.id}`,
      { done: true },
      1,
    );
    expect(byCompany.status).toBe(404);
    const byOwner = await withVersion(
      'workshopmentor',
      'PATCH',
      `${url}/tasks/${task.body.task.id}`,
      { done: true },
      1,
    );
    expect(byOwner.status).toBe(200);
    expect(byOwner.body.task).toMatchObject({ done: true, version: 2 });
    const staleTask = await withVersion(
      'coordinator',
      'PATCH',
      `${url}/tasks/${task.body.task.id}`,
      { done: false },
      1,
    );
    expect(staleTask.status).toBe(412);
    const byOther = await withVersion(
      'workshopmentor',
      'PATCH',
      `${url}/tasks/${external.body.task.id}`,
      { done: true },
      1,
    );
    expect(byOther.status).toBe(404);

    const actions = (await auditRows(meeting.id)).map((r) => r.action);
    expect(actions).toEqual(
      expect.arrayContaining([
        'meetings.create',
        'meetings.held',
        'meetings.update',
        'meetings.approve',
        'meetings.minutesSent',
      ]),
    );
    const taskRows = await auditRows(task.body.task.id);
    expect(taskRows.map((r) => [r.action, r.outcome])).toEqual([
      ['tasks.create', 'ok'],
      ['tasks.done', 'ok'],
    ]);
    // The mentor who does not own the other task was refused, and that is recorded.
    const refused = await auditRows(external.body.task.id);
    expect(refused.map((r) => [r.action, r.outcome, r.actor_user_id])).toContainEqual([
      'tasks.update',
      'refused',
      users.workshopMentor,
    ]);
  });

  it('cancels a planned meeting', async () => {
    const meeting = await plan({});
    const res = await withVersion('coordinator', 'POST', `${base}/${meeting.id}/cancel`, undefined, 1);
    expect(res.status).toBe(200);
    expect(res.body.meeting.status).toBe('cancelled');
    const change = await withVersion('coordinator', 'PATCH', `${base}/${meeting.id}`, { place: 'X' }, 2);
    expect(change.status).toBe(409);
  });

  it('shows a company mentor only the meetings they are invited to, the young person only theirs', async () => {
    const { users } = server.world;
    const withCompany = await plan({ invitees: [{ kind: 'user', userId: users.companyMentor }] });
    const withYoung = await plan({ invitees: [{ kind: 'youngPerson' }] });
    const ids = (body: { upcoming: Array<{ id: string }>; past: Array<{ id: string }> }) =>
      [...body.upcoming, ...body.past].map((m) => m.id);
    const company = await call('companymentor', 'GET', base);
    expect(company.status).toBe(200);
    expect(ids(company.body)).toContain(withCompany.id);
    expect(ids(company.body)).not.toContain(withYoung.id);
    expect((await call('companymentor', 'GET', `${base}/${withCompany.id}`)).status).toBe(200);
    expect((await call('companymentor', 'GET', `${base}/${withYoung.id}`)).status).toBe(404);
    const young = await call('participant', 'GET', base);
    expect(ids(young.body)).toContain(withYoung.id);
    expect(ids(young.body)).not.toContain(withCompany.id);
    expect((await call('participant', 'GET', `${base}/${withCompany.id}`)).status).toBe(404);
    const mentor = await call('workshopmentor', 'GET', base);
    expect(ids(mentor.body)).toEqual(expect.arrayContaining([withCompany.id, withYoung.id]));
    // The refusal is in the audit log.
    expect(
      (await auditRows(withYoung.id)).some(
        (r) => r.outcome === 'refused' && r.actor_user_id === users.companyMentor,
      ),
    ).toBe(true);
  });

  it('shows a company mentor no meetings when the consent does not name meetings', async () => {
    const { users, consents } = server.world;
    const invited = await plan({ invitees: [{ kind: 'user', userId: users.companyMentor }] });
    const narrowed = await call(
      'coordinator',
      'POST',
      `/api/courses/${server.world.courseA.courseId}/consents/${consents.company}/narrow`,
      { categories: ['contact', 'goals'] },
    );
    expect(narrowed.status).toBe(200);
    const list = await call('companymentor', 'GET', base);
    expect(list.status).toBe(200);
    expect(list.body).toEqual({ upcoming: [], past: [] });
    expect((await call('companymentor', 'GET', `${base}/${invited.id}`)).status).toBe(404);
  });
});

describe("the partnership's own meetings", () => {
  it('lets the development group plan a development-group meeting, with the action-learning agenda', async () => {
    const url = `/api/partnerships/${server.world.partnership}/meetings`;
    const course = await call('leader', 'POST', url, {
      kind: 'status',
      date: inDays(10),
      startTime: '13:00',
      endTime: '15:00',
    });
    expect(course.status).toBe(400);
    expect(course.body.error.field).toBe('body.kind');
    const young = await call('leader', 'POST', url, {
      kind: 'developmentGroup',
      date: inDays(10),
      startTime: '13:00',
      endTime: '15:00',
      invitees: [{ kind: 'youngPerson' }],
    });
    expect(young.body.error.field).toBe('body.invitees[0].kind');
    const res = await call('leader', 'POST', url, {
      kind: 'developmentGroup',
      date: inDays(10),
      startTime: '13:00',
      endTime: '15:00',
      hostId: server.world.users.coordinator,
      invitees: [{ kind: 'user', userId: server.world.users.caseworker }],
    });
    expect(res.status).toBe(201);
    expect(res.body.meeting.agenda.map((a: { heading: string }) => a.heading)).toContain(
      'Erfaringer og refleksion',
    );
    const list = await call('caseworker', 'GET', url);
    expect(list.status).toBe(200);
    // Only the partnership's own: no course meeting appears here.
    expect([...list.body.upcoming, ...list.body.past].map((m: { kind: string }) => m.kind)).toEqual([
      'developmentGroup',
    ]);
    expect((await call('workshopmentor', 'GET', url)).status).toBe(404);
    expect((await call('othercaseworker', 'GET', `${url}/${res.body.meeting.id}`)).status).toBe(404);
    // And a course's meeting list never shows it.
    const courseList = await call('coordinator', 'GET', base);
    expect(
      [...courseList.body.upcoming, ...courseList.body.past].map((m: { id: string }) => m.id),
    ).not.toContain(res.body.meeting.id);
  });
});
