import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sessionCache, startTestServer, type TestServer } from '../../tests/support/server.ts';
import { PASSWORD } from '../../tests/support/world.ts';
import { createUser } from '../demo/builders.ts';
import { addDays, today } from '../platform/dates.ts';
import { recordReminders } from '../reminders/record.ts';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
  // A leader of the municipality (the world has only the institution's): the reminders' fallback.
  await createUser(server.database.db, {
    username: 'kommuneleder',
    displayName: 'Kommunens leder',
    password: PASSWORD,
    organisationId: server.world.organisations.municipality,
    role: 'leader',
  });
});
afterAll(() => server?.close());

const { as, call } = sessionCache(() => server.baseUrl);
const put = async (who: string, id: string, body: unknown, headers: Record<string, string>) =>
  (await as(who)).request('PUT', `/api/initiatives/${id}`, body, headers);

/** Seed 004's first initiative, in short. */
const dropout = {
  area: 'Frafald på erhvervsuddannelserne',
  theme: 'Psykologhjælp til elever i risiko for frafald',
  currentEffort: 'Mentorer på skolen; samtaler ved sygdom.',
  effortGoal: 'En psykologordning for erhvervsskolen',
  baseline: 'Ingen kommunal indsats i dag',
  followUpOn: '2026-06-30',
  followUp: 'Dækker ordningen behovet?',
  targetCount: 40,
  plan: [
    { text: 'Møde om forventninger', due: '2026-02-03' },
    { text: 'Kontrakt og aftaler', due: null },
  ],
  totalCost: 250000,
};

