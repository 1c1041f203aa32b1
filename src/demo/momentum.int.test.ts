import { randomBytes } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase } from '../../tests/support/database.ts';
import { Client } from '../../tests/support/server.ts';
import { type App, buildApp } from '../app.ts';
import { createCprCipher } from '../participants/cpr.ts';
import { today } from '../platform/dates.ts';
import type { DatabaseHandle } from '../platform/db.ts';
import { seedMomentum } from './momentum.ts';
import { seedDemo } from './seed.ts';

describe("the demo's momentum", () => {
  let database: DatabaseHandle;
  let app: App;
  let baseUrl: string;
  beforeAll(async () => {
    database = await openTestDatabase();
    expect(await seedDemo(database.db, createCprCipher(randomBytes(32)))).toBe(true);
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

  it("gives koordinator's work queue one course without contact for three weeks and an overdue task of her own", async () => {
    const client = await Client.signIn(baseUrl, 'koordinator', 'demo');
    const queue = (await client.request('GET', '/api/work-queue')).body;
    const lost = queue.items.filter((i: { kind: string }) => i.kind === 'noContact');
    expect(lost).toHaveLength(1);
    expect(lost[0].participantName).toMatch(/^Alex /);
    expect(lost[0].daysWithoutContact).toBeGreaterThanOrEqual(21);
    const tasks = queue.items.filter((i: { kind: string }) => i.kind === 'task');
    // The meetings demo's task (src/demo/meetings.ts), agreed at a meeting and overdue.
    expect(tasks).toEqual([expect.objectContaining({ overdue: true, kind: 'task' })]);
    expect(tasks[0].link).toMatch(/\/moeder\//);
    // Every course but the new referral (Jonas, not met yet) has its first contact; the caseload
    // averages it against the promise of 7 days.
    const caseload = (await client.request('GET', '/api/caseload')).body;
    expect(caseload.firstContact.courses).toBe(caseload.items.length - 1);
    expect(caseload.firstContact.averageDays).toBeGreaterThan(3);
    expect(caseload.firstContact.averageDays).toBeLessThan(8);
    expect(caseload.firstContact.promiseDays).toBe(7);
  });

  it('changes nothing when run again', async () => {
    const before = await database.db.selectFrom('tasks').select('id').execute();
    const partnership = await database.db.selectFrom('partnerships').select('id').executeTakeFirstOrThrow();
    const coordinator = await database.db
      .selectFrom('users')
      .select('id')
      .where('username', '=', 'koordinator')
      .executeTakeFirstOrThrow();
    await seedMomentum(database.db, {
      day: today(),
      partnership: partnership.id,
      coordinator: coordinator.id,
    });
    expect(await database.db.selectFrom('tasks').select('id').execute()).toEqual(before);
  });
});
