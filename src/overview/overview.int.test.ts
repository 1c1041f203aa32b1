import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Invitee } from '../../src/meetings/insert.ts';
import { insertMeeting } from '../../src/meetings/insert.ts';
import type { MeetingKind } from '../../src/meetings/kinds.ts';
import { Client, sessionCache, startTestServer, type TestServer } from '../../tests/support/server.ts';
import { addDays, today } from '../platform/dates.ts';

/**
 * The shared meeting overview, the calendar feed and "Følte du dig hørt?": who sees which meeting,
 * the feed's secret address, and the young person's answer.
 */
let server: TestServer;
const ids: Record<string, string> = {};
const HOUR = 3_600_000;
const now = Date.now();
const from = addDays(today(), -40);
const to = addDays(today(), 40);

beforeAll(async () => {
  server = await startTestServer();
  const { world, database } = server;
  const { db } = database;
  const a = {
    courseId: world.courseA.courseId,
    municipalityId: world.organisations.municipality,
    partnershipId: world.partnership,
  };
  const meeting = (
    name: string,
    where: { courseId: string | null; municipalityId: string; partnershipId: string },
    kind: MeetingKind,
    inHours: number,
    invitees: Invitee[],
  ) =>
    insertMeeting(db, {
      ...where,
      kind,
      title: `Titel ${name}`,
      startsAt: new Date(now + inHours * HOUR),
      endsAt: new Date(now + (inHours + 1) * HOUR),
      place: `Sted ${name}`,
      agenda: [],
      invitees,
      createdBy: world.users.coordinator,
    }).then((m) => {
      ids[name] = m.id;
    });
  const coordinator: Invitee = { kind: 'user', userId: world.users.coordinator };
  await meeting('status', a, 'status', 48, [coordinator, { kind: 'youngPerson' }]);
  await meeting('internship', a, 'followUp', 72, [
    { kind: 'user', userId: world.users.companyMentor },
    { kind: 'youngPerson' },
  ]);
  await meeting('staffOnly', a, 'network', 96, [coordinator]);
  await meeting('group', { ...a, courseId: null }, 'developmentGroup', 120, [coordinator]);
  await meeting(
    'otherCourse',
    {
      courseId: world.courseB.courseId,
      municipalityId: world.organisations.otherMunicipality,
      partnershipId: world.otherPartnership,
    },
    'status',
    50,
    [],
  );
  await meeting('heldPresent', a, 'startUp', -72, [coordinator, { kind: 'youngPerson' }]);
  await meeting('heldAbsent', a, 'evaluation', -48, [coordinator, { kind: 'youngPerson' }]);
  await meeting('heldNotInvited', a, 'followUp', -24, [coordinator]);
  await db
    .updateTable('meetings')
    .set({ status: 'held' })
    .where('id', 'in', [ids.heldPresent, ids.heldAbsent, ids.heldNotInvited] as string[])
    .execute();
  await db
    .updateTable('meeting_participants')
    .set((eb) => ({
      present: eb
        .case()
        .when('meeting_id', '=', ids.heldPresent as string)
        .then(true)
        .else(false)
        .end(),
    }))
    .where('meeting_id', 'in', [ids.heldPresent, ids.heldAbsent] as string[])
    .execute();
});
afterAll(() => server?.close());

const { as, call } = sessionCache(() => server.baseUrl);
const names = (meetings: Array<{ id: string }>) =>
  meetings.map((m) => Object.entries(ids).find(([, id]) => id === m.id)?.[0] ?? m.id).sort();