describe('initiatives: create, read, change', () => {
  let id: string;

  it('a caseworker creates one for their municipality; the empty sections are empty', async () => {
    const res = await call('caseworker', 'POST', '/api/initiatives', dropout);
    expect(res.status).toBe(201);
    const i = res.body.initiative;
    id = i.id;
    expect(i).toMatchObject({
      municipalityId: server.world.organisations.municipality,
      municipality: 'Testby Kommune',
      theme: dropout.theme,
      effortGoal: dropout.effortGoal,
      followUpOn: '2026-06-30',
      targetCount: 40,
      totalCost: 250000,
      plan: dropout.plan,
      inspiration: '',
      partnership: null,
      status: 'active',
      mayEdit: true,
      version: 1,
      updatedBy: { id: server.world.users.caseworker, displayName: 'caseworker' },
    });
  });

  it('lists it for the municipality and for the institution development group, read-only there', async () => {
    const mine = await call('caseworker', 'GET', '/api/initiatives');
    expect(mine.status).toBe(200);
    expect(mine.body.initiatives.map((i: { id: string }) => i.id)).toEqual([id]);
    expect(mine.body.municipalities[0]).toMatchObject({ municipality: 'Testby Kommune', mayWrite: true });
    expect(mine.body.municipalities[0].partnerships).toEqual([
      { id: server.world.partnership, name: 'Testby' },
    ]);
    const staff = mine.body.municipalities[0].staff.map((s: { displayName: string }) => s.displayName);
    expect(staff).toContain('caseworker');
    expect(staff).toContain('Kommunens leder');

    for (const who of ['leader', 'coordinator']) {
      const list = await call(who, 'GET', '/api/initiatives');
      expect(list.status, who).toBe(200);
      expect(list.body.initiatives.map((i: { id: string }) => i.id)).toEqual([id]);
      expect(list.body.municipalities[0]).toMatchObject({ mayWrite: false, staff: [], partnerships: [] });
      const one = await call(who, 'GET', `/api/initiatives/${id}`);
      expect(one.body.initiative.mayEdit, who).toBe(false);
    }
  });

  it('marks the follow-up overdue once its date has passed (in words on the page)', async () => {
    const past = addDays(today(), -1);
    const res = await put('caseworker', id, { ...dropout, followUpOn: past }, { 'if-match': '"1"' });
    expect(res.status).toBe(200);
    const list = await call('caseworker', 'GET', '/api/initiatives');
    expect(list.body.initiatives[0]).toMatchObject({ followUpOn: past, overdue: true, dueSoon: false });
  });

  it('changes with If-Match: 428 without it, 412 on a stale version with the current one, audited', async () => {
    const changed = { ...dropout, totalCost: 300000, financing: 'Omprioritering i Ungeenheden' };
    expect((await put('caseworker', id, changed, {})).status).toBe(428);
    const stale = await put('caseworker', id, changed, { 'if-match': '"1"' });
    expect(stale.status).toBe(412);
    expect(stale.body.current.initiative.version).toBe(2);
    const ok = await put('caseworker', id, changed, { 'if-match': '"2"' });
    expect(ok.status).toBe(200);
    expect(ok.body.initiative).toMatchObject({ totalCost: 300000, financing: changed.financing, version: 3 });
    const audited = await server.database.db
      .selectFrom('audit_log')
      .select(['action', 'actor_user_id'])
      .where('object_id', '=', id)
      .orderBy('id')
      .execute();
    expect(audited.map((a) => a.action)).toEqual([
      'initiatives.create',
      'initiatives.update',
      'initiatives.update',
    ]);
  });

  it('links the partnership of its own municipality; another municipality’s is refused naming the field', async () => {
    const current = (await call('caseworker', 'GET', `/api/initiatives/${id}`)).body.initiative;
    const foreign = await put(
      'caseworker',
      id,
      { ...dropout, partnershipId: server.world.otherPartnership },
      { 'if-match': `"${current.version}"` },
    );
    expect(foreign.status).toBe(400);
    expect(foreign.body.error.field).toBe('body.partnershipId');
    const linked = await put(
      'caseworker',
      id,
      { ...dropout, partnershipId: server.world.partnership },
      { 'if-match': `"${current.version}"` },
    );
    expect(linked.status).toBe(200);
    expect(linked.body.initiative.partnership).toEqual({ id: server.world.partnership, name: 'Testby' });
  });

  it('refuses bad input whole, naming the field', async () => {
    const cases: Array<[unknown, string]> = [
      [{ ...dropout, theme: '' }, 'body.theme'],
      [{ ...dropout, followUpOn: '2026-02-30' }, 'body.followUpOn'],
      [{ ...dropout, targetCount: -1 }, 'body.targetCount'],
      [{ ...dropout, totalCost: 12.5 }, 'body.totalCost'],
      [{ ...dropout, plan: [{ text: 'x', due: 'soon' }] }, 'body.plan[0].due'],
      [{ ...dropout, responsibleUserId: server.world.users.coordinator }, 'body.responsibleUserId'],
      [{ ...dropout, unknown: 1 }, 'body.unknown'],
    ];
    for (const [body, field] of cases) {
      const res = await call('caseworker', 'POST', '/api/initiatives', body);
      expect(res.status, field).toBe(400);
      expect(res.body.error.field, JSON.stringify(body)).toBe(field);
    }
    const count = await server.database.db
      .selectFrom('initiatives')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    expect(Number(count.n)).toBe(1);
  });

  it('is 404 to another municipality, to company mentors and participants, and read-only callers cannot write', async () => {
    for (const who of ['othercaseworker', 'companymentor', 'participant', 'workshopmentor']) {
      expect((await call(who, 'GET', `/api/initiatives/${id}`)).status, who).toBe(404);
      expect((await put(who, id, dropout, { 'if-match': '*' })).status, who).toBe(404);
    }
    for (const who of ['companymentor', 'participant']) {
      expect((await call(who, 'GET', '/api/initiatives')).status, who).toBe(404);
      expect((await call(who, 'POST', '/api/initiatives', dropout)).status, who).toBe(404);
    }
    // The other municipality's caseworker reads their own (empty) portfolio, never Testby's.
    const other = await call('othercaseworker', 'GET', '/api/initiatives');
    expect(other.body.initiatives).toEqual([]);
    const filtered = await call(
      'othercaseworker',
      'GET',
      `/api/initiatives?municipalityId=${server.world.organisations.municipality}`,
    );
    expect(filtered.status).toBe(404);
    // The institution's leader reads, but does not write, the municipality's initiatives.
    expect((await put('leader', id, dropout, { 'if-match': '*' })).status).toBe(404);
    expect(
      (
        await call('leader', 'POST', '/api/initiatives', {
          ...dropout,
          municipalityId: server.world.organisations.municipality,
        })
      ).status,
    ).toBe(404);
  });
});

