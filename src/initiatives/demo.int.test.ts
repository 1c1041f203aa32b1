import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sessionCache, startTestServer, type TestServer } from '../../tests/support/server.ts';
import { demoInitiatives, seedInitiatives } from '../demo/initiatives.ts';
import { today } from '../platform/dates.ts';
import { recordReminders } from '../reminders/record.ts';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server?.close());
const { call } = sessionCache(() => server.baseUrl);

describe('the demo initiatives', () => {
  it("seed 004's thirteen and the partnership's own, some overdue, some soon, the partnership linked", async () => {
    const { world } = server;
    const day = today();
    const ids = await seedInitiatives(server.database.db, {
      day,
      municipality: world.organisations.municipality,
      partnership: world.partnership,
      caseworker: world.users.caseworker,
    });
    expect(ids).toHaveLength(14);
    expect(demoInitiatives).toHaveLength(14);
    const list = await call('caseworker', 'GET', '/api/initiatives');
    expect(list.status).toBe(200);
    const items = list.body.initiatives as Array<{
      overdue: boolean;
      dueSoon: boolean;
      partnership: unknown;
    }>;
    expect(items).toHaveLength(14);
    expect(items.filter((i) => i.overdue).length).toBeGreaterThanOrEqual(2);
    expect(items.filter((i) => i.dueSoon).length).toBeGreaterThanOrEqual(2);
    expect(items.filter((i) => i.partnership !== null)).toEqual([
      expect.objectContaining({ partnership: { id: world.partnership, name: 'Testby' } }),
    ]);
    // The daily job turns the caseworker's near and past follow-ups into reminders.
    const run = await recordReminders(server.database.db, day);
    expect(run.recorded).toBeGreaterThanOrEqual(3);
    const reminders = await call('caseworker', 'GET', '/api/notifications');
    const follow = reminders.body.items.filter((i: { kind: string }) => i.kind === 'initiativeFollowUp');
    expect(follow.length).toBeGreaterThanOrEqual(3);
  });
});
