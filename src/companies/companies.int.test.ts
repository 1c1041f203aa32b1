import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUser } from '../../src/demo/builders.ts';
import { sessionCache, startTestServer, type TestServer } from '../../tests/support/server.ts';
import { PASSWORD } from '../../tests/support/world.ts';

/** The institution's company network: profiles, contacts, capacity, openings, search, access, audit. */
let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
  const { world, database } = server;
  // Sara Holm lives in Testby (the matching helper fills work profiles; here the test does).
  await database.db
    .insertInto('work_profiles')
    .values({
      course_id: world.courseA.courseId,
      municipality_id: world.organisations.municipality,
      home_latitude: 55.71,
      home_longitude: 9.52,
    })
    .execute();
  // Andenby's coordinator: staff of another partnership's institution.
  await createUser(database.db, {
    username: 'andenbykoordinator',
    displayName: 'Andenby Koordinator',
    password: PASSWORD,
    organisationId: world.organisations.otherInstitution,
    role: 'youthCoordinator',
  });
});
afterAll(() => server?.close());

const { as, call } = sessionCache(() => server.baseUrl);
const patch = async (who: string, url: string, body: unknown, version: number | string) =>
  (await as(who)).request('PATCH', url, body, { 'if-match': `"${version}"` });
const bakery = {
  name: 'Lindeby Bageri',
  cvr: '25313763',
  industry: 'food',
  street: 'Torvet 1',
  postcode: '7100',
  city: 'Lindeby',
  latitude: 56.2,
  longitude: 10.1,
  workFunctions: ['kitchen', 'retail'],
  personalRelation: 'Mette kender ejeren',
};
const auditRows = (action: string) =>
  server.database.db.selectFrom('audit_log').selectAll().where('action', '=', action).orderBy('id').execute();

