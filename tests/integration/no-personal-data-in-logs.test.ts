import { PassThrough } from 'node:stream';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { Client, startTestServer, type TestServer } from '../support/server.ts';

let server: TestServer;
let logs = '';
beforeAll(async () => {
  const stream = new PassThrough();
  stream.on('data', (chunk) => {
    logs += chunk.toString();
  });
  server = await startTestServer({ logStream: stream });
});
afterAll(() => server?.close());

it('keeps names, CPR, notes and passwords out of the application log', async () => {
  const { courseA } = server.world;
  const client = await Client.signIn(server.baseUrl, 'coordinator');
  await client.request('GET', `/api/courses/${courseA.courseId}`);
  await client.request('GET', '/api/caseload');
  await client.request('POST', `/api/courses/${courseA.courseId}/journal`, {
    date: '2025-03-03',
    body: 'Sara talked about her anxiety medication',
    visibility: 'professionals',
  });
  await client.request('POST', '/api/auth/login', { username: 'coordinator', password: 'a-wrong-secret' });
  // Logging is on at debug level, so the absence below is not just silence.
  expect(logs).toContain('request completed');
  // One line per request, naming the route's pattern and never the ids in the URL.
  expect(logs).toContain('"url":"/api/courses/:courseId"');
  expect(logs).not.toContain('incoming request');
  expect(logs).not.toContain(courseA.courseId);
  for (const secret of [
    'Sara',
    'Holm',
    '100401',
    'anxiety',
    'a-wrong-secret',
    'test-password',
    'vivirk_sid=',
  ]) {
    expect(logs).not.toContain(secret);
  }
});