describe('the shared meeting overview', () => {
  const all = ['heldAbsent', 'heldNotInvited', 'heldPresent', 'internship', 'staffOnly', 'status'];
  it.each([
    ['coordinator', [...all, 'group']],
    ['caseworker', [...all, 'group']],
    ['workshopmentor', all],
    ['jobconsultant', all],
    // A company mentor: only the meeting they are invited to.
    ['companymentor', ['internship']],
    // Consent withdrawn: nothing.
    ['withdrawnmentor', []],
    // The young person: the meetings they are invited to.
    ['participant', ['heldAbsent', 'heldPresent', 'internship', 'status']],
    // A leader on no course: the development group's meetings only.
    ['leader', ['group']],
    ['othercaseworker', ['otherCourse']],
    ['administrator', []],
  ])('shows %s exactly the meetings they may see', async (who, expected) => {
    const res = await call(who, 'GET', `/api/meetings?from=${from}&to=${to}`);
    expect(res.status).toBe(200);
    expect(names(res.body.meetings)).toEqual([...expected].sort());
  });

  it('says who the course is about, whether the reader is invited, and sorts by start', async () => {
    const res = await call('coordinator', 'GET', `/api/meetings?from=${from}&to=${to}`);
    const status = res.body.meetings.find((m: { id: string }) => m.id === ids.status);
    expect(status).toMatchObject({
      kind: 'status',
      title: 'Titel status',
      place: 'Sted status',
      invited: true,
      status: 'planned',
      course: { id: server.world.courseA.courseId, participantName: 'Sara Holm' },
      partnership: { id: server.world.partnership, name: 'Testby' },
    });
    const staffOnly = res.body.meetings.find((m: { id: string }) => m.id === ids.staffOnly);
    expect(staffOnly.invited).toBe(true);
    const caseworkerView = await call('caseworker', 'GET', `/api/meetings?from=${from}&to=${to}`);
    expect(caseworkerView.body.meetings.find((m: { id: string }) => m.id === ids.status).invited).toBe(false);
    const starts = res.body.meetings.map((m: { startsAt: string }) => m.startsAt);
    expect(starts).toEqual([...starts].sort());
    const group = res.body.meetings.find((m: { id: string }) => m.id === ids.group);
    expect(group.course).toBeNull();
  });

  it('leaves out meetings outside the period', async () => {
    const res = await call(
      'coordinator',
      'GET',
      `/api/meetings?from=${addDays(today(), 2)}&to=${addDays(today(), 3)}`,
    );
    expect(names(res.body.meetings)).toEqual(['internship', 'status']);
  });

  it('refuses a bad period with 400 naming the field', async () => {
    const backwards = await call('coordinator', 'GET', `/api/meetings?from=${to}&to=${from}`);
    expect(backwards.status).toBe(400);
    expect(backwards.body.error.field).toBe('querystring.to');
    const missing = await call('coordinator', 'GET', `/api/meetings?to=${to}`);
    expect(missing.status).toBe(400);
    expect(missing.body.error.field).toBe('querystring.from');
    const tooLong = await call('coordinator', 'GET', '/api/meetings?from=2026-01-01&to=2027-06-01');
    expect(tooLong.status).toBe(400);
    expect(tooLong.body.error.field).toBe('querystring.to');
    expect(
      (await call('coordinator', 'GET', '/api/meetings?from=2026-02-30&to=2026-03-01')).body.error.field,
    ).toBe('querystring.from');
  });

  it('audits one row per course it showed, with the count', async () => {
    const { db } = server.database;
    const before = await db
      .selectFrom('audit_log')
      .select('id')
      .where('action', '=', 'meetings.overview.read')
      .execute();
    await call('companymentor', 'GET', `/api/meetings?from=${from}&to=${to}`);
    const rows = await db
      .selectFrom('audit_log')
      .selectAll()
      .where('action', '=', 'meetings.overview.read')
      .orderBy('id')
      .execute();
    expect(rows.length).toBe(before.length + 1);
    expect(rows.at(-1)).toMatchObject({
      actor_user_id: server.world.users.companyMentor,
      course_id: server.world.courseA.courseId,
      participant_id: server.world.courseA.participantId,
      detail: { from, to, meetings: 1 },
    });
    // Nothing shown, nothing read: the leader's partnership meeting is about no young person.
    const count = (
      await db.selectFrom('audit_log').select('id').where('action', '=', 'meetings.overview.read').execute()
    ).length;
    await call('leader', 'GET', `/api/meetings?from=${from}&to=${to}`);
    expect(
      (await db.selectFrom('audit_log').select('id').where('action', '=', 'meetings.overview.read').execute())
        .length,
    ).toBe(count);
  });

  it('shows a partnership meeting read-only to its development group only', async () => {
    const url = `/api/partnership-meetings/${ids.group}`;
    expect((await call('leader', 'GET', url)).body.meeting).toMatchObject({
      id: ids.group,
      kind: 'developmentGroup',
      course: null,
    });
    expect((await call('workshopmentor', 'GET', url)).status).toBe(404);
    expect((await call('othercaseworker', 'GET', url)).status).toBe(404);
    // A course meeting is not a partnership meeting.
    expect((await call('coordinator', 'GET', `/api/partnership-meetings/${ids.status}`)).status).toBe(404);
  });
});

