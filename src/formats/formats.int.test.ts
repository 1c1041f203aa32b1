import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sessionCache, startTestServer, type TestServer } from '../../tests/support/server.ts';
import { addTeamMember, createParticipantWithCourse } from '../demo/builders.ts';
import { addDays, addMonths, today } from '../platform/dates.ts';
import { planAllFormatMeetings, planFormatMeetings } from './plan.ts';
import { nextWorkingDay } from './timing.ts';

let server: TestServer;
let formatsUrl: string;
beforeAll(async () => {
  server = await startTestServer();
  formatsUrl = `/api/partnerships/${server.world.partnership}/formats`;
});
afterAll(() => server?.close());

const { as, call } = sessionCache(() => server.baseUrl);
const send = async (
  who: string,
  method: string,
  url: string,
  body: unknown,
  headers: Record<string, string>,
) => (await as(who)).request(method, url, body, headers);

const rule = (over: Record<string, unknown> = {}) => ({
  id: 'first',
  kind: 'followUp',
  title: 'Første møde',
  timing: { anchor: 'asap', offset: { amount: 0, unit: 'days' }, repeat: null },
  time: '09:30',
  durationMinutes: 45,
  invitees: { roles: ['youthCoordinator'], youngPerson: true },
  agenda: ['Hvordan går det?'],
  ...over,
});
/** Seed 004's parental-leave format: first as soon as possible, second 8 weeks after the birth. */
const leave = {
  name: 'Forældreorlov',
  description: 'Første møde hurtigst muligt, andet 8 uger efter fødslen.',
  rules: [
    rule(),
    rule({
      id: 'second',
      title: 'Andet møde',
      timing: { anchor: 'event', event: 'birth', offset: { amount: 8, unit: 'weeks' } },
    }),
  ],
};

/** A course starting in a week with a coordinator, a caseworker and a workshop mentor. */
async function newCourse(ref: string) {
  const { db } = server.database;
  const { world } = server;
  const course = await createParticipantWithCourse(db, {
    partnershipId: world.partnership,
    municipalityId: world.organisations.municipality,
    ref,
    givenName: 'Ida',
    familyName: ref,
    birthDate: '2002-05-05',
    gender: 'female',
    startDate: addDays(today(), 7),
    grantedMonths: 24,
  });
  const team = [
    ['coordinator', world.organisations.institution, 'youthCoordinator'],
    ['caseworker', world.organisations.municipality, 'caseworker'],
    ['workshopMentor', world.organisations.institution, 'workshopMentor'],
  ] as const;
  for (const [who, organisationId, role] of team)
    await addTeamMember(db, {
      courseId: course.courseId,
      municipalityId: world.organisations.municipality,
      userId: world.users[who],
      organisationId,
      role,
    });
  return course;
}

async function formatMeetings(courseId: string) {
  const rows = await server.database.db
    .selectFrom('meetings')
    .select(['id', 'kind', 'title', 'starts_at', 'status', 'format_rule', 'host_id', 'agenda'])
    .where('course_id', '=', courseId)
    .where('format_id', 'is not', null)
    .orderBy('starts_at')
    .execute();
  const invitees = await server.database.db
    .selectFrom('meeting_participants')
    .select(['meeting_id', 'kind', 'user_id'])
    .where('meeting_id', 'in', rows.map((r) => r.id).concat('00000000-0000-0000-0000-000000000000'))
    .execute();
  const day = (d: Date) => new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Copenhagen' }).format(d);
  return rows.map((r) => ({
    ...r,
    day: day(new Date(r.starts_at)),
    invited: invitees
      .filter((i) => i.meeting_id === r.id)
      .map((i) => (i.kind === 'user' ? i.user_id : i.kind))
      .sort(),
  }));
}

async function defaultFormatId() {
  const res = await call('coordinator', 'GET', formatsUrl);
  return res.body.formats.find((f: { isDefault: boolean }) => f.isDefault).id as string;
}

async function auditCount(action: string, objectId?: string) {
  let q = server.database.db.selectFrom('audit_log').select('id').where('action', '=', action);
  if (objectId) q = q.where('object_id', '=', objectId);
  return (await q.execute()).length;
}

