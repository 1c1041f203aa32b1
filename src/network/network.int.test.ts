import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sessionCache, startTestServer, type TestServer } from '../../tests/support/server.ts';

/** The young person's network: who, relation, contact, role on the course, and who sees whom. */
let server: TestServer;
let base: string;
beforeAll(async () => {
  server = await startTestServer();
  base = `/api/courses/${server.world.courseA.courseId}/network`;
});
afterAll(() => server?.close());

const { as, call } = sessionCache(() => server.baseUrl);
const withVersion = async (who: string, method: string, url: string, body: unknown, version: number) =>
  (await as(who)).request(method, url, body, { 'if-match': `"${version}"` });
const add = async (body: Record<string, unknown>) => {
  const res = await call('coordinator', 'POST', base, body);
  expect(res.status).toBe(201);
  return res.body.member;
};
const mother = {
  name: 'Hanne Holm',
  relation: 'family',
  sphere: 'private',
  phone: '20 30 40 50',
  courseRole: 'deltager i netværksmøder',
  closeness: 'close',
};
const psychiatrist = {
  name: 'Dr. Storm',
  relation: 'psychiatrist',
  sphere: 'professional',
  closeness: 'further',
};
const auditRows = (action: string) =>
  server.database.db
    .selectFrom('audit_log')
    .selectAll()
    .where('action', '=', action)
    .where('course_id', '=', server.world.courseA.courseId)
    .orderBy('id')
    .execute();

describe('network', () => {
  it('adds people and lists the close ones first, audited', async () => {
    const friend = await add({ name: 'Ali', relation: 'friend', sphere: 'private', closeness: 'further' });
    const mum = await add(mother);
    expect(mum).toMatchObject({ ...mother, email: '', version: 1 });
    expect((await auditRows('network.create')).at(-1)?.object_id).toBe(mum.id);
    const before = (await auditRows('network.read')).length;
    const list = await call('coordinator', 'GET', base);
    expect(list.status).toBe(200);
    const ids = list.body.members.map((m: { id: string }) => m.id);
    expect(ids.indexOf(mum.id)).toBeLessThan(ids.indexOf(friend.id));
    const reads = await auditRows('network.read');
    expect(reads.length).toBe(before + 1);
    expect((reads.at(-1)!.detail as { count: number }).count).toBe(ids.length);
  });

  it('changes with If-Match (412 on a stale version) and removes a person without deleting the row', async () => {
    const member = await add({ ...mother, name: 'Søster' });
    const url = `${base}/${member.id}`;
    const changed = await withVersion('coordinator', 'PATCH', url, { closeness: 'further' }, 1);
    expect(changed.status).toBe(200);
    expect(changed.body.member).toMatchObject({ version: 2, closeness: 'further', name: 'Søster' });
    const stale = await withVersion('coordinator', 'PATCH', url, { name: 'x' }, 1);
    expect(stale.status).toBe(412);
    expect(stale.body.current).toMatchObject({ version: 2, closeness: 'further' });
    expect((await call('coordinator', 'PATCH', url, { name: 'x' })).status).toBe(428);
    expect((await withVersion('coordinator', 'DELETE', url, undefined, 1)).status).toBe(412);

    const removed = await withVersion('coordinator', 'DELETE', url, undefined, 2);
    expect(removed.status).toBe(200);
    expect((await auditRows('network.remove')).at(-1)?.object_id).toBe(member.id);
    const list = await call('coordinator', 'GET', base);
    expect(list.body.members.map((m: { id: string }) => m.id)).not.toContain(member.id);
    const row = await server.database.db
      .selectFrom('network_members')
      .selectAll()
      .where('id', '=', member.id)
      .executeTakeFirstOrThrow();
    expect(row.removed_by).toBe(server.world.users.coordinator);
    expect(row.name).toBe('Søster');
    expect((await withVersion('coordinator', 'PATCH', url, { name: 'x' }, 3)).status).toBe(404);
  });

  it.each([
    [{ ...mother, name: '' }, 'body.name'],
    [{ ...mother, relation: 'neighbour' }, 'body.relation'],
    [{ ...mother, sphere: 'secret' }, 'body.sphere'],
    [{ ...mother, closeness: 'far' }, 'body.closeness'],
    [{ ...mother, email: 'nope' }, 'body.email'],
    [{ ...mother, phone: 'ring' }, 'body.phone'],
    [{ name: 'Uden alt' }, 'body.relation'],
  ])('refuses bad input with 400 naming the field (%#)', async (body, field) => {
    const res = await call('coordinator', 'POST', base, body);
    expect(res.status).toBe(400);
    expect(res.body.error.field).toBe(field);
  });

  it('lets the team, the caseworker and the participant read; only the coordinator writes', async () => {
    const member = await add(mother);
    for (const who of ['participant', 'caseworker', 'workshopmentor', 'jobconsultant', 'companymentor'])
      expect((await call(who, 'GET', base)).status).toBe(200);
    for (const who of ['participant', 'caseworker', 'companymentor', 'workshopmentor']) {
      expect((await call(who, 'POST', base, mother)).status).toBe(404);
      expect((await withVersion(who, 'PATCH', `${base}/${member.id}`, { name: 'x' }, 1)).status).toBe(404);
      expect((await withVersion(who, 'DELETE', `${base}/${member.id}`, undefined, 1)).status).toBe(404);
    }
    for (const who of ['othercaseworker', 'withdrawnmentor', 'leader'])
      expect((await call(who, 'GET', base)).status).toBe(404);
  });
});

describe('health-care people and a company', () => {
  it('gives a consenting company the private and non-health people, never the health-care ones', async () => {
    const mum = await add(mother);
    const bostotte = await add({
      name: 'Lise Bo',
      relation: 'housingSupport',
      sphere: 'professional',
      closeness: 'close',
    });
    const hidden = [
      await add(psychiatrist),
      await add({ ...psychiatrist, name: 'Egen læge', relation: 'doctor' }),
      await add({ ...psychiatrist, name: 'Psykolog Pia', relation: 'psychologist' }),
      await add({ ...psychiatrist, name: 'Misbrugsrådgiver', relation: 'addictionCounsellor' }),
    ];
    const mentor = await call('companymentor', 'GET', base);
    expect(mentor.status).toBe(200);
    const ids = mentor.body.members.map((m: { id: string }) => m.id);
    expect(ids).toEqual(expect.arrayContaining([mum.id, bostotte.id]));
    for (const h of hidden) expect(ids).not.toContain(h.id);
    expect(JSON.stringify(mentor.body)).not.toMatch(/Storm|Egen læge|Psykolog Pia|Misbrugsrådgiver/);
    const team = (await call('participant', 'GET', base)).body.members.map((m: { id: string }) => m.id);
    expect(team).toEqual(expect.arrayContaining(hidden.map((h) => h.id)));
  });

  it('gives a company whose consent does not share the network nothing at all', async () => {
    const { db } = server.database;
    const consentId = server.world.consents.company;
    const before = await db
      .selectFrom('consents')
      .select('categories')
      .where('id', '=', consentId)
      .executeTakeFirstOrThrow();
    await add(mother);
    await db
      .updateTable('consents')
      .set({ categories: ['contact', 'efforts'] })
      .where('id', '=', consentId)
      .execute();
    try {
      const res = await call('companymentor', 'GET', base);
      expect(res.status).toBe(200);
      expect(res.body.members).toEqual([]);
    } finally {
      await db
        .updateTable('consents')
        .set({ categories: before.categories })
        .where('id', '=', consentId)
        .execute();
    }
  });
});
