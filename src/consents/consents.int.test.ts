import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client, startTestServer, type TestServer } from '../../tests/support/server.ts';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server?.close());

describe('consents', () => {
  it('lists the participant’s consents with their recipients', async () => {
    const client = await Client.signIn(server.baseUrl, 'coordinator');
    const res = await client.request('GET', `/api/courses/${server.world.courseA.courseId}/consents`);
    expect(res.status).toBe(200);
    const company = res.body.consents.find((c: any) => c.recipient?.name === 'Testby Tømrer ApS');
    expect(company).toMatchObject({ purpose: 'shareWithCompany', active: true, withdrawnOn: null });
    const withdrawn = res.body.consents.find((c: any) => c.recipient?.name === 'Testby Kantine A/S');
    expect(withdrawn).toMatchObject({ active: false, withdrawnOn: '2025-06-01' });
  });

  it("offers the companies a consent can name: the course's own network, never another partnership's", async () => {
    const client = await Client.signIn(server.baseUrl, 'coordinator');
    const res = await client.request(
      'GET',
      `/api/courses/${server.world.courseA.courseId}/consent-recipients`,
    );
    expect(res.status).toBe(200);
    expect(res.body.companies.map((c: { name: string }) => c.name)).toEqual([
      'Testby Kantine A/S',
      'Testby Tømrer ApS',
    ]);
  });

  it('refuses sharing with a company without naming the company', async () => {
    const client = await Client.signIn(server.baseUrl, 'coordinator');
    const res = await client.request('POST', `/api/courses/${server.world.courseA.courseId}/consents`, {
      purpose: 'shareWithCompany',
      givenOn: '2025-02-01',
    });
    expect(res.status).toBe(400);
    expect(res.body.error.field).toBe('body.recipientOrganisationId');
  });

  it('refuses a recipient that is not a company', async () => {
    const client = await Client.signIn(server.baseUrl, 'coordinator');
    const res = await client.request('POST', `/api/courses/${server.world.courseA.courseId}/consents`, {
      purpose: 'shareWithCompany',
      recipientOrganisationId: server.world.organisations.otherMunicipality,
      givenOn: '2025-02-01',
    });
    expect(res.status).toBe(400);
    expect(res.body.error.field).toBe('body.recipientOrganisationId');
  });

  it("refuses a company of another institution's network", async () => {
    const client = await Client.signIn(server.baseUrl, 'coordinator');
    const res = await client.request('POST', `/api/courses/${server.world.courseA.courseId}/consents`, {
      purpose: 'shareWithCompany',
      recipientOrganisationId: server.world.organisations.otherCompany,
      givenOn: '2025-02-01',
    });
    expect(res.status).toBe(400);
    expect(res.body.error.field).toBe('body.recipientOrganisationId');
  });

  it('takes a withdrawal into effect on the very next request', async () => {
    const { courseA, consents } = server.world;
    const mentor = await Client.signIn(server.baseUrl, 'companymentor');
    expect((await mentor.request('GET', `/api/courses/${courseA.courseId}`)).status).toBe(200);
    // The young person withdraws the consent to share with the company themselves.
    const participant = await Client.signIn(server.baseUrl, 'participant');
    const withdraw = await participant.request(
      'POST',
      `/api/courses/${courseA.courseId}/consents/${consents.company}/withdraw`,
    );
    expect(withdraw.status).toBe(200);
    expect(withdraw.body.consent.active).toBe(false);
    expect((await mentor.request('GET', `/api/courses/${courseA.courseId}`)).status).toBe(404);
    expect((await mentor.request('GET', '/api/caseload')).body.items).toEqual([]);
    const audit = await server.database.db
      .selectFrom('audit_log')
      .select(['actor_user_id', 'participant_id'])
      .where('action', '=', 'consent.withdraw')
      .execute();
    expect(audit).toEqual([
      { actor_user_id: server.world.users.participant, participant_id: courseA.participantId },
    ]);
  });

  it('does not withdraw the same consent twice', async () => {
    const client = await Client.signIn(server.baseUrl, 'coordinator');
    const { courseA, consents } = server.world;
    const res = await client.request(
      'POST',
      `/api/courses/${courseA.courseId}/consents/${consents.company2}/withdraw`,
      {},
    );
    expect(res.status).toBe(400);
  });

  it('refuses a consent id that belongs to another participant', async () => {
    const other = await server.database.db
      .selectFrom('consents')
      .select('id')
      .where('participant_id', '=', server.world.courseB.participantId)
      .executeTakeFirstOrThrow();
    const client = await Client.signIn(server.baseUrl, 'coordinator');
    const res = await client.request(
      'POST',
      `/api/courses/${server.world.courseA.courseId}/consents/${other.id}/withdraw`,
    );
    expect(res.status).toBe(404);
  });
});
