import { randomBytes } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { type App, buildApp } from '../../src/app.ts';
import { createCprCipher } from '../../src/participants/cpr.ts';
import type { DatabaseHandle } from '../../src/platform/db.ts';
import type { Mailer } from '../../src/platform/mail.ts';
import { openTestDatabase } from './database.ts';
import { buildWorld, PASSWORD, type World } from './world.ts';

export interface TestServer {
  app: App;
  database: DatabaseHandle;
  baseUrl: string;
  world: World;
  close(): Promise<void>;
}

/** The real app on a real port over a fresh database with the test world in it. */
export async function startTestServer(
  options: { logStream?: NodeJS.WritableStream; trustProxy?: boolean; mailer?: Mailer } = {},
): Promise<TestServer> {
  const database = await openTestDatabase();
  const cpr = createCprCipher(randomBytes(32));
  const world = await buildWorld(database.db, cpr);
  const app = await buildApp({
    database,
    cpr,
    serveWeb: false,
    trustProxy: options.trustProxy ?? false,
    ...(options.mailer ? { mailer: options.mailer } : {}),
    ...(options.logStream ? { logLevel: 'debug', logStream: options.logStream } : { logLevel: 'silent' }),
  });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const { port } = app.server.address() as AddressInfo;
  return {
    app,
    database,
    world,
    baseUrl: `http://127.0.0.1:${port}`,
    async close() {
      await app.close();
      await database.close();
    },
  };
}

export interface ApiResponse<T = unknown> {
  status: number;
  body: T;
}

/** A signed-in (or anonymous) HTTP client that carries its session cookie and CSRF token. */
export class Client {
  cookie: string | null = null;
  csrfToken: string | null = null;
  constructor(readonly baseUrl: string) {}

  static async signIn(baseUrl: string, username: string, password = PASSWORD): Promise<Client> {
    const client = new Client(baseUrl);
    const res = await client.request('POST', '/api/auth/login', { username, password });
    if (res.status !== 200)
      throw new Error(`sign-in as ${username} failed: ${res.status} ${JSON.stringify(res.body)}`);
    const me = await client.request<{ csrfToken: string }>('GET', '/api/auth/me');
    client.csrfToken = me.body.csrfToken;
    return client;
  }

  async request<T = any>(
    method: string,
    path: string,
    body?: unknown,
    headers: Record<string, string> = {},
  ): Promise<ApiResponse<T>> {
    const h: Record<string, string> = { ...headers };
    if (this.cookie) h.cookie = this.cookie;
    if (this.csrfToken && method !== 'GET') h['x-csrf-token'] = this.csrfToken;
    if (body !== undefined) h['content-type'] = 'application/json';
    const res = await fetch(this.baseUrl + path, {
      method,
      headers: h,
      body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
    });
    const setCookie = res.headers.get('set-cookie');
    if (setCookie) this.cookie = setCookie.split(';')[0] ?? null;
    const text = await res.text();
    let parsed: unknown = text;
    try {
      parsed = text ? JSON.parse(text) : null;
    } catch {
      // not JSON: keep the text
    }
    return { status: res.status, body: parsed as T };
  }
}

/**
 * One signed-in client per username for a whole test file: signing in hashes a password (slow on
 * purpose), so tests reuse sessions. `baseUrl` is read lazily, after beforeAll has started the server.
 */
export function sessionCache(baseUrl: () => string) {
  const sessions = new Map<string, Promise<Client>>();
  const as = (username: string): Promise<Client> => {
    let client = sessions.get(username);
    if (!client) {
      client = Client.signIn(baseUrl(), username);
      sessions.set(username, client);
    }
    return client;
  };
  const call = async (username: string, method: string, path: string, body?: unknown) =>
    (await as(username)).request(method, path, body);
  return { as, call };
}
