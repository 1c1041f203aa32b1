import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client, sessionCache, startTestServer, type TestServer } from '../../tests/support/server.ts';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server?.close());
const { call } = sessionCache(() => server.baseUrl);

describe('administration', () => {
  it('creates an organisation and a user whose one-time password signs in, with the role given', async () => {
    const org = await call('administrator', 'POST', '/api/admin/organisations', {
      kind: 'company',
      name: 'Nyby Cykler',
    });
    expect(org.status).toBe(201);
    const user = await call('administrator', 'POST', '/api/admin/users', {
      username: 'Nina',
      displayName: 'Nina Virksomhedsmentor',
      organisationId: org.body.organisation.id,
      role: 'companyMentor',
    });
    expect(user.status).toBe(201);
    expect(user.body.user.username).toBe('nina');
    const nina = await Client.signIn(server.baseUrl, 'nina', user.body.password);
    const me = await nina.request('GET', '/api/auth/me');
    expect(me.body.user.memberships).toEqual([
      {
        organisationId: org.body.organisation.id,
        organisationName: 'Nyby Cykler',
        organisationKind: 'company',
        role: 'companyMentor',
      },
    ]);
    const overview = await call('administrator', 'GET', '/api/admin');
    const listed = overview.body.users.find((u: { username: string }) => u.username === 'nina');
    expect(listed.memberships).toEqual([
      { organisationId: org.body.organisation.id, organisationName: 'Nyby Cykler', role: 'companyMentor' },
    ]);
    // The young person's own sign-in is not an administrator's business.
    expect(overview.body.users.map((u: { username: string }) => u.username)).not.toContain('participant');
  });

  it('gives and takes roles, audited, and names the offending field', async () => {
    const { users, organisations } = server.world;
    const add = await call('administrator', 'POST', `/api/admin/users/${users.leader}/memberships`, {
      organisationId: organisations.municipality,
      role: 'leader',
    });
    expect(add.status).toBe(200);
    const remove = await call(
      'administrator',
      'POST',
      `/api/admin/users/${users.leader}/memberships/remove`,
      {
        organisationId: organisations.municipality,
        role: 'leader',
      },
    );
    expect(remove.status).toBe(200);
    const again = await call('administrator', 'POST', `/api/admin/users/${users.leader}/memberships/remove`, {
      organisationId: organisations.municipality,
      role: 'leader',
    });
    expect(again.status).toBe(404);
    const audit = await server.database.db
      .selectFrom('audit_log')
      .select(['action', 'actor_user_id'])
      .where('action', 'in', ['admin.membership.add', 'admin.membership.remove'])
      .execute();
    expect(audit).toEqual([
      { action: 'admin.membership.add', actor_user_id: users.administrator },
      { action: 'admin.membership.remove', actor_user_id: users.administrator },
    ]);
    const wrong = await call('administrator', 'POST', '/api/admin/partnerships', {
      name: 'Forkert',
      municipalityId: organisations.institution,
      institutionId: organisations.institution,
    });
    expect(wrong.status).toBe(400);
    expect(wrong.body.error.field).toBe('body.municipalityId');
    const taken = await call('administrator', 'POST', '/api/admin/users', {
      username: 'coordinator',
      displayName: 'X',
      organisationId: organisations.institution,
      role: 'leader',
    });
    expect(taken.status).toBe(409);
    expect(taken.body.error.field).toBe('body.username');
  });
});