describe('coordination formats of a partnership', () => {
  it('lists the default first: the model rhythm, read-only', async () => {
    const res = await call('leader', 'GET', formatsUrl);
    expect(res.status).toBe(200);
    const [first] = res.body.formats;
    expect(first).toMatchObject({ isDefault: true, partnershipId: null, version: 1, events: [] });
    expect(first.rules.map((r: { id: string; kind: string }) => `${r.id}:${r.kind}`)).toEqual([
      'visit:visit',
      'startUp:startUp',
      'evaluation:evaluation',
      'status:status',
      'network:network',
    ]);
    const put = await send('coordinator', 'PUT', `${formatsUrl}/${first.id}`, leave, { 'if-match': '"1"' });
    expect(put.status).toBe(409);
    expect(put.body.error.code).toBe('read_only');
  });

  it('copies, edits with If-Match and keeps every version', async () => {
    const defaultId = await defaultFormatId();
    const created = await call('coordinator', 'POST', formatsUrl, { ...leave, copiedFrom: defaultId });
    expect(created.status).toBe(201);
    expect(created.body.format).toMatchObject({
      name: 'Forældreorlov',
      isDefault: false,
      version: 1,
      copiedFrom: defaultId,
      events: ['birth'],
    });
    const url = `${formatsUrl}/${created.body.format.id}`;
    const changed = { ...leave, name: 'Forældreorlov (8 uger)' };
    const v2 = await send('caseworker', 'PUT', url, changed, { 'if-match': '"1"' });
    expect(v2.status).toBe(200);
    expect(v2.body.format).toMatchObject({ name: 'Forældreorlov (8 uger)', version: 2 });
    // Someone who opened version 1 saves over nothing: 412 with the current one.
    const stale = await send('coordinator', 'PUT', url, leave, { 'if-match': '"1"' });
    expect(stale.status).toBe(412);
    expect(stale.body.error.field).toBe('If-Match');
    expect((await send('coordinator', 'PUT', url, leave, {})).status).toBe(428);
    const history = await call('coordinator', 'GET', `${url}/history`);
    expect(
      history.body.versions.map((v: { version: number; name: string }) => `${v.version} ${v.name}`),
    ).toEqual(['2 Forældreorlov (8 uger)', '1 Forældreorlov']);
    expect(history.body.versions[0].changedBy.displayName).toBe('caseworker');
    expect(await auditCount('formats.create', created.body.format.id)).toBe(1);
    expect(await auditCount('formats.change', created.body.format.id)).toBe(1);
  });

  it('refuses bad rules naming the field, and writes nothing', async () => {
    const bad = async (rules: unknown[]) =>
      (await call('coordinator', 'POST', formatsUrl, { ...leave, rules })).body;
    expect(
      (
        await bad([
          rule({ timing: { anchor: 'previous', after: 'nope', offset: { amount: 1, unit: 'weeks' } } }),
        ])
      ).error.field,
    ).toBe('body.rules[0].timing.after');
    expect((await bad([rule(), rule()])).error.field).toBe('body.rules[1].id');
    expect((await bad([rule({ time: '25:00' })])).error.field).toBe('body.rules[0].time');
    expect(
      (
        await bad([
          rule({
            timing: {
              anchor: 'statusLetter',
              offset: { amount: 2, unit: 'weeks' },
              repeat: { every: 3, unit: 'months', count: 2 },
            },
          }),
        ])
      ).error.field,
    ).toBe('body.rules[0].timing.repeat');
    expect((await bad([])).error.field).toBe('body.rules');
    const names = (await call('coordinator', 'GET', formatsUrl)).body.formats.map(
      (f: { name: string }) => f.name,
    );
    expect(names.filter((n: string) => n === 'Forældreorlov').length).toBeLessThanOrEqual(1);
  });

  it("is not there for another partnership's development group nor for a company", async () => {
    const ownId = (await call('coordinator', 'POST', formatsUrl, leave)).body.format.id;
    expect((await call('othercaseworker', 'GET', formatsUrl)).status).toBe(404);
    expect((await call('companymentor', 'GET', formatsUrl)).status).toBe(404);
    // Through their own partnership, a format of another is not found either.
    const theirs = `/api/partnerships/${server.world.otherPartnership}/formats`;
    expect((await call('othercaseworker', 'GET', theirs)).status).toBe(200);
    expect((await call('othercaseworker', 'GET', `${theirs}/${ownId}`)).status).toBe(404);
    const put = await send('othercaseworker', 'PUT', `${theirs}/${ownId}`, leave, { 'if-match': '*' });
    expect(put.status).toBe(404);
    // The other partnership's list holds the default and nothing of this one.
    const list = (await call('othercaseworker', 'GET', theirs)).body.formats;
    expect(list.map((f: { isDefault: boolean }) => f.isDefault)).toEqual([true]);
  });
});

