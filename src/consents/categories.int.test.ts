import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sessionCache, startTestServer, type TestServer } from '../../tests/support/server.ts';
import { companyCategories } from './categories.ts';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server?.close());
const { call } = sessionCache(() => server.baseUrl);
const consentsUrl = () => `/api/courses/${server.world.courseA.courseId}/consents`;

describe('consent by category', () => {
  it('records what a consent shares, and by default the least that is useful', async () => {
    const { world } = server;
    const named = await call('coordinator', 'POST', consentsUrl(), {
      purpose: 'shareWithCompany',
      recipientOrganisationId: world.organisations.company2,
      categories: ['contact', 'attendance'],
      givenOn: '2025-02-01',
    });
    expect(named.status).toBe(201);
    expect(named.body.consent).toMatchObject({ categories: ['contact', 'attendance'], active: true });
    const unnamed = await call('coordinator', 'POST', consentsUrl(), {
      purpose: 'shareWithCompany',
      recipientOrganisationId: world.organisations.company2,
      givenOn: '2025-02-01',
    });
    expect(unnamed.body.consent.categories).toEqual(['contact', 'goals']);
    const statistics = await call('coordinator', 'POST', consentsUrl(), {
      purpose: 'statistics',
      givenOn: '2025-02-01',
    });
    expect(statistics.body.consent.categories).toEqual([]);
  });

  it('never lets a company be given health data, and names the field', async () => {
    const res = await call('coordinator', 'POST', consentsUrl(), {
      purpose: 'shareWithCompany',
      recipientOrganisationId: server.world.organisations.company,
      categories: ['goals', 'health'],
      givenOn: '2025-02-01',
    });
    expect(res.status).toBe(400);
    expect(res.body.error.field).toBe('body.categories');
    const unknown = await call('coordinator', 'POST', consentsUrl(), {
      purpose: 'shareWithMunicipality',
      categories: ['everything'],
      givenOn: '2025-02-01',
    });
    expect(unknown.status).toBe(400);
    expect(unknown.body.error.field).toMatch(/^body\.categories/);
  });

  it('narrows a consent: the young person shares fewer categories and the mentor sees less on the next request', async () => {
    const { world } = server;
    const course = `/api/courses/${world.courseA.courseId}`;
    const before = await call('companymentor', 'GET', course);
    expect(before.body.participant.phone).not.toBeUndefined();
    expect((await call('companymentor', 'GET', `${course}/goals`)).status).toBe(200);

    const narrowed = await call('participant', 'POST', `${consentsUrl()}/${world.consents.company}/narrow`, {
      categories: ['goals'],
    });
    expect(narrowed.status).toBe(200);
    expect(narrowed.body.consent).toMatchObject({
      categories: ['goals'],
      active: true,
      replacesConsentId: world.consents.company,
    });

    const after = await call('companymentor', 'GET', course);
    expect(after.status).toBe(200);
    expect(after.body.participant).not.toHaveProperty('phone');
    expect(after.body.participant).not.toHaveProperty('supportNeeds');
    expect(after.body.myConsentCategories).toEqual(['goals']);
    const days = await call('companymentor', 'GET', `${course}/attendance?month=2025-03`);
    expect(days.body.days).toEqual([]);
    // The history of what was shared stays: the old consent is withdrawn, not changed.
    const list = await call('participant', 'GET', consentsUrl());
    const old = list.body.consents.find((c: { id: string }) => c.id === world.consents.company);
    expect(old).toMatchObject({
      active: false,
      categories: [...companyCategories],
    });
    const audit = await server.database.db
      .selectFrom('audit_log')
      .select(['actor_user_id', 'detail'])
      .where('action', '=', 'consent.narrow')
      .execute();
    expect(audit).toHaveLength(1);
    expect(audit[0]?.actor_user_id).toBe(world.users.participant);
  });

  it('refuses to narrow by adding a category, or to nothing', async () => {
    const list = await call('participant', 'GET', consentsUrl());
    const active = list.body.consents.find(
      (c: { purpose: string; active: boolean; recipient: { name: string } | null }) =>
        c.purpose === 'shareWithCompany' && c.active && c.recipient?.name === 'Testby Tømrer ApS',
    );
    const adding = await call('participant', 'POST', `${consentsUrl()}/${active.id}/narrow`, {
      categories: ['goals', 'contact'],
    });
    expect(adding.status).toBe(400);
    expect(adding.body.error.field).toBe('body.categories');
    const none = await call('participant', 'POST', `${consentsUrl()}/${active.id}/narrow`, {
      categories: [],
    });
    expect(none.status).toBe(400);
    expect(none.body.error.field).toBe('body.categories');
  });

  it('narrows a consent once when two people narrow it at the same moment', async () => {
    const { world } = server;
    const url = `${consentsUrl()}/${world.consents.municipality}/narrow`;
    const [a, b] = await Promise.all([
      call('coordinator', 'POST', url, { categories: ['contact', 'goals'] }),
      call('participant', 'POST', url, { categories: ['contact'] }),
    ]);
    expect([a.status, b.status].filter((s) => s === 200)).toHaveLength(1);
    // The other one finds it already withdrawn: 400 after the first committed, 409 while racing it.
    expect([a.status, b.status].filter((s) => s === 400 || s === 409)).toHaveLength(1);
    const replacements = await server.database.db
      .selectFrom('consents')
      .select('id')
      .where('replaces_consent_id', '=', world.consents.municipality)
      .execute();
    expect(replacements).toHaveLength(1);
  });
});
