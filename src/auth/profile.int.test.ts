import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client, startTestServer, type TestServer } from '../../tests/support/server.ts';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server?.close());

describe('my work phone', () => {
  it('is entered, changed and removed by the person themselves; a bad number names the field', async () => {
    const coordinator = await Client.signIn(server.baseUrl, 'coordinator');
    expect((await coordinator.request('GET', '/api/auth/profile')).body).toEqual({ phone: null });

    const bad = await coordinator.request('PUT', '/api/auth/profile', { phone: 'ring til Karin' });
    expect(bad.status).toBe(400);
    expect(bad.body.error.field).toBe('body.phone');
    const unknown = await coordinator.request('PUT', '/api/auth/profile', { phone: null, userId: 'x' });
    expect(unknown.status).toBe(400);

    const saved = await coordinator.request('PUT', '/api/auth/profile', { phone: ' +45 20 30 40 50 ' });
    expect(saved.status).toBe(200);
    expect(saved.body).toEqual({ phone: '+45 20 30 40 50' });
    expect((await coordinator.request('GET', '/api/auth/profile')).body).toEqual({
      phone: '+45 20 30 40 50',
    });
    // Nobody else's number changed.
    const mentor = await Client.signIn(server.baseUrl, 'workshopmentor');
    expect((await mentor.request('GET', '/api/auth/profile')).body).toEqual({ phone: null });

    expect((await coordinator.request('PUT', '/api/auth/profile', { phone: null })).body).toEqual({
      phone: null,
    });
    const row = await server.database.db
      .selectFrom('users')
      .select('phone')
      .where('id', '=', server.world.users.coordinator)
      .executeTakeFirstOrThrow();
    expect(row.phone).toBeNull();
  });
});
