import { afterAll, beforeAll, expect, it } from 'vitest';
import { Client, startTestServer, type TestServer } from '../support/server.ts';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server?.close());

it('answers malformed URLs, NUL characters and broken JSON with a 4xx in the usual error shape', async () => {
  const anonymous = new Client(server.baseUrl);
  const coordinator = await Client.signIn(server.baseUrl, 'coordinator');
  const course = server.world.courseA.courseId;
  const cases: Array<[Client, string, string, unknown]> = [
    [anonymous, 'POST', '/api/auth/login', { username: 'coord\u0000inator', password: 'x' }],
    [anonymous, 'POST', '/api/auth/login', '{"username": "coordinator", "pass'],
    [anonymous, 'GET', '/api/%E0%A4%A', undefined],
    [
      coordinator,
      'POST',
      `/api/courses/${course}/status`,
      { status: 'paused', effectiveDate: '2026-01-01', reason: 'a\u0000b' },
    ],
    [coordinator, 'GET', `/api/courses/not-a-uuid`, undefined],
    [coordinator, 'POST', `/api/courses/${course}/status`, []],
  ];
  for (const [client, method, path, body] of cases) {
    const res = await client.request(method, path, body);
    expect(res.status, `${method} ${path}`).toBeGreaterThanOrEqual(400);
    expect(res.status, `${method} ${path}`).toBeLessThan(500);
    expect(res.body.error.code, `${method} ${path}`).toEqual(expect.any(String));
  }
});
