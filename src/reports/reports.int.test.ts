import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import expectedExampleReport from '../../tests/fixtures/interchange/small-partnership.expected-report.json' with {
  type: 'json',
};
import smallPartnership from '../../tests/fixtures/interchange/small-partnership.json' with { type: 'json' };
import { cliTarget } from '../../tests/support/cli-harness.ts';
import { Client, startTestServer, type TestServer } from '../../tests/support/server.ts';
import { PASSWORD, type Principal, usernameOf } from '../../tests/support/world.ts';
import { createUser } from '../demo/builders.ts';
import { importInterchange } from '../interchange/import.ts';
import type { InterchangeDocument } from '../interchange/types.ts';

let server: TestServer;
let example: { partnershipId: string };
beforeAll(async () => {
  server = await startTestServer();
  const { partnershipId } = await importInterchange(
    server.database.db,
    structuredClone(smallPartnership) as InterchangeDocument,
  );
  const institution = await server.database.db
    .selectFrom('organisations')
    .select('id')
    .where('name', '=', 'Eksempel Produktionsskole')
    .executeTakeFirstOrThrow();
  await createUser(server.database.db, {
    username: 'eksempelleder',
    displayName: 'Leder',
    password: PASSWORD,
    organisationId: institution.id,
    role: 'leader',
  });
  example = { partnershipId };
});
afterAll(() => server?.close());

const reportPath = (id: string, asOf = '2026-01-10') => `/api/partnerships/${id}/report?asOf=${asOf}`;

describe('GET /api/partnerships/:id/report', () => {
  it('returns the same object as the CLI for the shared example', { timeout: 120_000 }, async () => {
    const target = await cliTarget();
    try {
      const file = path.resolve(
        import.meta.dirname,
        '../../tests/fixtures/interchange/small-partnership.json',
      );
      expect((await target.run('import', file)).code).toBe(0);
      const cli = await target.run(
        'report',
        '--partnership',
        'Eksempel Kommune',
        '--as-of',
        '2019-06-30',
        '--json',
      );
      const client = await Client.signIn(server.baseUrl, 'eksempelleder');
      const res = await client.request('GET', reportPath(example.partnershipId, '2019-06-30'));
      expect(res.status).toBe(200);
      expect(res.body).toEqual(JSON.parse(cli.stdout));
      expect(res.body).toMatchObject(expectedExampleReport);
    } finally {
      await target.dispose();
    }
  });

  it("lets only the development group of the partnership's parties read it; others get 404", async () => {
    const allowed: Principal[] = ['coordinator', 'caseworker', 'leader'];
    const refused: Principal[] = [
      'workshopMentor',
      'jobConsultant',
      'companyMentor',
      'participant',
      'otherCaseworker',
      'withdrawnMentor',
    ];
    for (const who of [...allowed, ...refused]) {
      const client = await Client.signIn(server.baseUrl, usernameOf[who]);
      const res = await client.request('GET', reportPath(server.world.partnership));
      expect([who, res.status]).toEqual([who, allowed.includes(who) ? 200 : 404]);
    }
    const other = await Client.signIn(server.baseUrl, 'othercaseworker');
    expect((await other.request('GET', reportPath(server.world.otherPartnership))).status).toBe(200);
    expect(
      (await new Client(server.baseUrl).request('GET', reportPath(server.world.partnership))).status,
    ).toBe(401);
  });

  it("computes the world's partnership as of a day and audits the read without naming a participant", async () => {
    const reads = () =>
      server.database.db
        .selectFrom('audit_log')
        .selectAll()
        .where('action', '=', 'report.read')
        .where('actor_user_id', '=', server.world.users.caseworker)
        .orderBy('id')
        .execute();
    const before = (await reads()).length;
    const client = await Client.signIn(server.baseUrl, 'caseworker');
    const res = await client.request('GET', reportPath(server.world.partnership));
    // Course A started 2025-01-06 with statistics consent, no measurement: a year, not closer.
    expect(res.body).toMatchObject({
      admitted: 1,
      inStatistics: 1,
      atLeastOneYear: 1,
      closerToLabourMarket: 0,
      closerShare: 0,
      targets: { admitted: 40, closerShare: 0.87 },
      byAgeAtStart: { '23': 1 },
      byDisabilityCombination: { 'cognitive+psychological': 1 },
    });
    const audit = await reads();
    expect(audit).toHaveLength(before + 1);
    expect(audit.at(-1)).toMatchObject({
      purpose: 'statistics',
      participant_id: null,
      object_type: 'partnership',
      object_id: server.world.partnership,
      municipality_id: server.world.organisations.municipality,
    });
  });

  it('refuses a missing or impossible date and unknown parameters with 400, an unknown id with 404', async () => {
    const client = await Client.signIn(server.baseUrl, 'leader');
    const id = server.world.partnership;
    const missing = await client.request('GET', `/api/partnerships/${id}/report`);
    expect([missing.status, missing.body.error.code]).toEqual([400, 'invalid_input']);
    const impossible = await client.request('GET', reportPath(id, '2019-02-30'));
    expect([impossible.status, impossible.body.error.field]).toEqual([400, 'querystring.asOf']);
    expect((await client.request('GET', `${reportPath(id)}&extra=1`)).status).toBe(400);
    expect((await client.request('GET', reportPath('not-a-uuid'))).status).toBe(400);
    expect((await client.request('GET', reportPath('00000000-0000-4000-8000-000000000000'))).status).toBe(
      404,
    );
  });
});

describe('GET /api/partnerships', () => {
  it('lists the partnerships whose report the actor may read, and nothing else', async () => {
    const names = async (username: string) => {
      const client = await Client.signIn(server.baseUrl, username);
      const res = await client.request('GET', '/api/partnerships');
      expect(res.status).toBe(200);
      return res.body.items.map((p: { name: string }) => p.name);
    };
    expect(await names('coordinator')).toEqual(['Testby']);
    expect(await names('othercaseworker')).toEqual(['Andenby']);
    expect(await names('eksempelleder')).toEqual(['Eksempel Kommune / Eksempel Produktionsskole']);
    expect(await names('workshopmentor')).toEqual([]);
  });
});
