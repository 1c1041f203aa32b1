import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client, sessionCache, startTestServer, type TestServer } from '../../tests/support/server.ts';
import { PASSWORD } from '../../tests/support/world.ts';
import { seedAgreement } from '../demo/agreement.ts';
import {
  addTeamMember,
  createOrganisation,
  createParticipantWithCourse,
  createPartnership,
  createUser,
} from '../demo/builders.ts';
import { type AgreementTerms, templateTerms } from './terms.ts';

let server: TestServer;
let url: string;
beforeAll(async () => {
  server = await startTestServer();
  url = `/api/partnerships/${server.world.partnership}/agreement`;
  // A leader of the municipality (the test world has the institution's leader only).
  await createUser(server.database.db, {
    username: 'municipalityleader',
    displayName: 'Mona Kommunechef',
    password: PASSWORD,
    organisationId: server.world.organisations.municipality,
    role: 'leader',
  });
});
afterAll(() => server?.close());

const { as } = sessionCache(() => server.baseUrl);
const send = async (who: string, method: string, path: string, body?: unknown, headers = {}) =>
  (await as(who)).request(method, path, body, headers);

const terms = (): AgreementTerms => ({
  ...templateTerms({ intakeTarget: 45, closerShareTarget: 0.9, firstContactDays: 10, from: '2026-01-01' }),
  parties: { municipalityLeader: 'Mona Kommunechef', institutionLeader: 'Leif Leder' },
  documentation: { baselineMonths: 1, measurementMonths: 6, statusLetterMonths: 2, other: '' },
  packages: [
    { name: 'Pakke 1 – Afklaring', content: 'Tre måneder i værkstedet', monthlyPrice: 9500 },
    { name: 'Pakke 2 – Værksted og praktik', content: 'Værksted og praktik', monthlyPrice: 14500 },
  ],
});

const partnershipRow = () =>
  server.database.db
    .selectFrom('partnerships')
    .select([
      'target_admitted',
      'target_closer_share',
      'first_contact_promise_days',
      'baseline_months',
      'measurement_months',
      'status_letter_months',
    ])
    .where('id', '=', server.world.partnership)
    .executeTakeFirstOrThrow();

const versionCount = async () =>
  (
    await server.database.db
      .selectFrom('partnership_agreements')
      .select('id')
      .where('partnership_id', '=', server.world.partnership)
      .execute()
  ).length;

