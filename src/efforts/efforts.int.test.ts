import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sessionCache, startTestServer, type TestServer } from '../../tests/support/server.ts';

/** Parallel efforts: the plan beside the course, its versions, and who sees which efforts. */
let server: TestServer;
let base: string;
beforeAll(async () => {
  server = await startTestServer();
  base = `/api/courses/${server.world.courseA.courseId}/efforts`;
});
afterAll(() => server?.close());

const { as, call } = sessionCache(() => server.baseUrl);
const patch = async (who: string, url: string, body: unknown, version: number | string) =>
  (await as(who)).request('PATCH', url, body, { 'if-match': `"${version}"` });
const add = async (body: Record<string, unknown>, who = 'coordinator') => {
  const res = await call(who, 'POST', base, body);
  expect(res.status).toBe(201);
  return res.body.effort;
};
const housing = {
  kind: 'housingSupport',
  provider: 'Bostøtten Testby',
  contact: { name: 'Lise Bo', phone: '+45 12 34 56 78', email: 'lise@bostotte.example' },
  startsOn: '2025-02-01',
  legalBasis: 'sel',
  note: 'To besøg om ugen',
};
const psychologist = {
  kind: 'psychologist',
  provider: 'Psykologhuset',
  startsOn: '2025-03-01',
  legalBasis: 'healthLaw',
};
const auditRows = (action: string) =>
  server.database.db
    .selectFrom('audit_log')
    .selectAll()
    .where('action', '=', action)
    .where('course_id', '=', server.world.courseA.courseId)
    .orderBy('id')
    .execute();
const versions = (effortId: string) =>
  server.database.db
    .selectFrom('parallel_effort_versions')
    .selectAll()
    .where('effort_id', '=', effortId)
    .orderBy('version')
    .execute();

describe('parallel efforts', () => {
  it('adds an effort with its contact, period and legal basis, and lists it, audited', async () => {
    const effort = await add(housing);
    expect(effort).toMatchObject({
      kind: 'housingSupport',
      provider: 'Bostøtten Testby',
      contact: { name: 'Lise Bo', phone: '+45 12 34 56 78', email: 'lise@bostotte.example' },
      startsOn: '2025-02-01',
      endsOn: null,
      legalBasis: 'sel',
      note: 'To besøg om ugen',
      version: 1,
    });
    const created = (await auditRows('efforts.create')).at(-1);
    expect(created).toMatchObject({ object_id: effort.id, actor_user_id: server.world.users.coordinator });
    const before = (await auditRows('efforts.read')).length;
    const list = await call('caseworker', 'GET', base);
    expect(list.status).toBe(200);
    expect(list.body.efforts.map((e: { id: string }) => e.id)).toContain(effort.id);
    const reads = await auditRows('efforts.read');
    expect(reads.length).toBe(before + 1);
    expect(reads.at(-1)).toMatchObject({ actor_user_id: server.world.users.caseworker });
    expect((reads.at(-1)!.detail as { count: number }).count).toBe(list.body.efforts.length);
  });

  it('changes and ends an effort as new versions, with If-Match; a stale change gets 412 and the current effort', async () => {
    const effort = await add({ ...housing, provider: 'Bostøtte Nord' });
    const url = `${base}/${effort.id}`;
    const changed = await patch('caseworker', url, { contact: { phone: '11 22 33 44' } }, 1);
    expect(changed.status).toBe(200);
    expect(changed.body.effort).toMatchObject({
      version: 2,
      contact: { name: 'Lise Bo', phone: '11 22 33 44' },
    });
    const stale = await patch('coordinator', url, { note: 'gammel' }, 1);
    expect(stale.status).toBe(412);
    expect(stale.body.current).toMatchObject({ version: 2, contact: { phone: '11 22 33 44' } });
    expect((await call('coordinator', 'PATCH', url, { note: 'x' })).status).toBe(428);

    const ended = await patch('coordinator', url, { endsOn: '2025-06-30' }, 2);
    expect(ended.status).toBe(200);
    expect(ended.body.effort).toMatchObject({ version: 3, endsOn: '2025-06-30', provider: 'Bostøtte Nord' });
    expect((await auditRows('efforts.end')).at(-1)?.object_id).toBe(effort.id);
    // Nothing is lost: every version is kept, and the ended effort is still in the plan.
    const kept = await versions(effort.id);
    expect(kept.map((v) => v.version)).toEqual([1, 2, 3]);
    expect((kept[0]!.snapshot as { contact: { phone: string } }).contact.phone).toBe('+45 12 34 56 78');
    expect((kept[2]!.snapshot as { endsOn: string }).endsOn).toBe('2025-06-30');
    const list = await call('coordinator', 'GET', base);
    expect(list.body.efforts.find((e: { id: string }) => e.id === effort.id)?.endsOn).toBe('2025-06-30');
  });

  it.each([
    [{ ...housing, kind: 'massage' }, 'body.kind'],
    [{ ...housing, legalBasis: 'none' }, 'body.legalBasis'],
    [{ ...housing, provider: '  ' }, 'body.provider'],
    [{ ...housing, startsOn: '2025-02-30' }, 'body.startsOn'],
    [{ ...housing, endsOn: '2025-01-01' }, 'body.endsOn'],
    [{ ...housing, contact: { email: 'ikke en adresse' } }, 'body.contact.email'],
    [{ ...housing, contact: { phone: 'ring til mor' } }, 'body.contact.phone'],
    [{ ...housing, extra: 1 }, 'body.extra'],
  ])('refuses bad input with 400 naming the field (%#)', async (body, field) => {
    const res = await call('coordinator', 'POST', base, body);
    expect(res.status).toBe(400);
    expect(res.body.error.field).toBe(field);
  });

  it('refuses an end before the start, and an empty change, naming the field', async () => {
    const effort = await add(housing);
    const url = `${base}/${effort.id}`;
    const early = await patch('coordinator', url, { endsOn: '2025-01-31' }, 1);
    expect(early.status).toBe(400);
    expect(early.body.error.field).toBe('body.endsOn');
    const empty = await patch('coordinator', url, {}, 1);
    expect(empty.status).toBe(400);
    expect((await versions(effort.id)).length).toBe(1);
  });

  it('lets the participant and staff read; company mentor and participant may not write', async () => {
    const effort = await add(housing);
    for (const who of ['participant', 'workshopmentor', 'jobconsultant'])
      expect((await call(who, 'GET', base)).status).toBe(200);
    for (const who of ['participant', 'companymentor', 'workshopmentor']) {
      expect((await call(who, 'POST', base, housing)).status).toBe(404);
      expect((await patch(who, `${base}/${effort.id}`, { note: 'x' }, 1)).status).toBe(404);
    }
    for (const who of ['othercaseworker', 'withdrawnmentor', 'leader'])
      expect((await call(who, 'GET', base)).status).toBe(404);
  });
});

