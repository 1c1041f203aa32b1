import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client, startTestServer, type TestServer } from '../../tests/support/server.ts';
import { PASSWORD, type Principal, usernameOf } from '../../tests/support/world.ts';
import {
  createOrganisation,
  createParticipantWithCourse,
  createPartnership,
  createUser,
  giveConsent,
} from '../demo/builders.ts';
import { defaultInstrumentId } from '../measurements/instrument.ts';
import type { Db } from '../platform/db.ts';

let server: TestServer;
let north: string;
let south: string;
const asOf = '2025-12-01';
const compare = (day = asOf) => `/api/partnerships/compare?asOf=${day}`;

/**
 * One municipality with two institutions, so two partnerships: Nord with 13 admitted (12 in
 * statistics, 7 of them closer, 2 in an ordinary job) and Syd with 3. The municipality's leader
 * sits in both development groups; Nord's institution leader only in Nord's.
 */
beforeAll(async () => {
  server = await startTestServer();
  const db = server.database.db;
  const municipality = await createOrganisation(db, 'municipality', 'Sammenby Kommune');
  const nordSchool = await createOrganisation(db, 'institution', 'Sammenby Nordskole');
  const sydSchool = await createOrganisation(db, 'institution', 'Sammenby Sydskole');
  north = await createPartnership(db, {
    municipalityId: municipality,
    institutionId: nordSchool,
    name: 'Sammenby Nord',
    targetAdmitted: 20,
    targetCloserShare: 0.8,
  });
  south = await createPartnership(db, {
    municipalityId: municipality,
    institutionId: sydSchool,
    name: 'Sammenby Syd',
  });
  const user = (username: string, organisationId: string) =>
    createUser(db, { username, displayName: username, password: PASSWORD, organisationId, role: 'leader' });
  await user('sammenbyleder', municipality);
  await user('nordleder', nordSchool);
  const instrument = await defaultInstrumentId(db);
  for (let i = 0; i < 13; i++) {
    await addCourse(db, {
      partnershipId: north,
      municipalityId: municipality,
      ref: `N${i}`,
      instrument,
      consent: i < 12,
      closer: i < 7,
      outcome: i >= 10 && i < 12 ? 'ordinaryJob' : null,
    });
  }
  for (let i = 0; i < 3; i++) {
    await addCourse(db, {
      partnershipId: south,
      municipalityId: municipality,
      ref: `S${i}`,
      instrument,
      consent: true,
      closer: i === 0,
      outcome: null,
    });
  }
});
afterAll(() => server?.close());

async function addCourse(
  db: Db,
  c: {
    partnershipId: string;
    municipalityId: string;
    ref: string;
    instrument: string;
    consent: boolean;
    closer: boolean;
    outcome: 'ordinaryJob' | null;
  },
) {
  const { participantId, courseId } = await createParticipantWithCourse(db, {
    partnershipId: c.partnershipId,
    municipalityId: c.municipalityId,
    ref: c.ref,
    givenName: c.ref,
    familyName: 'Sammen',
    birthDate: '2002-05-05',
    gender: 'female',
    startDate: '2024-01-08',
    grantedMonths: 24,
  });
  if (c.consent)
    await giveConsent(db, {
      participantId,
      municipalityId: c.municipalityId,
      purpose: 'statistics',
      givenOn: '2024-01-08',
    });
  const scores = (n: number) =>
    JSON.stringify({ motivation: n, workIdentity: 2, clarification: 2, knowledge: 2 });
  for (const [day, value] of [
    ['2024-02-08', 2],
    ['2025-01-15', c.closer ? 3 : 2],
  ] as const) {
    await db
      .insertInto('measurements')
      .values({
        municipality_id: c.municipalityId,
        course_id: courseId,
        instrument_id: c.instrument,
        measured_on: day,
        scores: scores(value),
        recorded_by: null,
      })
      .execute();
  }
  if (c.outcome)
    await db
      .updateTable('courses')
      .set({ outcome_type: c.outcome, outcome_date: '2025-06-01' })
      .where('id', '=', courseId)
      .execute();
}

const show = (value: number | null) => ({ value, suppressed: false });
const hide = { value: null, suppressed: true };