describe('the calendar feed', () => {
  const fetchFeed = (url: string) => fetch(server.baseUrl + new URL(url).pathname);

  it('gives a secret address once, serves the meetings as iCalendar, and nothing once revoked', async () => {
    const coordinator = await as('coordinator');
    expect((await coordinator.request('GET', '/api/calendar-feed')).body).toMatchObject({ active: false });
    const made = await coordinator.request('PUT', '/api/calendar-feed');
    expect(made.status).toBe(200);
    expect(made.body.url).toMatch(/^http:\/\/localhost:3000\/api\/calendar\/[A-Za-z0-9_-]{43}\.ics$/);
    const token = made.body.url.split('/').at(-1).replace('.ics', '');
    // Only a hash is stored.
    const stored = await server.database.db.selectFrom('calendar_tokens').selectAll().execute();
    expect(JSON.stringify(stored)).not.toContain(token);

    const res = await fetchFeed(made.body.url);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
    const ics = await res.text();
    const unfolded = ics.replace(/\r\n /g, '');
    expect(ics.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
    expect(ics).toContain(`UID:${ids.status}@vivirk\r\n`);
    expect(ics).toContain('SUMMARY:Statusmøde\\, S.H.\r\n');
    expect(ics).toContain('LOCATION:Sted status\r\n');
    expect(unfolded).toContain(
      `URL:http://localhost:3000/forloeb/${server.world.courseA.courseId}/moeder/${ids.status}\r\n`,
    );
    expect(unfolded).toContain(`URL:http://localhost:3000/moeder/partnerskab/${ids.group}\r\n`);
    expect(ics).toMatch(/DTSTAMP:\d{8}T\d{6}Z\r\n/);
    // No full name, no title (it may say anything), no other partnership's meeting.
    expect(ics).not.toContain('Sara');
    expect(ics).not.toContain('Holm');
    expect(ics).not.toContain('Titel');
    expect(ics).not.toContain(ids.otherCourse);
    expect((await coordinator.request('GET', '/api/calendar-feed')).body).toMatchObject({ active: true });

    // The same UID on the next fetch: a calendar updates the event instead of adding another.
    expect(await (await fetchFeed(made.body.url)).text()).toContain(`UID:${ids.status}@vivirk`);

    expect((await coordinator.request('POST', '/api/calendar-feed/revoke')).status).toBe(200);
    const gone = await fetchFeed(made.body.url);
    expect(gone.status).toBe(404);
    expect(await gone.text()).not.toContain('VCALENDAR');
    expect((await coordinator.request('GET', '/api/calendar-feed')).body).toMatchObject({ active: false });
  });

  it('rotating makes the old address stop working; unknown tokens are 404', async () => {
    const coordinator = await as('coordinator');
    const first = (await coordinator.request('PUT', '/api/calendar-feed')).body.url;
    const second = (await coordinator.request('PUT', '/api/calendar-feed')).body.url;
    expect((await fetchFeed(first)).status).toBe(404);
    expect((await fetchFeed(second)).status).toBe(200);
    expect((await fetch(`${server.baseUrl}/api/calendar/${'a'.repeat(43)}.ics`)).status).toBe(404);
    expect((await fetch(`${server.baseUrl}/api/calendar/not-a-token.ics`)).status).toBe(404);
    expect((await fetch(`${server.baseUrl}/api/calendar/${'x'.repeat(90)}.ics`)).status).toBe(404);
  });

  it('checks access again on every fetch: consent narrowed, or taken off the course', async () => {
    const { db } = server.database;
    const mentor = await as('companymentor');
    const url = (await mentor.request('PUT', '/api/calendar-feed')).body.url;
    expect(await (await fetchFeed(url)).text()).toContain(`UID:${ids.internship}@vivirk`);
    // The young person no longer shares meetings with the company.
    await db
      .updateTable('consents')
      .set({ categories: ['contact', 'goals'] })
      .where('id', '=', server.world.consents.company)
      .execute();
    const after = await fetchFeed(url);
    expect(after.status).toBe(200);
    expect(await after.text()).not.toContain(ids.internship);

    const mentorUrl = (await (await as('workshopmentor')).request('PUT', '/api/calendar-feed')).body.url;
    expect(await (await fetchFeed(mentorUrl)).text()).toContain(ids.staffOnly);
    await db
      .deleteFrom('course_team')
      .where('user_id', '=', server.world.users.workshopMentor)
      .where('course_id', '=', server.world.courseA.courseId)
      .execute();
    expect(await (await fetchFeed(mentorUrl)).text()).not.toContain(ids.staffOnly);
  });

  it('audits each fetch per course as the feed owner', async () => {
    const coordinator = await as('coordinator');
    const url = (await coordinator.request('PUT', '/api/calendar-feed')).body.url;
    await fetchFeed(url);
    const row = await server.database.db
      .selectFrom('audit_log')
      .selectAll()
      .where('action', '=', 'calendar.feed.read')
      .orderBy('id', 'desc')
      .executeTakeFirstOrThrow();
    expect(row).toMatchObject({
      actor_user_id: server.world.users.coordinator,
      course_id: server.world.courseA.courseId,
      detail: { meetings: 6 },
    });
  });

  it('needs a session to make or revoke an address', async () => {
    const anonymous = new Client(server.baseUrl);
    expect((await anonymous.request('PUT', '/api/calendar-feed')).status).toBe(401);
    expect((await anonymous.request('POST', '/api/calendar-feed/revoke')).status).toBe(401);
  });
});

describe('"Følte du dig hørt?"', () => {
  const base = () => `/api/courses/${server.world.courseA.courseId}/own-meetings`;

  it('asks after held meetings the young person attended, and lists their next meetings', async () => {
    const res = await call('participant', 'GET', base());
    expect(res.status).toBe(200);
    expect(names(res.body.askFeltHeard)).toEqual(['heldPresent']);
    expect(names(res.body.upcoming)).toEqual(['internship', 'status']);
    expect(res.body.upcoming[0]).toMatchObject({ kind: 'status', place: 'Sted status' });
  });

  it('stores one answer with the meeting day, and refuses a second', async () => {
    const url = `${base()}/${ids.heldPresent}/felt-heard`;
    const first = await call('participant', 'POST', url, { answer: 'yes' });
    expect(first.status).toBe(201);
    const day = today(new Date(now - 72 * HOUR));
    expect(first.body).toEqual({ meetingId: ids.heldPresent, answer: 'yes', meetingDay: day });
    const again = await call('participant', 'POST', url, { answer: 'no' });
    expect(again.status).toBe(409);
    const stored = await server.database.db.selectFrom('meeting_feedback').selectAll().execute();
    expect(stored).toMatchObject([
      {
        meeting_id: ids.heldPresent,
        participant_id: server.world.courseA.participantId,
        partnership_id: server.world.partnership,
        answer: 'yes',
        meeting_day: day,
      },
    ]);
    // Answered: no longer asked.
    expect((await call('participant', 'GET', base())).body.askFeltHeard).toEqual([]);
    const audit = await server.database.db
      .selectFrom('audit_log')
      .selectAll()
      .where('action', '=', 'meetings.feltHeard.answer')
      .orderBy('id')
      .execute();
    expect(audit.map((r) => r.outcome)).toEqual(['ok', 'refused']);
    expect(audit[0]).toMatchObject({
      actor_user_id: server.world.users.participant,
      object_id: ids.heldPresent,
    });
  });

  it('refuses meetings that are not theirs to answer', async () => {
    for (const name of ['heldAbsent', 'heldNotInvited', 'status', 'group', 'otherCourse']) {
      const res = await call('participant', 'POST', `${base()}/${ids[name]}/felt-heard`, { answer: 'yes' });
      expect(res.status, name).toBe(404);
    }
    const bad = await call('participant', 'POST', `${base()}/${ids.heldAbsent}/felt-heard`, {
      answer: 'maybe',
    });
    expect(bad.status).toBe(400);
    expect(bad.body.error.field).toBe('body.answer');
    // Nobody answers for the young person.
    for (const who of ['coordinator', 'caseworker', 'companymentor']) {
      expect(
        (await call(who, 'POST', `${base()}/${ids.heldPresent}/felt-heard`, { answer: 'yes' })).status,
      ).toBe(404);
      expect((await call(who, 'GET', base())).status).toBe(404);
    }
  });

  it("adds the felt-heard share to the partnership's report", async () => {
    const res = await call(
      'leader',
      'GET',
      `/api/partnerships/${server.world.partnership}/report?asOf=${today()}`,
    );
    expect(res.status).toBe(200);
    expect(res.body.feltHeard).toEqual({ yes: 1, partly: 0, no: 0, share: 1 });
    expect(res.body.admitted).toBeTypeOf('number');
    const before = await call(
      'leader',
      'GET',
      `/api/partnerships/${server.world.partnership}/report?asOf=2025-01-01`,
    );
    expect(before.body.feltHeard).toEqual({ yes: 0, partly: 0, no: 0, share: null });
  });
});