describe('a format on a course', () => {
  it('plans the default rhythm with the right invitees; applying and planning again write nothing new', async () => {
    const course = await newCourse('F1');
    const { world } = server;
    const url = `/api/courses/${course.courseId}/formats`;
    const formatId = await defaultFormatId();
    const applied = await call('coordinator', 'POST', url, { formatId });
    expect(applied.status).toBe(201);
    const start = addDays(today(), 7);
    // Visit as soon as possible, start-up on the start, evaluation 6 weeks on, network meetings every
    // 3 months within the next 12 (the fourth falls after the horizon); no letter yet, so no status meeting.
    const expected = [
      `visit ${nextWorkingDay(today())}`,
      `startUp ${start}`,
      `evaluation ${addDays(start, 42)}`,
      `network ${addMonths(start, 3)}`,
      `network ${addMonths(start, 6)}`,
      `network ${addMonths(start, 9)}`,
    ];
    expect(applied.body.planned).toBe(6);
    const meetings = await formatMeetings(course.courseId);
    expect(meetings.map((m) => `${m.format_rule} ${m.day}`)).toEqual(expected);
    const visit = meetings[0];
    expect(visit?.invited).toEqual([world.users.coordinator, world.users.caseworker, 'youngPerson'].sort());
    expect(visit?.host_id).toBe(world.users.coordinator);
    expect(
      new Date(visit?.starts_at ?? 0).toLocaleTimeString('da-DK', { timeZone: 'Europe/Copenhagen' }),
    ).toMatch(/^10[.:]00/);
    const network = meetings[3];
    expect(network?.invited).toEqual(
      [world.users.coordinator, world.users.caseworker, world.users.workshopMentor, 'youngPerson'].sort(),
    );
    expect(meetings[1]?.agenda.map((a) => a.heading)[0]).toBe('Hvilket mål arbejder vi med?');

    const again = await call('coordinator', 'POST', url, { formatId });
    expect(again.status).toBe(201);
    expect(again.body.planned).toBe(0);
    expect(again.body.courseFormat.id).toBe(applied.body.courseFormat.id);
    const { planned } = await server.database.db
      .transaction()
      .execute((tx) => planFormatMeetings(tx, course.courseId, today()));
    expect(planned).toBe(0);
    expect((await formatMeetings(course.courseId)).length).toBe(6);
    // A day later than a year on, the daily run reaches the next network meeting, once.
    const later = await server.database.db
      .transaction()
      .execute((tx) => planFormatMeetings(tx, course.courseId, addDays(today(), 40)));
    expect(later.planned).toBe(1);
    // The daily run over every course with a format in use writes nothing more for the same day.
    const daily = await server.database.db
      .transaction()
      .execute((tx) => planAllFormatMeetings(tx, addDays(today(), 40)));
    expect(daily.planned).toBe(0);
    expect(await auditCount('formats.apply', applied.body.courseFormat.id)).toBe(2);
    expect(await auditCount('formats.plan')).toBeGreaterThanOrEqual(2);

    const read = await call('coordinator', 'GET', url);
    expect(read.body.inUse.map((u: { formatId: string }) => u.formatId)).toEqual([formatId]);
    expect(read.body.upcoming.length).toBeGreaterThanOrEqual(5);
  });

  it('needs the named event dates its rules count from', async () => {
    const course = await newCourse('F2');
    const format = (await call('coordinator', 'POST', formatsUrl, leave)).body.format;
    const url = `/api/courses/${course.courseId}/formats`;
    const missing = await call('coordinator', 'POST', url, { formatId: format.id });
    expect(missing.status).toBe(400);
    expect(missing.body.error.field).toBe('body.events.birth');
    const birth = addDays(today(), 30);
    const ok = await call('coordinator', 'POST', url, { formatId: format.id, events: { birth } });
    expect(ok.status).toBe(201);
    expect((await formatMeetings(course.courseId)).map((m) => `${m.format_rule} ${m.day}`)).toEqual([
      `first ${nextWorkingDay(today())}`,
      `second ${addDays(birth, 56)}`,
    ]);
    // The events are the course's administration: a company never receives them.
    const other = await call('coordinator', 'POST', url, {
      formatId: '00000000-0000-4000-8000-000000000000',
    });
    expect(other.body.error.field).toBe('body.formatId');
  });

  it('plans the status meeting 2 weeks after an approved status letter', async () => {
    const course = server.world.courseA;
    const url = `/api/courses/${course.courseId}/formats`;
    expect((await call('coordinator', 'POST', url, { formatId: await defaultFormatId() })).status).toBe(201);
    const before = (await formatMeetings(course.courseId)).filter((m) => m.format_rule === 'status');
    expect(before).toEqual([]);
    const letters = `/api/courses/${course.courseId}/status-letters`;
    expect((await call('coordinator', 'POST', `${letters}/draft`)).status).toBe(201);
    const approved = await send('coordinator', 'POST', `${letters}/draft/approve`, undefined, {
      'if-match': '*',
    });
    expect(approved.status).toBe(201);
    const status = (await formatMeetings(course.courseId)).filter((m) => m.format_rule === 'status');
    expect(status.map((m) => m.day)).toEqual([addDays(today(), 14)]);
    expect(status[0]?.invited).toEqual(
      [server.world.users.coordinator, server.world.users.caseworker, 'youngPerson'].sort(),
    );
    // The company mentor is not invited to it, so does not see it among the next meetings.
    const mentor = await call('companymentor', 'GET', url);
    expect(mentor.status).toBe(200);
    expect(mentor.body.upcoming).toEqual([]);
    expect(mentor.body.inUse[0]).not.toHaveProperty('events');
    const coordinator = await call('coordinator', 'GET', url);
    expect(coordinator.body.upcoming.some((m: { ruleId: string }) => m.ruleId === 'status')).toBe(true);
  });

  it('stopping keeps changed meetings and cancels the untouched future ones; then it can be applied anew', async () => {
    const course = await newCourse('F3');
    const url = `/api/courses/${course.courseId}/formats`;
    const formatId = await defaultFormatId();
    const use = (await call('coordinator', 'POST', url, { formatId })).body.courseFormat;
    const [, startUp] = await formatMeetings(course.courseId);
    // Someone moved the start-up meeting: it is theirs now.
    await server.database.db
      .updateTable('meetings')
      .set((eb) => ({ version: eb('version', '+', 1), place: 'Værkstedet' }))
      .where('id', '=', startUp?.id ?? '')
      .execute();
    const stopUrl = `${url}/${use.id}/stop`;
    expect(
      (await send('workshopmentor', 'POST', stopUrl, undefined, { 'if-match': `"${use.version}"` })).status,
    ).toBe(404);
    const stale = await send('coordinator', 'POST', stopUrl, undefined, { 'if-match': '"7"' });
    expect(stale.status).toBe(412);
    const stopped = await send('coordinator', 'POST', stopUrl, undefined, { 'if-match': `"${use.version}"` });
    expect(stopped.status).toBe(200);
    expect(stopped.body.courseFormat.stoppedOn).toBe(today());
    const after = await formatMeetings(course.courseId);
    const stillPlanned = after.filter((m) => m.status === 'planned' && m.format_rule !== 'visit');
    expect(stillPlanned.map((m) => m.format_rule)).toEqual(['startUp']);
    // The visit today may already have begun; everything else in the future was cancelled.
    expect(stopped.body.cancelled).toBeGreaterThanOrEqual(4);
    expect(await auditCount('formats.stop', use.id)).toBe(1);
    const anew = await call('coordinator', 'POST', url, { formatId });
    expect(anew.status).toBe(201);
    expect(anew.body.courseFormat.id).not.toBe(use.id);
    expect(anew.body.planned).toBe(stopped.body.cancelled);
  });
});