describe('the partnership agreement', () => {
  it('before any version, offers the model template filled with the partnership targets', async () => {
    const res = await send('coordinator', 'GET', url);
    expect(res.status).toBe(200);
    expect(res.body.version).toBeNull();
    expect(res.body.versions).toEqual([]);
    expect(res.body.terms.goals).toMatchObject({
      intakeTarget: 40,
      closerShareTarget: 0.87,
      firstContactDays: 7,
    });
    expect(res.body.terms.documentation).toMatchObject({
      baselineMonths: 1,
      measurementMonths: 6,
      statusLetterMonths: 3,
    });
    expect(res.body.leaderOf).toEqual([]);
    expect((await send('leader', 'GET', url)).body.leaderOf).toEqual(['institution']);
    expect((await send('municipalityleader', 'GET', url)).body.leaderOf).toEqual(['municipality']);
  });

  it('is read by the development group only; to others the partnership does not exist', async () => {
    for (const who of ['coordinator', 'caseworker', 'leader'])
      expect((await send(who, 'GET', url)).status, who).toBe(200);
    for (const who of ['workshopmentor', 'companymentor', 'participant', 'othercaseworker', 'administrator'])
      expect((await send(who, 'GET', url)).status, who).toBe(404);
    expect((await new Client(server.baseUrl).request('GET', url)).status).toBe(401);
  });

  it('needs If-Match to change, and is changed by the leaders only', async () => {
    const body = { terms: terms(), changeNote: 'Første aftale' };
    const missing = await send('leader', 'PUT', url, body);
    expect(missing.status).toBe(428);
    for (const who of ['coordinator', 'caseworker', 'othercaseworker', 'workshopmentor'])
      expect((await send(who, 'PUT', url, body, { 'if-match': '*' })).status, who).toBe(404);
    expect(await versionCount()).toBe(0);
  });

  it('refuses bad terms whole, naming the field, and writes nothing', async () => {
    const bad = terms();
    bad.goals.closerShareTarget = 87;
    const res = await send('leader', 'PUT', url, { terms: bad, changeNote: '' }, { 'if-match': '0' });
    expect(res.status).toBe(400);
    expect(res.body.error.field).toBe('body.terms.goals.closerShareTarget');
    const price = terms();
    (price.packages[1] as AgreementTerms['packages'][number]).monthlyPrice = -5;
    const priced = await send('leader', 'PUT', url, { terms: price, changeNote: '' }, { 'if-match': '0' });
    expect(priced.body.error.field).toBe('body.terms.packages[1].monthlyPrice');
    const period = terms();
    period.period = { from: '2026-01-01', to: '2025-12-31' };
    const ended = await send('leader', 'PUT', url, { terms: period, changeNote: '' }, { 'if-match': '0' });
    expect(ended.body.error.field).toBe('body.terms.period.to');
    expect(await versionCount()).toBe(0);
    expect((await partnershipRow()).target_admitted).toBe(40);
  });

  it('saves the first version, copies its figures onto the partnership and audits it', async () => {
    const res = await send(
      'leader',
      'PUT',
      url,
      { terms: terms(), changeNote: 'Første aftale' },
      { 'if-match': '0' },
    );
    expect(res.status).toBe(200);
    expect(res.body.version).toBe(1);
    expect(res.body.changeNote).toBe('Første aftale');
    expect(res.body.changedBy.displayName).toBe('leader');
    expect(res.body.approvals).toEqual({ municipality: null, institution: null });
    expect(res.body.versions.map((v: { version: number }) => v.version)).toEqual([1]);
    expect(await partnershipRow()).toEqual({
      target_admitted: 45,
      target_closer_share: 0.9,
      first_contact_promise_days: 10,
      baseline_months: 1,
      measurement_months: 6,
      status_letter_months: 2,
    });
    const audited = await server.database.db
      .selectFrom('audit_log')
      .select(['actor_user_id', 'detail'])
      .where('action', '=', 'agreement.change')
      .execute();
    expect(audited).toEqual([{ actor_user_id: server.world.users.leader, detail: { version: 1 } }]);
    const read = await send('caseworker', 'GET', url);
    expect(read.body.version).toBe(1);
    expect(read.body.terms.packages).toHaveLength(2);
  });

  it('refuses a change based on an older version with 412 and the current agreement', async () => {
    const res = await send('leader', 'PUT', url, { terms: terms(), changeNote: 'Igen' }, { 'if-match': '0' });
    expect(res.status).toBe(412);
    expect(res.body.current.version).toBe(1);
    expect(await versionCount()).toBe(1);
  });

  it('is approved by each party leader for their own party; approving twice changes nothing', async () => {
    const approve = (who: string, version: number) => send(who, 'POST', `${url}/versions/${version}/approve`);
    expect((await approve('coordinator', 1)).status).toBe(404);
    expect((await approve('caseworker', 1)).status).toBe(404);
    const first = await approve('municipalityleader', 1);
    expect(first.status).toBe(200);
    expect(first.body.approvals.municipality.by.displayName).toBe('Mona Kommunechef');
    expect(first.body.approvals.institution).toBeNull();
    expect(first.body.approvedByBoth).toBe(false);
    const second = await approve('leader', 1);
    expect(second.body.approvals.institution.by.displayName).toBe('leader');
    expect(second.body.approvedByBoth).toBe(true);
    const again = await approve('municipalityleader', 1);
    expect(again.status).toBe(200);
    expect(again.body.approvals.municipality.at).toBe(first.body.approvals.municipality.at);
    const audited = await server.database.db
      .selectFrom('audit_log')
      .select('detail')
      .where('action', '=', 'agreement.approve')
      .execute();
    expect(audited.map((a) => a.detail)).toEqual([
      { version: 1, parties: ['municipality'] },
      { version: 1, parties: ['institution'] },
    ]);
  });

  it('makes every change a new, unapproved version and keeps the history readable', async () => {
    const next = terms();
    next.goals.intakeTarget = 50;
    (next.packages[1] as AgreementTerms['packages'][number]).monthlyPrice = 15200;
    const res = await send(
      'municipalityleader',
      'PUT',
      url,
      { terms: next, changeNote: 'Nye priser for 2027' },
      { 'if-match': '"1"' },
    );
    expect(res.status).toBe(200);
    expect(res.body.version).toBe(2);
    expect(res.body.approvedByBoth).toBe(false);
    expect(res.body.approvals).toEqual({ municipality: null, institution: null });
    expect(
      res.body.versions.map((v: { version: number; approvedByBoth: boolean; changeNote: string }) => [
        v.version,
        v.approvedByBoth,
        v.changeNote,
      ]),
    ).toEqual([
      [2, false, 'Nye priser for 2027'],
      [1, true, 'Første aftale'],
    ]);
    expect((await partnershipRow()).target_admitted).toBe(50);
    const old = await send('coordinator', 'GET', `${url}/versions/1`);
    expect(old.status).toBe(200);
    expect(old.body.terms.goals.intakeTarget).toBe(45);
    expect(old.body.approvedByBoth).toBe(true);
    expect((await send('coordinator', 'GET', `${url}/versions/3`)).status).toBe(404);
    expect((await send('othercaseworker', 'GET', `${url}/versions/1`)).status).toBe(404);
  });

  it('refuses to approve a version that is no longer the newest', async () => {
    const res = await send('leader', 'POST', `${url}/versions/1/approve`);
    expect(res.status).toBe(409);
    const unknown = await send('leader', 'POST', `${url}/versions/7/approve`);
    expect(unknown.status).toBe(404);
  });

  it('compares two versions field by field', async () => {
    const res = await send('caseworker', 'GET', `${url}/compare?from=1&to=2`);
    expect(res.status).toBe(200);
    expect(
      res.body.changes.map((c: { path: string; before: unknown; after: unknown }) => [
        c.path,
        c.before,
        c.after,
      ]),
    ).toEqual([
      ['goals.intakeTarget', 45, 50],
      ['packages[1].monthlyPrice', 14500, 15200],
    ]);
    expect((await send('caseworker', 'GET', `${url}/compare?from=2&to=2`)).body.changes).toEqual([]);
    const missing = await send('caseworker', 'GET', `${url}/compare?from=9&to=2`);
    expect(missing.status).toBe(400);
    expect(missing.body.error.field).toBe('query.from');
    expect((await send('othercaseworker', 'GET', `${url}/compare?from=1&to=2`)).status).toBe(404);
  });
});

