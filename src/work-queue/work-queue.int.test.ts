import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { heldMeeting, plannedMeeting, task } from '../../tests/support/queue-setup.ts';
import { Client, startTestServer, type TestServer } from '../../tests/support/server.ts';
import { today } from '../platform/dates.ts';

// Course A (tests/support/world.ts) started 2025-01-06 with no measurement, no letter and no contact.
const asOf = '2026-03-20';

describe('GET /api/work-queue', () => {
  let server: TestServer;
  let course: { courseId: string; municipalityId: string; partnershipId: string };
  let ids: { coordinatorTask: string; mentorTask: string; unapproved: string; doneTask: string };

  beforeAll(async () => {
    server = await startTestServer();
    const { world, database } = server;
    const { db } = database;
    course = {
      courseId: world.courseA.courseId,
      municipalityId: world.organisations.municipality,
      partnershipId: world.partnership,
    };
    const u = world.users;
    const unapproved = await heldMeeting(db, course, {
      day: '2026-03-10',
      chairId: u.coordinator,
      youngPersonPresent: false,
    });
    ids = {
      unapproved,
      coordinatorTask: await task(db, course, {
        ownerId: u.coordinator,
        deadline: '2026-03-15',
        meetingId: unapproved,
        title: 'Send praktikaftalen',
      }),
      mentorTask: await task(db, course, { ownerId: u.companyMentor, deadline: '2026-03-25' }),
      doneTask: await task(db, course, { ownerId: u.coordinator, deadline: '2026-03-01', done: true }),
    };
    // Far ahead, and without a deadline: neither is due.
    await task(db, course, { ownerId: u.coordinator, deadline: '2026-06-01' });
    await task(db, course, { ownerId: u.coordinator, deadline: null });
    await task(db, course, { ownerId: u.withdrawnMentor, deadline: '2026-03-18' });
  });
  afterAll(() => server?.close());

  const queueOf = async (username: string, day = asOf) => {
    const client = await Client.signIn(server.baseUrl, username);
    const res = await client.request('GET', `/api/work-queue?asOf=${day}`);
    expect(res.status).toBe(200);
    return res.body;
  };

  it('gives the coordinator the overdue measurement, letter, own task, unapproved minutes and lost contact, overdue first and nearest first', async () => {
    const q = await queueOf('coordinator');
    const c = course.courseId;
    expect(
      q.items.map((i: { kind: string; due: string; overdue: boolean; link: string }) => [
        i.kind,
        i.due,
        i.overdue,
        i.link,
      ]),
    ).toEqual([
      ['noContact', '2025-01-21', true, `/forloeb/${c}/journal`],
      ['measurement', '2025-02-06', true, `/forloeb/${c}/maalinger`],
      ['statusLetter', '2025-04-06', true, `/forloeb/${c}/statusbreve`],
      ['minutes', '2026-03-10', true, `/forloeb/${c}/moeder/${ids.unapproved}`],
      ['task', '2026-03-15', true, `/forloeb/${c}/moeder/${ids.unapproved}`],
    ]);
    expect(q.items.find((i: { kind: string }) => i.kind === 'task')).toMatchObject({
      title: 'Send praktikaftalen',
      participantName: 'Sara Holm',
      subject: `task:${ids.coordinatorTask}`,
    });
    expect(q.courses).toEqual([
      {
        courseId: c,
        participantName: 'Sara Holm',
        status: 'active',
        promiseDays: 7,
        momentum: {
          lastContact: null,
          daysWithoutContact: null,
          // The coordinator's overdue task is still the agreed next step.
          nextStep: '2026-03-15',
          referralToFirstContactDays: null,
          contactLost: true,
        },
      },
    ]);
  });

  it('gives a company mentor no measurement, letter or anyone else’s task: only their own task', async () => {
    const q = await queueOf('companymentor');
    expect(q.items.map((i: { kind: string; subject: string }) => [i.kind, i.subject])).toEqual([
      ['task', `task:${ids.mentorTask}`],
    ]);
    expect(q.courses).toEqual([]);
    // A mentor whose consent was withdrawn sees nothing of the course, not even their own task.
    expect((await queueOf('withdrawnmentor')).items).toEqual([]);
  });

  it('gives the caseworker the course’s rhythm but not the coordinator’s task or minutes', async () => {
    const q = await queueOf('caseworker');
    expect(q.items.map((i: { kind: string }) => i.kind)).toEqual([
      'noContact',
      'measurement',
      'statusLetter',
    ]);
  });

  it('moves with contact: a held meeting the young person attended and a note recording contact count, a note dated ahead does not', async () => {
    const { db } = server.database;
    await heldMeeting(db, course, {
      day: '2026-03-02',
      chairId: server.world.users.coordinator,
      youngPersonPresent: true,
      approved: true,
    });
    let q = await queueOf('coordinator');
    expect(q.courses[0].momentum).toMatchObject({
      lastContact: '2026-03-02',
      daysWithoutContact: 18,
      contactLost: true,
    });
    expect(q.items.find((i: { kind: string }) => i.kind === 'noContact')).toMatchObject({
      due: '2026-03-17',
      daysWithoutContact: 18,
    });

    const coordinator = await Client.signIn(server.baseUrl, 'coordinator');
    const note = await coordinator.request('POST', `/api/courses/${course.courseId}/journal`, {
      date: today(),
      body: 'Ringede til Sara.',
      visibility: 'team',
      recordsContact: true,
    });
    expect(note.status).toBe(201);
    expect(note.body.note.recordsContact).toBe(true);
    // As of an earlier day the note is in the future: it does not count.
    q = await queueOf('coordinator');
    expect(q.courses[0].momentum.lastContact).toBe('2026-03-02');
    // As of today it is the last contact, and contact is no longer lost.
    q = await queueOf('coordinator', today());
    expect(q.courses[0].momentum).toMatchObject({
      lastContact: today(),
      daysWithoutContact: 0,
      contactLost: false,
    });
    expect(q.items.some((i: { kind: string }) => i.kind === 'noContact')).toBe(false);
  });

  it('shows a future planned meeting as the next step and audits the read per course', async () => {
    await plannedMeeting(server.database.db, course, '2026-03-24', server.world.users.coordinator);
    // Every open task done: the planned meeting is what remains.
    await server.database.db
      .updateTable('tasks')
      .set({ done_at: new Date(), done_by: server.world.users.coordinator })
      .where('done_at', 'is', null)
      .execute();
    const q = await queueOf('coordinator');
    expect(q.courses[0].momentum.nextStep).toBe('2026-03-24');
    const audited = await server.database.db
      .selectFrom('audit_log')
      .select(['course_id', 'actor_user_id'])
      .where('action', '=', 'workQueue.read')
      .where('actor_user_id', '=', server.world.users.coordinator)
      .execute();
    expect(audited.length).toBeGreaterThan(0);
    expect(audited.every((a) => a.course_id === course.courseId)).toBe(true);
  });

  it('refuses a malformed date naming the field, and an anonymous caller', async () => {
    const client = await Client.signIn(server.baseUrl, 'coordinator');
    const bad = await client.request('GET', '/api/work-queue?asOf=2026-02-30');
    expect(bad.status).toBe(400);
    expect(bad.body.error.field).toBe('querystring.asOf');
    expect((await new Client(server.baseUrl).request('GET', '/api/work-queue')).status).toBe(401);
  });
});