describe('health efforts and a company', () => {
  it('gives a consenting company the non-health efforts only, never the health ones', async () => {
    const plain = await add({ ...housing, kind: 'education', legalBasis: 'educationLaw', provider: 'VUC' });
    const health = await add(psychologist);
    // Addiction treatment under SEL is still treatment: health.
    const addiction = await add({ ...housing, kind: 'addictionTreatment', provider: 'Misbrugscentret' });
    // Anything under health law is health, whatever its kind.
    const underHealthLaw = await add({
      ...housing,
      kind: 'other',
      legalBasis: 'healthLaw',
      provider: 'Sygehus',
    });
    const mentor = await call('companymentor', 'GET', base);
    expect(mentor.status).toBe(200);
    const ids = mentor.body.efforts.map((e: { id: string }) => e.id);
    expect(ids).toContain(plain.id);
    for (const hidden of [health, addiction, underHealthLaw]) expect(ids).not.toContain(hidden.id);
    expect(JSON.stringify(mentor.body)).not.toMatch(/Psykologhuset|Misbrugscentret|Sygehus/);
    expect((await auditRows('efforts.read')).at(-1)?.detail).toEqual({ count: ids.length });
    // The team sees the whole plan, health included.
    const team = (await call('coordinator', 'GET', base)).body.efforts.map((e: { id: string }) => e.id);
    expect(team).toEqual(expect.arrayContaining([plain.id, health.id, addiction.id, underHealthLaw.id]));
    // Nor can a company reach a health effort by its id.
    expect((await patch('companymentor', `${base}/${health.id}`, { note: 'x' }, 1)).status).toBe(404);
  });

  it('gives a company whose consent does not share efforts nothing at all', async () => {
    const { db } = server.database;
    const consentId = server.world.consents.company;
    const before = await db
      .selectFrom('consents')
      .select('categories')
      .where('id', '=', consentId)
      .executeTakeFirstOrThrow();
    await add({ ...housing, kind: 'education', legalBasis: 'educationLaw', provider: 'VUC' });
    await db
      .updateTable('consents')
      .set({ categories: ['contact', 'goals'] })
      .where('id', '=', consentId)
      .execute();
    try {
      const res = await call('companymentor', 'GET', base);
      expect(res.status).toBe(200);
      expect(res.body.efforts).toEqual([]);
    } finally {
      await db
        .updateTable('consents')
        .set({ categories: before.categories })
        .where('id', '=', consentId)
        .execute();
    }
  });

  it('refuses a caseworker without the health category a health effort (write what one may read)', async () => {
    const { db } = server.database;
    const consentId = server.world.consents.municipality;
    const before = await db
      .selectFrom('consents')
      .select('categories')
      .where('id', '=', consentId)
      .executeTakeFirstOrThrow();
    await db
      .updateTable('consents')
      .set({ categories: ['efforts'] })
      .where('id', '=', consentId)
      .execute();
    try {
      const res = await call('caseworker', 'POST', base, psychologist);
      expect(res.status).toBe(400);
      expect(res.body.error.field).toBe('body.kind');
      expect((await call('caseworker', 'POST', base, housing)).status).toBe(201);
    } finally {
      await db
        .updateTable('consents')
        .set({ categories: before.categories })
        .where('id', '=', consentId)
        .execute();
    }
  });
});