describe("the agreement's due intervals", () => {
  it('a partnership whose agreement says letters every 2 months owes its letter a month earlier', async () => {
    const { db } = server.database;
    const municipality = await createOrganisation(db, 'municipality', 'Fristby Kommune');
    const institution = await createOrganisation(db, 'institution', 'Fristby Skole');
    const partnership = await createPartnership(db, {
      municipalityId: municipality,
      institutionId: institution,
      name: 'Fristby',
    });
    await createUser(db, {
      username: 'fristleder',
      displayName: 'Frida Frist',
      password: PASSWORD,
      organisationId: institution,
      role: 'leader',
    });
    const course = await createParticipantWithCourse(db, {
      partnershipId: partnership,
      municipalityId: municipality,
      ref: 'F1',
      givenName: 'Filip',
      familyName: 'Frist',
      birthDate: '2002-02-02',
      gender: 'male',
      startDate: '2025-01-15',
      grantedMonths: 24,
    });
    await addTeamMember(db, {
      courseId: course.courseId,
      municipalityId: municipality,
      userId: server.world.users.coordinator,
      organisationId: institution,
      role: 'youthCoordinator',
    });
    const due = `/api/partnerships/${partnership}/due?asOf=2025-03-20`;
    const letter = async () =>
      (await send('fristleder', 'GET', due)).body.items.find(
        (i: { kind: string }) => i.kind === 'statusLetter',
      );
    expect(await letter()).toEqual({
      participant: 'F1',
      kind: 'statusLetter',
      due: '2025-04-15',
      overdue: false,
    });

    const fristUrl = `/api/partnerships/${partnership}/agreement`;
    const template = (await send('fristleder', 'GET', fristUrl)).body.terms as AgreementTerms;
    const saved = await send(
      'fristleder',
      'PUT',
      fristUrl,
      {
        terms: { ...template, documentation: { ...template.documentation, statusLetterMonths: 2 } },
        changeNote: 'Statusbreve hver anden måned',
      },
      { 'if-match': '*' },
    );
    expect(saved.status).toBe(200);
    expect(await letter()).toEqual({
      participant: 'F1',
      kind: 'statusLetter',
      due: '2025-03-15',
      overdue: true,
    });
    // The measurement keeps the model's rhythm: the agreement changed only the letters.
    const items = (await send('fristleder', 'GET', due)).body.items;
    expect(items.find((i: { kind: string }) => i.kind === 'measurement')).toMatchObject({
      due: '2025-02-15',
    });
  });
});

describe('the demo agreement', () => {
  it('seeds version 1 approved by both leaders and version 2 approved by the institution, once', async () => {
    const { db } = server.database;
    const municipality = await createOrganisation(db, 'municipality', 'Demoby Kommune');
    const institution = await createOrganisation(db, 'institution', 'Demoby Skole');
    const partnership = await createPartnership(db, {
      municipalityId: municipality,
      institutionId: institution,
      name: 'Demoby',
      targetAdmitted: 40,
      targetCloserShare: 0.87,
    });
    await createUser(db, {
      username: 'demoleder',
      displayName: 'Dorte Leder',
      password: PASSWORD,
      organisationId: institution,
      role: 'leader',
    });
    expect(await seedAgreement(db, { partnership, password: PASSWORD, day: '2026-11-25' })).toBe(true);
    expect(await seedAgreement(db, { partnership, password: PASSWORD, day: '2026-11-25' })).toBe(false);
    const res = await send('kommunechef', 'GET', `/api/partnerships/${partnership}/agreement`);
    expect(res.status).toBe(200);
    expect(res.body.version).toBe(2);
    expect(res.body.approvals.municipality).toBeNull();
    expect(res.body.approvals.institution.by.displayName).toBe('Dorte Leder');
    expect(res.body.versions.map((v: { approvedByBoth: boolean }) => v.approvedByBoth)).toEqual([
      false,
      true,
    ]);
    expect(res.body.terms.packages.map((p: { name: string }) => p.name)).toEqual([
      'Pakke 1 – Afklaring',
      'Pakke 2 – Værksted og praktik',
      'Pakke 3 – Job med støtte',
    ]);
    const compare = await send(
      'kommunechef',
      'GET',
      `/api/partnerships/${partnership}/agreement/compare?from=1&to=2`,
    );
    expect(compare.body.changes.map((c: { path: string }) => c.path)).toEqual([
      'packages[0].monthlyPrice',
      'packages[1].monthlyPrice',
      'packages[2].monthlyPrice',
    ]);
  });
});