describe('the company network', () => {
  it('refuses a CVR number that fails modulus 11, naming the field, and creates nothing', async () => {
    const res = await call('coordinator', 'POST', '/api/companies', { ...bakery, cvr: '25313764' });
    expect(res.status).toBe(400);
    expect(res.body.error.field).toBe('body.cvr');
    const orgs = await server.database.db
      .selectFrom('organisations')
      .select('id')
      .where('name', '=', bakery.name)
      .execute();
    expect(orgs).toHaveLength(0);
  });

  let bakeryId: string;
  it('creates a company as an organisation and a profile in the writer’s network, audited', async () => {
    const res = await call('coordinator', 'POST', '/api/companies', bakery);
    expect(res.status).toBe(201);
    bakeryId = res.body.company.id;
    expect(res.body.company).toMatchObject({
      name: 'Lindeby Bageri',
      cvr: '25313763',
      institutionId: server.world.organisations.institution,
      workFunctions: ['kitchen', 'retail'],
      newPlace: 'notAsked',
      version: 1,
    });
    const org = await server.database.db
      .selectFrom('organisations')
      .selectAll()
      .where('id', '=', bakeryId)
      .executeTakeFirstOrThrow();
    expect(org).toMatchObject({ kind: 'company', name: 'Lindeby Bageri' });
    const created = await auditRows('companies.create');
    expect(created.at(-1)).toMatchObject({ object_id: bakeryId, participant_id: null, outcome: 'ok' });
  });

  it('refuses the same CVR twice in one network with 409 naming the field', async () => {
    const res = await call('jobconsultant', 'POST', '/api/companies', { ...bakery, name: 'Bageriet igen' });
    expect(res.status).toBe(409);
    expect(res.body.error.field).toBe('body.cvr');
    // The world's carpenter already has 10150817.
    const taken = await call('coordinator', 'POST', '/api/companies', {
      name: 'Ny Tømrer',
      industry: 'crafts',
      cvr: '10150817',
    });
    expect(taken.status).toBe(409);
  });

  it('refuses half a coordinate pair', async () => {
    const res = await call('coordinator', 'POST', '/api/companies', {
      name: 'Halv',
      industry: 'crafts',
      latitude: 55,
    });
    expect(res.status).toBe(400);
    expect(res.body.error.field).toBe('body.longitude');
  });

  it('changes a company with If-Match; a stale version is 412 with the current company', async () => {
    const url = `/api/companies/${bakeryId}`;
    const changed = await patch(
      'coordinator',
      url,
      { notes: 'Åbner kl. 6', newPlace: 'promised', newPlaceOn: '2026-01-10' },
      1,
    );
    expect(changed.status).toBe(200);
    expect(changed.body.company).toMatchObject({ notes: 'Åbner kl. 6', newPlace: 'promised', version: 2 });
    const stale = await patch('jobconsultant', url, { notes: 'Gammel' }, 1);
    expect(stale.status).toBe(412);
    expect(stale.body.current).toMatchObject({ notes: 'Åbner kl. 6', version: 2 });
    const renamed = await patch('jobconsultant', url, { name: 'Lindeby Bageri ApS' }, 2);
    expect(renamed.body.company.name).toBe('Lindeby Bageri ApS');
    const none = await (await as('coordinator')).request('PATCH', url, { notes: 'x' });
    expect(none.status).toBe(428);
    expect((await auditRows('companies.update')).some((r) => r.object_id === bakeryId)).toBe(true);
  });

  it('keeps contacts and mentors; a removed contact stays, marked removed', async () => {
    const base = `/api/companies/${server.world.organisations.company}/contacts`;
    const mentor = await call('coordinator', 'POST', base, {
      name: 'Per Tømrer',
      title: 'Mester',
      phone: '+45 20 30 40 50',
      isMentor: true,
      userId: server.world.users.companyMentor,
    });
    expect(mentor.status).toBe(201);
    expect(mentor.body.contact).toMatchObject({ isMentor: true, userId: server.world.users.companyMentor });
    const wrongUser = await call('coordinator', 'POST', base, {
      name: 'X',
      userId: server.world.users.caseworker,
    });
    expect(wrongUser.status).toBe(400);
    expect(wrongUser.body.error.field).toBe('body.userId');
    const other = await call('coordinator', 'POST', base, { name: 'Bogholder Bo' });
    const changed = await call('coordinator', 'PATCH', `${base}/${other.body.contact.id}`, {
      title: 'Bogholder',
    });
    expect(changed.body.contact.title).toBe('Bogholder');
    const removed = await call('coordinator', 'POST', `${base}/${other.body.contact.id}/remove`);
    expect(removed.status).toBe(200);
    expect(removed.body.contact.removedAt).not.toBeNull();
    const detail = await call('caseworker', 'GET', `/api/companies/${server.world.organisations.company}`);
    expect(detail.body.contacts.map((c: { name: string }) => c.name)).toEqual(['Per Tømrer', 'Bogholder Bo']);
    expect(detail.body.contacts[1].removedAt).not.toBeNull();
  });

  it('keeps the capacity history; the newest assessment is the current capacity', async () => {
    const base = `/api/companies/${server.world.organisations.company}/capacity`;
    const first = await call('coordinator', 'POST', base, {
      assessedOn: '2025-05-01',
      level: 'low',
      reasons: 'Travl',
    });
    expect(first.status).toBe(201);
    await call('coordinator', 'POST', base, {
      assessedOn: '2025-11-01',
      level: 'high',
      reasons: 'Ny mester',
    });
    const noReasons = await call('coordinator', 'POST', base, {
      assessedOn: '2025-11-02',
      level: 'high',
      reasons: ' ',
    });
    expect(noReasons.status).toBe(400);
    expect(noReasons.body.error.field).toBe('body.reasons');
    const detail = await call('coordinator', 'GET', `/api/companies/${server.world.organisations.company}`);
    expect(detail.body.capacity.map((a: { level: string }) => a.level)).toEqual(['high', 'low']);
    const list = await call('coordinator', 'GET', '/api/companies?workFunction=carpentry');
    expect(list.body.companies).toEqual([
      expect.objectContaining({ name: 'Testby Tømrer ApS', capacity: 'high' }),
    ]);
  });

  it('adds and changes openings with versions', async () => {
    const base = `/api/companies/${server.world.organisations.company}/openings`;
    const added = await call('jobconsultant', 'POST', base, {
      title: 'Tømrerlærling',
      workFunctions: ['carpentry'],
      hoursPerWeek: 20,
      availableFrom: '2026-02-01',
    });
    expect(added.status).toBe(201);
    expect(added.body.opening).toMatchObject({ status: 'open', hoursPerWeek: 20, version: 1 });
    const id = added.body.opening.id;
    const filled = await patch('coordinator', `${base}/${id}`, { status: 'filled' }, 1);
    expect(filled.body.opening.status).toBe('filled');
    expect((await patch('coordinator', `${base}/${id}`, { status: 'closed' }, 1)).status).toBe(412);
    await call('jobconsultant', 'POST', base, { title: 'Hjælper', workFunctions: ['construction'] });
    const list = await call('coordinator', 'GET', '/api/companies?industry=crafts');
    expect(list.body.companies[0]).toMatchObject({ name: 'Testby Tømrer ApS', openPlaces: 1 });
  });

  it('searches by industry, work function and free text', async () => {
    const food = await call('coordinator', 'GET', '/api/companies?industry=food');
    expect(food.body.companies.map((c: { name: string }) => c.name)).toEqual([
      'Lindeby Bageri ApS',
      'Testby Kantine A/S',
    ]);
    const kitchen = await call('leader', 'GET', '/api/companies?workFunction=retail');
    expect(kitchen.body.companies.map((c: { name: string }) => c.name)).toEqual(['Lindeby Bageri ApS']);
    const text = await call('coordinator', 'GET', '/api/companies?q=kantine');
    expect(text.body.companies.map((c: { name: string }) => c.name)).toEqual(['Testby Kantine A/S']);
    const bad = await call('coordinator', 'GET', '/api/companies?workFunction=astronaut');
    expect(bad.status).toBe(400);
    expect(bad.body.error.field).toMatch(/workFunction/);
  });

  it('measures the distance from the young person’s home and sorts by it, no coordinates last', async () => {
    await call('coordinator', 'POST', '/api/companies', { name: 'Adresseløs A/S', industry: 'food' });
    const res = await call('coordinator', 'GET', `/api/companies?near=${server.world.courseA.courseId}`);
    expect(res.status).toBe(200);
    const rows = res.body.companies as Array<{ name: string; distanceKm: number | null }>;
    expect(rows.map((c) => c.name)).toEqual([
      'Testby Tømrer ApS',
      'Testby Kantine A/S',
      'Lindeby Bageri ApS',
      'Adresseløs A/S',
    ]);
    expect(rows[0]?.distanceKm).toBe(0.6);
    expect(rows[3]?.distanceKm).toBeNull();
    expect(res.body.near).toEqual({ courseId: server.world.courseA.courseId, hasHome: true });
    const within = await call(
      'coordinator',
      'GET',
      `/api/companies?near=${server.world.courseA.courseId}&maxKm=10`,
    );
    expect(within.body.companies.map((c: { name: string }) => c.name)).toEqual([
      'Testby Tømrer ApS',
      'Testby Kantine A/S',
    ]);
    const byName = await call(
      'coordinator',
      'GET',
      `/api/companies?near=${server.world.courseA.courseId}&sort=name`,
    );
    expect(byName.body.companies[0].name).toBe('Adresseløs A/S');
  });

  it('answers 404 for a young person the reader has no grant on', async () => {
    // Course B is Andenby's: Testby's coordinator has no grant on it.
    const res = await call('coordinator', 'GET', `/api/companies?near=${server.world.courseB.courseId}`);
    expect(res.status).toBe(404);
  });

  it('hides the network from another partnership and from every company mentor', async () => {
    const company = `/api/companies/${server.world.organisations.company}`;
    const other = await call('othercaseworker', 'GET', '/api/companies');
    expect(other.status).toBe(200);
    expect(other.body.companies.map((c: { name: string }) => c.name)).toEqual(['Andenby Bageri']);
    expect((await call('othercaseworker', 'GET', company)).status).toBe(404);
    expect((await call('othercaseworker', 'POST', `${company}/contacts`, { name: 'X' })).status).toBe(404);
    // Andenby's coordinator writes Andenby's network, and to them Testby's companies do not exist.
    const andenby = await call('andenbykoordinator', 'GET', '/api/companies');
    expect(andenby.body.companies.map((c: { name: string }) => c.name)).toEqual(['Andenby Bageri']);
    expect((await call('andenbykoordinator', 'GET', company)).status).toBe(404);
    expect((await patch('andenbykoordinator', company, { notes: 'x' }, 1)).status).toBe(404);
    const created = await call('andenbykoordinator', 'POST', '/api/companies', {
      ...bakery,
      name: 'Andenby Bageri 2',
    });
    // The same CVR may exist once in each network.
    expect(created.status).toBe(201);
    expect(created.body.company.institutionId).toBe(server.world.organisations.otherInstitution);
    for (const path of ['/api/companies', company, '/api/workplaces'])
      expect((await call('companymentor', 'GET', path)).status, path).toBe(404);
    expect((await call('companymentor', 'POST', '/api/companies', bakery)).status).toBe(404);
    // A reader who does not write: the caseworker reads the network, changes nothing in it.
    expect(
      (
        await call('caseworker', 'POST', `${company}/capacity`, {
          assessedOn: '2025-01-01',
          level: 'low',
          reasons: 'x',
        })
      ).status,
    ).toBe(404);
  });

  it('shows the history: counts per year, and the young people only to the institution staff on their courses', async () => {
    const { db } = server.database;
    const { world } = server;
    await db
      .insertInto('internships')
      .values({
        municipality_id: world.organisations.municipality,
        course_id: world.courseA.courseId,
        company_id: world.organisations.company,
        starts_on: '2025-09-01',
        purpose: 'Prøve tømrerfaget',
      })
      .execute();
    await db
      .insertInto('job_agreements')
      .values({
        municipality_id: world.organisations.municipality,
        course_id: world.courseA.courseId,
        type: 'flexJob',
        company_id: world.organisations.company,
        hours_per_week: 20,
        starts_on: '2026-01-05',
      })
      .execute();
    const url = `/api/companies/${world.organisations.company}`;
    const staff = await call('coordinator', 'GET', url);
    expect(staff.body.history.years).toEqual([
      { year: 2026, internships: 0, hires: 1 },
      { year: 2025, internships: 1, hires: 0 },
    ]);
    expect(staff.body.history.internships).toEqual([
      { courseId: world.courseA.courseId, firstName: 'Sara', startsOn: '2025-09-01', endsOn: null },
    ]);
    expect(staff.body.history.hires[0]).toMatchObject({
      firstName: 'Sara',
      type: 'flexJob',
      on: '2026-01-05',
    });
    const caseworker = await call('caseworker', 'GET', url);
    expect(caseworker.body.history.years).toHaveLength(2);
    expect(caseworker.body.history.internships).toBeNull();
    const reads = (await auditRows('companies.read')).filter(
      (r) => r.object_id === world.organisations.company,
    );
    expect(reads.length).toBeGreaterThan(0);
    expect(reads.every((r) => r.participant_id === null)).toBe(true);
  });
});