describe('GET /api/partnerships/compare', () => {
  it('shows the two partnerships a leader may read side by side, small counts hidden', async () => {
    const client = await Client.signIn(server.baseUrl, 'sammenbyleder');
    const res = await client.request('GET', compare());
    expect(res.status).toBe(200);
    expect(res.body.asOf).toBe(asOf);
    expect(res.body.minShown).toBe(5);
    expect(res.body.items.map((i: { partnership: { name: string } }) => i.partnership.name)).toEqual([
      'Sammenby Nord',
      'Sammenby Syd',
    ]);
    const [nord, syd] = res.body.items;
    expect(nord).toMatchObject({
      partnership: { id: north, municipality: 'Sammenby Kommune', institution: 'Sammenby Nordskole' },
      admitted: show(13),
      targetAdmitted: 20,
      inStatistics: show(12),
      atLeastOneYear: show(12),
      closer: show(7),
      closerShare: show(7 / 12),
      targetCloserShare: 0.8,
      feltHeard: { answers: show(0), share: show(null) },
    });
    // Two in an ordinary job are hidden, and so is the ongoing 10, which would give them away.
    expect(nord.outcomes).toMatchObject({ ordinaryJob: hide, ongoing: hide, flexJob: show(0) });
    expect(Object.keys(nord.outcomes)).toHaveLength(9);
    // Syd has three: nothing of it is shown, not even its zeros.
    expect(syd).toMatchObject({
      partnership: { id: south },
      admitted: hide,
      inStatistics: hide,
      atLeastOneYear: hide,
      closer: hide,
      closerShare: hide,
      targetAdmitted: null,
    });
    expect(Object.values(syd.outcomes).every((c) => (c as typeof hide).suppressed)).toBe(true);
    // No shown count anywhere is from 1 to 4.
    const counts = JSON.stringify(res.body.items).match(/"value":\d+(?=[,}])/g) ?? [];
    expect(counts.map((c) => Number(c.slice(8))).filter((n) => n > 0 && n < 5)).toEqual([]);
  });

  it('answers for the day asked: before a year had passed nobody had one', async () => {
    const client = await Client.signIn(server.baseUrl, 'sammenbyleder');
    const res = await client.request('GET', compare('2024-06-01'));
    expect(res.status).toBe(200);
    expect(res.body.items[0]).toMatchObject({
      admitted: show(13),
      atLeastOneYear: show(0),
      closer: show(0),
      closerShare: show(null),
    });
  });

  it("shows an institution's leader only their own partnership", async () => {
    const client = await Client.signIn(server.baseUrl, 'nordleder');
    const res = await client.request('GET', compare());
    expect(res.status).toBe(200);
    expect(res.body.items.map((i: { partnership: { id: string } }) => i.partnership.id)).toEqual([north]);
    // The test world's leader sits in Testby's development group only.
    const testby = await Client.signIn(server.baseUrl, usernameOf.leader);
    const theirs = await testby.request('GET', compare());
    expect(theirs.body.items.map((i: { partnership: { name: string } }) => i.partnership.name)).toEqual([
      'Testby',
    ]);
  });

  it('is 404 to anyone outside a development group, and checks its date', async () => {
    const outside: Principal[] = ['workshopMentor', 'companyMentor', 'participant', 'administrator'];
    for (const who of outside) {
      const client = await Client.signIn(server.baseUrl, usernameOf[who]);
      expect([who, (await client.request('GET', compare())).status]).toEqual([who, 404]);
    }
    const leader = await Client.signIn(server.baseUrl, 'sammenbyleder');
    const bad = await leader.request('GET', '/api/partnerships/compare?asOf=2025-13-40');
    expect(bad.status).toBe(400);
    expect(JSON.stringify(bad.body)).toContain('asOf');
    expect((await new Client(server.baseUrl).request('GET', compare())).status).toBe(401);
  });

  it('audits the read of every partnership it compares, as the reader', async () => {
    const client = await Client.signIn(server.baseUrl, 'sammenbyleder');
    const leaderId = (
      await server.database.db
        .selectFrom('users')
        .select('id')
        .where('username', '=', 'sammenbyleder')
        .executeTakeFirstOrThrow()
    ).id;
    const before = await auditedPartnerships(leaderId);
    expect((await client.request('GET', compare('2025-11-30'))).status).toBe(200);
    const after = await auditedPartnerships(leaderId);
    expect([...new Set(after.slice(before.length))].sort()).toEqual([north, south].sort());
  });
});

async function auditedPartnerships(userId: string) {
  const rows = await server.database.db
    .selectFrom('audit_log')
    .select(['object_id'])
    .where('actor_user_id', '=', userId)
    .where('object_type', '=', 'partnership')
    .where('outcome', '=', 'ok')
    .orderBy('id')
    .execute();
  return rows.map((r) => r.object_id);
}
