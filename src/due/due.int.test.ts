import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import expected from '../../tests/fixtures/interchange/due-example.expected.json' with { type: 'json' };
import { type CliTarget, cliTarget } from '../../tests/support/cli-harness.ts';
import { openTestDatabase } from '../../tests/support/database.ts';
import { Client } from '../../tests/support/server.ts';
import { type App, buildApp } from '../app.ts';
import { createUser } from '../demo/builders.ts';
import { importInterchange } from '../interchange/import.ts';
import { validateInterchange } from '../interchange/validate.ts';
import { createCprCipher } from '../participants/cpr.ts';
import type { DatabaseHandle } from '../platform/db.ts';

const fixture = path.resolve(import.meta.dirname, '../../tests/fixtures/interchange/due-example.json');
const dueArgs = ['due', '--partnership', 'Egeby Kommune', '--as-of', '2021-06-30', '--json'];

describe('the due command', { timeout: 120_000 }, () => {
  let target: CliTarget;
  beforeAll(async () => {
    target = await cliTarget();
  });
  afterAll(() => target?.dispose());

  it('imports the v2 example and prints exactly the list DOMAIN.md gives, and nothing else', async () => {
    const imported = await target.run('import', fixture);
    expect(imported.code).toBe(0);
    const due = await target.run(...dueArgs);
    expect(due.code).toBe(0);
    expect(JSON.parse(due.stdout)).toEqual(expected);
  });

  it('imports the same v2 file again as a no-op, and the list stays the same', async () => {
    const again = await target.run('import', fixture);
    expect(again.code).toBe(0);
    expect(again.stdout).toContain('4 participants (0 new, 0 changed, 4 unchanged)');
    expect(JSON.parse((await target.run(...dueArgs)).stdout)).toEqual(expected);
  });

  it('refuses a partnership it does not know, and a malformed date, with a usage error', async () => {
    const unknown = await target.run(
      'due',
      '--partnership',
      'Ingen Kommune',
      '--as-of',
      '2021-06-30',
      '--json',
    );
    expect(unknown.code).toBe(1);
    expect(unknown.stdout).toBe('');
    const badDate = await target.run('due', '--partnership', 'Egeby Kommune', '--as-of', '2021-02-30');
    expect(badDate.code).toBe(2);
  });
});

describe('GET /api/partnerships/:id/due', () => {
  let database: DatabaseHandle;
  let app: App;
  let baseUrl: string;
  let partnershipId: string;

  beforeAll(async () => {
    database = await openTestDatabase();
    const validation = validateInterchange(JSON.parse(readFileSync(fixture, 'utf8')));
    if (!validation.ok) throw new Error('the fixture is not valid');
    partnershipId = (await importInterchange(database.db, validation.document, { today: '2021-07-01' }))
      .partnershipId;
    const municipality = await database.db
      .selectFrom('organisations')
      .select('id')
      .where('name', '=', 'Egeby Kommune')
      .executeTakeFirstOrThrow();
    await createUser(database.db, {
      username: 'egeby-leder',
      displayName: 'Leder',
      password: 'pw-egeby',
      organisationId: municipality.id,
      role: 'leader',
    });
    const outsider = await database.db
      .insertInto('organisations')
      .values({ kind: 'municipality', name: 'Fjernby' })
      .returning('id')
      .executeTakeFirstOrThrow();
    await createUser(database.db, {
      username: 'fjernby-leder',
      displayName: 'Anden leder',
      password: 'pw-fjernby',
      organisationId: outsider.id,
      role: 'leader',
    });
    app = await buildApp({
      database,
      cpr: createCprCipher(randomBytes(32)),
      logLevel: 'silent',
      serveWeb: false,
    });
    await app.listen({ port: 0, host: '127.0.0.1' });
    baseUrl = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    await app?.close();
    await database?.close();
  });

  it("answers the partnership's leader with the same object as the command line, and audits the read", async () => {
    const leader = await Client.signIn(baseUrl, 'egeby-leder', 'pw-egeby');
    const res = await leader.request('GET', `/api/partnerships/${partnershipId}/due?asOf=2021-06-30`);
    expect(res.status).toBe(200);
    expect(res.body).toEqual(expected);
    const audited = await database.db
      .selectFrom('audit_log')
      .select(['action', 'object_id'])
      .where('action', '=', 'due.read')
      .execute();
    expect(audited).toEqual([{ action: 'due.read', object_id: partnershipId }]);
  });

  it('refuses another partnership’s leader with 404, and a bad date naming the field', async () => {
    const other = await Client.signIn(baseUrl, 'fjernby-leder', 'pw-fjernby');
    expect(
      (await other.request('GET', `/api/partnerships/${partnershipId}/due?asOf=2021-06-30`)).status,
    ).toBe(404);
    const leader = await Client.signIn(baseUrl, 'egeby-leder', 'pw-egeby');
    const bad = await leader.request('GET', `/api/partnerships/${partnershipId}/due?asOf=2021-13-01`);
    expect(bad.status).toBe(400);
    expect(bad.body.error.field).toBe('querystring.asOf');
  });

  it("counts only the professional's measurements in the report too", async () => {
    const leader = await Client.signIn(baseUrl, 'egeby-leder', 'pw-egeby');
    const asOf = '2021-12-31';
    const before = await leader.request('GET', `/api/partnerships/${partnershipId}/report?asOf=${asOf}`);
    // E1 (+2), E3 (+3) and E4 (+2) have had a year and came closer; E1's own 4s on day one do not count.
    expect(before.body).toMatchObject({ atLeastOneYear: 3, closerToLabourMarket: 3 });
    // The young person's own, lower scores as E3's latest: still not the professional's view.
    const e3 = await database.db
      .selectFrom('courses as c')
      .innerJoin('participants as p', 'p.id', 'c.participant_id')
      .select(['c.id', 'c.municipality_id'])
      .where('p.ref', '=', 'E3')
      .executeTakeFirstOrThrow();
    const instrument = await database.db
      .selectFrom('measurement_instruments')
      .select('id')
      .executeTakeFirstOrThrow();
    await database.db
      .insertInto('measurements')
      .values({
        municipality_id: e3.municipality_id,
        course_id: e3.id,
        instrument_id: instrument.id,
        measured_on: '2021-06-01',
        perspective: 'participant',
        scores: JSON.stringify({ motivation: 1, workIdentity: 1, clarification: 1, knowledge: 1 }),
      })
      .execute();
    const after = await leader.request('GET', `/api/partnerships/${partnershipId}/report?asOf=${asOf}`);
    expect(after.body).toMatchObject({ atLeastOneYear: 3, closerToLabourMarket: 3 });
    const due = await leader.request('GET', `/api/partnerships/${partnershipId}/due?asOf=2021-06-30`);
    expect(due.body).toEqual(expected);
  });
});