describe('initiatives: follow-up reminders', () => {
  it('the daily job reminds the responsible (else the municipality’s leaders) once per initiative and date', async () => {
    const asOf = '2026-05-01';
    const { world } = server;
    const owned = await call('caseworker', 'POST', '/api/initiatives', {
      ...dropout,
      theme: 'Opfølgning om 10 dage',
      followUpOn: '2026-05-11',
      responsibleUserId: world.users.caseworker,
    });
    const unowned = await call('caseworker', 'POST', '/api/initiatives', {
      ...dropout,
      theme: 'Overskredet',
      followUpOn: '2026-04-01',
    });
    const later = await call('caseworker', 'POST', '/api/initiatives', {
      ...dropout,
      theme: 'Om et halvt år',
      followUpOn: '2026-11-01',
      responsibleUserId: world.users.caseworker,
    });
    expect([owned.status, unowned.status, later.status]).toEqual([201, 201, 201]);

    const subjectsOf = async (userId: string) =>
      (
        await server.database.db
          .selectFrom('notifications')
          .select(['subject_ref', 'due_on', 'overdue', 'kind'])
          .where('user_id', '=', userId)
          .where('kind', '=', 'initiativeFollowUp')
          .orderBy('subject_ref')
          .execute()
      ).map((n) => `${n.subject_ref} ${String(n.overdue)}`);

    await recordReminders(server.database.db, asOf);
    await recordReminders(server.database.db, asOf);
    const leaderId = (
      await server.database.db
        .selectFrom('users')
        .select('id')
        .where('username', '=', 'kommuneleder')
        .executeTakeFirstOrThrow()
    ).id;
    expect(await subjectsOf(world.users.caseworker)).toEqual([
      `initiative:${owned.body.initiative.id} false`,
    ]);
    // The unowned overdue one goes to the municipality's leader; June 30 and November are too far off.
    expect(await subjectsOf(leaderId)).toEqual([`initiative:${unowned.body.initiative.id} true`]);

    // The caseworker sees it on the reminders page, linked to the initiative, once.
    const list = await call('caseworker', 'GET', '/api/notifications');
    const mine = list.body.items.filter((i: { kind: string }) => i.kind === 'initiativeFollowUp');
    expect(mine).toEqual([
      expect.objectContaining({
        kind: 'initiativeFollowUp',
        courseId: null,
        initiativeId: owned.body.initiative.id,
        initiativeTheme: 'Opfølgning om 10 dage',
        due: '2026-05-11',
        overdue: false,
        link: `/indsatser/${owned.body.initiative.id}`,
      }),
    ]);
    expect(mine[0].participantName).toBeUndefined();
    const unread = await call('caseworker', 'GET', '/api/notifications/unread');
    expect(unread.body.unread).toBeGreaterThanOrEqual(1);

    // A new date reminds again; an ended initiative does not.
    const current = (await call('caseworker', 'GET', `/api/initiatives/${owned.body.initiative.id}`)).body
      .initiative;
    await put(
      'caseworker',
      current.id,
      {
        ...dropout,
        theme: current.theme,
        followUpOn: '2026-05-12',
        responsibleUserId: world.users.caseworker,
      },
      { 'if-match': `"${current.version}"` },
    );
    const ended = (await call('caseworker', 'GET', `/api/initiatives/${unowned.body.initiative.id}`)).body
      .initiative;
    await put(
      'caseworker',
      ended.id,
      { ...dropout, theme: ended.theme, followUpOn: '2026-04-02', status: 'ended' },
      { 'if-match': `"${ended.version}"` },
    );
    await recordReminders(server.database.db, asOf);
    expect(await subjectsOf(world.users.caseworker)).toHaveLength(2);
    expect(await subjectsOf(leaderId)).toHaveLength(1);
  });
});