describe('the institution’s workplaces', () => {
  let id: string;
  it('creates, changes and deactivates a workplace with its mentors, audited', async () => {
    const res = await call('coordinator', 'POST', '/api/workplaces', {
      name: 'Køkkenet',
      workFunctions: ['kitchen'],
      mentorIds: [server.world.users.workshopMentor],
    });
    expect(res.status).toBe(201);
    id = res.body.workplace.id;
    expect(res.body.workplace.mentors.map((m: { id: string }) => m.id)).toEqual([
      server.world.users.workshopMentor,
    ]);
    const notMentor = await call('coordinator', 'POST', '/api/workplaces', {
      name: 'Haven',
      mentorIds: [server.world.users.caseworker],
    });
    expect(notMentor.status).toBe(400);
    expect(notMentor.body.error.field).toBe('body.mentorIds');
    const twice = await call('coordinator', 'POST', '/api/workplaces', { name: 'Køkkenet' });
    expect(twice.status).toBe(409);
    const off = await patch('jobconsultant', `/api/workplaces/${id}`, { active: false }, 1);
    expect(off.body.workplace).toMatchObject({ active: false, version: 2 });
    expect((await patch('coordinator', `/api/workplaces/${id}`, { name: 'Kantinen' }, 1)).status).toBe(412);
    const list = await call('workshopmentor', 'GET', '/api/workplaces');
    expect(list.body.workplaces).toEqual([expect.objectContaining({ name: 'Køkkenet', active: false })]);
    expect((await call('workshopmentor', 'POST', '/api/workplaces', { name: 'Værkstedet' })).status).toBe(
      404,
    );
    expect((await auditRows('workplaces.write')).map((r) => r.object_id)).toEqual([id, id]);
  });
});
