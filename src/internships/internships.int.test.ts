import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUser } from '../../src/demo/builders.ts';
import { today } from '../../src/platform/dates.ts';
import { sessionCache, startTestServer, type TestServer } from '../../tests/support/server.ts';
import { PASSWORD } from '../../tests/support/world.ts';
import { isoWeekday } from './mentor.ts';

/** Internship agreements: the seven questions, what the company may see, and the mentor's page. */
let server: TestServer;
let base: string;
const ids = {
  mentorContact: '',
  plainContact: '',
  newMentorContact: '',
  newMentor: '',
  company2Contact: '',
  workGoal: '',
  subGoal: '',
  healthGoal: '',
  otherCourseGoal: '',
};
const { as, call } = sessionCache(() => server.baseUrl);

async function contact(companyId: string, name: string, userId: string | null) {
  const row = await server.database.db
    .insertInto('company_contacts')
    .values({ company_id: companyId, name, phone: '22 33 44 55', is_mentor: true, user_id: userId })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

beforeAll(async () => {
  server = await startTestServer();
  const { world } = server;
  base = `/api/courses/${world.courseA.courseId}/internships`;
  const db = server.database.db;
  await db
    .updateTable('users')
    .set({ phone: '+45 11 22 33 44' })
    .where('id', '=', world.users.coordinator)
    .execute();
  ids.mentorContact = await contact(world.organisations.company, 'Mette Mentor', world.users.companyMentor);
  ids.plainContact = await contact(world.organisations.company, 'Per Uden Login', null);
  ids.newMentor = await createUser(db, {
    username: 'nymentor',
    displayName: 'Ny Mentor',
    password: PASSWORD,
    organisationId: world.organisations.company,
    role: 'companyMentor',
  });
  ids.newMentorContact = await contact(world.organisations.company, 'Ny Mentor', ids.newMentor);
  ids.company2Contact = await contact(
    world.organisations.company2,
    'Kantinechef',
    world.users.withdrawnMentor,
  );
  const goal = async (body: Record<string, unknown>) => {
    const res = await call('coordinator', 'POST', `/api/courses/${world.courseA.courseId}/goals`, body);
    expect(res.status).toBe(201);
    return res.body.goal.id as string;
  };
  ids.workGoal = await goal({ area: 'employmentEducation', title: 'Møde til tiden i praktikken' });
  ids.subGoal = await goal({
    area: 'employmentEducation',
    title: 'Sige til, når noget er svært',
    parentGoalId: ids.workGoal,
  });
  ids.healthGoal = await goal({ area: 'socialHealth', title: 'Tage medicinen hver morgen' });
  const other = await db
    .insertInto('goals')
    .values({
      municipality_id: world.organisations.otherMunicipality,
      course_id: world.courseB.courseId,
      area: 'employmentEducation',
      title: 'Andet forløbs mål',
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  ids.otherCourseGoal = other.id;
});
afterAll(() => server?.close());

const agreement = () => ({
  companyId: server.world.organisations.company,
  mentorContactId: ids.mentorContact,
  startsOn: '2025-09-01',
  purpose: 'At prøve tømrerfaget i en rigtig virksomhed',
  workFunctions: ['carpentry'],
  workTasks: 'Måle op og skære lister',
  colleagues: 'To svende og en lærling',
  place: 'Savværksvej 3, værkstedet',
  hoursPerWeek: 20,
  schedule: [
    { weekday: 1, from: '08:00', to: '12:00', plan: 'Lister til køkkenet' },
    { weekday: 3, from: '08:00', to: '13:00', plan: 'Opmåling med svenden' },
  ],
  supportNeed: 'Har brug for en fast plan for dagen',
  goalIds: [ids.workGoal, ids.subGoal, ids.healthGoal],
  followUpPlan: 'Opfølgning hver 14. dag på værkstedet',
});

async function create(body: Record<string, unknown>, who = 'coordinator') {
  const res = await call(who, 'POST', base, body);
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body.internship;
}

const companyConsents = (companyId: string) =>
  server.database.db
    .selectFrom('consents')
    .selectAll()
    .where('participant_id', '=', server.world.courseA.participantId)
    .where('recipient_organisation_id', '=', companyId)
    .orderBy('created_at')
    .execute();

async function pdfText(who: string, url: string) {
  const client = await as(who);
  const res = await fetch(server.baseUrl + url, { headers: { cookie: client.cookie ?? '' } });
  if (res.status !== 200) return { status: res.status, text: '', res };
  const pdf = await getDocument({ data: new Uint8Array(await res.arrayBuffer()), isEvalSupported: false })
    .promise;
  let text = '';
  for (let n = 1; n <= pdf.numPages; n++) {
    const content = await (await pdf.getPage(n)).getTextContent();
    text += ` ${content.items.map((i) => ('str' in i ? i.str : '')).join(' ')}`;
  }
  const meta = await pdf.getMetadata();
  const roles = new Set<string>();
  const walk = (node: { role?: string; children?: unknown[] } | null) => {
    if (!node) return;
    if (node.role) roles.add(node.role);
    for (const child of node.children ?? []) walk(child as { role?: string; children?: unknown[] });
  };
  walk((await (await pdf.getPage(1)).getStructTree()) as never);
  return {
    status: res.status,
    text: text.replace(/\s+/g, ' '),
    res,
    info: meta.info as Record<string, unknown>,
    roles,
  };
}

describe('internship agreements', () => {
  it('creates an agreement answering the seven questions, shows the goals by title, and audits it', async () => {
    const internship = await create(agreement());
    expect(internship).toMatchObject({
      company: { id: server.world.organisations.company, name: 'Testby Tømrer ApS' },
      mentor: {
        contactId: ids.mentorContact,
        name: 'Mette Mentor',
        userId: server.world.users.companyMentor,
      },
      coordinator: { name: 'coordinator', phone: '+45 11 22 33 44' },
      participant: { name: 'Sara Holm' },
      purpose: 'At prøve tømrerfaget i en rigtig virksomhed',
      hoursPerWeek: 20,
      dailyContact: 'jobConsultant',
      version: 1,
    });
    expect(internship.goals.map((g: { title: string }) => g.title)).toEqual([
      'Møde til tiden i praktikken',
      'Tage medicinen hver morgen',
    ]);
    expect(internship.goals[0].subGoals.map((g: { title: string }) => g.title)).toEqual([
      'Sige til, når noget er svært',
    ]);
    const audit = await server.database.db
      .selectFrom('audit_log')
      .selectAll()
      .where('action', '=', 'internships.create')
      .where('object_id', '=', internship.id)
      .execute();
    expect(audit).toHaveLength(1);
    const list = await call('jobconsultant', 'GET', base);
    expect(list.body.internships.map((i: { id: string }) => i.id)).toContain(internship.id);
  });

  it('refuses bad input naming the field, and refuses it whole', async () => {
    const before = (await call('coordinator', 'GET', base)).body.internships.length;
    const cases: Array<[Record<string, unknown>, string]> = [
      [{ ...agreement(), purpose: '' }, 'body.purpose'],
      [{ ...agreement(), companyId: server.world.organisations.otherCompany }, 'body.companyId'],
      [{ ...agreement(), goalIds: [ids.workGoal, ids.otherCourseGoal] }, 'body.goalIds[1]'],
      [{ ...agreement(), mentorContactId: ids.company2Contact }, 'body.mentorContactId'],
      [{ ...agreement(), endsOn: '2025-08-01' }, 'body.endsOn'],
      [
        { ...agreement(), schedule: [{ weekday: 8, from: '08:00', to: '12:00', plan: '' }] },
        'body.schedule[0].weekday',
      ],
      [
        { ...agreement(), schedule: [{ weekday: 2, from: '12:00', to: '08:00', plan: '' }] },
        'body.schedule[0].to',
      ],
      [{ ...agreement(), companyMayRead: ['health'] }, 'body.companyMayRead[0]'],
    ];
    for (const [body, field] of cases) {
      const res = await call('coordinator', 'POST', base, body);
      expect(res.status, field).toBe(400);
      expect(res.body.error.field, JSON.stringify(res.body)).toBe(field);
    }
    expect((await call('coordinator', 'GET', base)).body.internships.length).toBe(before);
  });

  it('changes with If-Match: 428 without, 412 on a stale version with the current agreement', async () => {
    const internship = await create(agreement());
    const url = `${base}/${internship.id}`;
    const client = await as('coordinator');
    expect((await client.request('PATCH', url, { place: 'Hallen' })).status).toBe(428);
    const changed = await client.request('PATCH', url, { place: 'Hallen' }, { 'if-match': '"1"' });
    expect(changed.status).toBe(200);
    expect(changed.body.internship).toMatchObject({ place: 'Hallen', version: 2 });
    const stale = await client.request('PATCH', url, { place: 'Gården' }, { 'if-match': '"1"' });
    expect(stale.status).toBe(412);
    const now = await client.request('GET', url);
    expect(now.body.internship.place).toBe('Hallen');
    const ended = await client.request(
      'POST',
      `${url}/end`,
      { endsOn: '2025-12-19', reason: 'Praktikken er slut efter planen' },
      { 'if-match': '"2"' },
    );
    expect(ended.status).toBe(200);
    expect(ended.body.internship).toMatchObject({
      endsOn: '2025-12-19',
      endReason: 'Praktikken er slut efter planen',
    });
  });

  it("adds the mentor's sign-in to the course team for the company, in the same transaction", async () => {
    const onTeam = () =>
      server.database.db
        .selectFrom('course_team')
        .selectAll()
        .where('course_id', '=', server.world.courseA.courseId)
        .where('user_id', '=', ids.newMentor)
        .executeTakeFirst();
    // A refused agreement adds no one.
    const refused = await call('coordinator', 'POST', base, {
      ...agreement(),
      mentorContactId: ids.newMentorContact,
      goalIds: [ids.otherCourseGoal],
    });
    expect(refused.status).toBe(400);
    expect(await onTeam()).toBeUndefined();
    await create({ ...agreement(), mentorContactId: ids.newMentorContact });
    expect(await onTeam()).toMatchObject({
      role: 'companyMentor',
      organisation_id: server.world.organisations.company,
    });
    // A contact without a sign-in is named on the agreement, and no one joins the team.
    const plain = await create({ ...agreement(), mentorContactId: ids.plainContact });
    expect(plain.mentor).toMatchObject({ name: 'Per Uden Login', userId: null });
  });
});

describe('what the company may see', () => {
  let internshipId: string;
  it("records the choice as the young person's consent for the company, narrowing the one it had", async () => {
    const before = await companyConsents(server.world.organisations.company);
    const original = before.find((c) => c.withdrawn_on === null);
    expect(original).toBeDefined();
    const internship = await create({ ...agreement(), companyMayRead: ['internship'] });
    internshipId = internship.id;
    expect(internship.companyMayRead).toEqual(['internship']);
    const after = await companyConsents(server.world.organisations.company);
    expect(after.find((c) => c.id === original?.id)?.withdrawn_on).toBe(today());
    const active = after.filter((c) => c.withdrawn_on === null);
    expect(active).toHaveLength(1);
    expect(active[0]).toMatchObject({
      purpose: 'shareWithCompany',
      categories: ['internship'],
      replaces_consent_id: original?.id,
      given_on: today(),
    });
  });

  it('a company mentor with consent [internship] reads the agreement, but no support need and no goals', async () => {
    const res = await call('companymentor', 'GET', `${base}/${internshipId}`);
    expect(res.status).toBe(200);
    const seen = res.body.internship;
    expect(seen.purpose).toBe('At prøve tømrerfaget i en rigtig virksomhed');
    expect(seen.schedule).toHaveLength(2);
    expect(seen.coordinator).toEqual({ name: 'coordinator', phone: '+45 11 22 33 44' });
    expect(seen).not.toHaveProperty('supportNeed');
    expect(seen).not.toHaveProperty('goals');
    expect(seen).not.toHaveProperty('companyMayRead');
    expect(seen.participant).toEqual({ name: 'Sara Holm' });
    expect(res.body.followUps).toEqual([]);
    expect(JSON.stringify(res.body)).not.toContain('fast plan');
  });

  it('walks every field the mentor receives under [internship] and finds none outside what the consent names', async () => {
    // identity (who and where) + the agreement itself; nothing of supportNeeds, goals, contact, consents.
    const allowed = new Set([
      'internship.id',
      'internship.company.id',
      'internship.company.name',
      'internship.mentor.contactId',
      'internship.mentor.name',
      'internship.mentor.phone',
      'internship.mentor.userId',
      'internship.coordinator.name',
      'internship.coordinator.phone',
      'internship.participant.name',
      'internship.opening',
      'internship.startsOn',
      'internship.endsOn',
      'internship.endReason',
      'internship.purpose',
      'internship.workFunctions[]',
      'internship.workTasks',
      'internship.colleagues',
      'internship.place',
      'internship.hoursPerWeek',
      'internship.schedule[].weekday',
      'internship.schedule[].from',
      'internship.schedule[].to',
      'internship.schedule[].plan',
      'internship.followUpPlan',
      'internship.dailyContact',
      'internship.version',
      'internship.updatedAt',
      'observations[].id',
      'observations[].observedOn',
      'observations[].text',
      'observations[].author',
      'observations[].mine',
      'today.date',
      'today.weekday',
      'today.plan',
      'today.plan.weekday',
      'today.plan.from',
      'today.plan.to',
      'today.plan.plan',
      'courseId',
    ]);
    const leaves = (value: unknown, at: string, out: Set<string>) => {
      if (Array.isArray(value)) for (const v of value) leaves(v, `${at}[]`, out);
      else if (value && typeof value === 'object')
        for (const [k, v] of Object.entries(value)) leaves(v, at ? `${at}.${k}` : k, out);
      else out.add(at);
      return out;
    };
    const detail = (await call('companymentor', 'GET', `${base}/${internshipId}`)).body;
    const page = (await call('companymentor', 'GET', '/api/me/internships')).body.internships;
    const seen = new Set([
      ...leaves(detail, '', new Set()),
      ...page.flatMap((i: unknown) => [...leaves(i, '', new Set())]),
    ]);
    expect([...seen].filter((path) => !allowed.has(path))).toEqual([]);
    expect(seen.has('internship.purpose')).toBe(true);
  });

  it('a company without the internship category reads no agreement and writes no observation', async () => {
    const active = (await companyConsents(server.world.organisations.company)).find(
      (c) => c.withdrawn_on === null,
    );
    await server.database.db
      .updateTable('consents')
      .set({ categories: ['goals'] })
      .where('id', '=', active!.id)
      .execute();
    try {
      const seen = (await call('companymentor', 'GET', `${base}/${internshipId}`)).body.internship;
      expect(seen).not.toHaveProperty('purpose');
      expect(seen).not.toHaveProperty('schedule');
      expect(seen.goals.length).toBeGreaterThan(0);
      const res = await call('companymentor', 'POST', `${base}/${internshipId}/observations`, {
        text: 'Hej',
      });
      expect(res.status).toBe(404);
    } finally {
      await server.database.db
        .updateTable('consents')
        .set({ categories: ['internship'] })
        .where('id', '=', active!.id)
        .execute();
    }
  });

  it('with [internship, goals] the mentor reads the goals, but never a health goal', async () => {
    const client = await as('coordinator');
    const url = `${base}/${internshipId}`;
    const version = (await client.request('GET', url)).body.internship.version;
    const res = await client.request(
      'PATCH',
      url,
      { companyMayRead: ['internship', 'goals'] },
      { 'if-match': `"${version}"` },
    );
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body.internship.companyMayRead).toEqual(['goals', 'internship']);
    const active = (await companyConsents(server.world.organisations.company)).filter(
      (c) => c.withdrawn_on === null,
    );
    expect(active).toHaveLength(1);
    expect([...active[0]!.categories].sort()).toEqual(['goals', 'internship']);
    const seen = (await call('companymentor', 'GET', url)).body.internship;
    expect(seen.goals.map((g: { title: string }) => g.title)).toEqual(['Møde til tiden i praktikken']);
    expect(seen.goals[0].subGoals.map((g: { title: string }) => g.title)).toEqual([
      'Sige til, når noget er svært',
    ]);
    expect(JSON.stringify(seen)).not.toContain('medicinen');
    expect(seen).not.toHaveProperty('supportNeed');
  });

  it("the PDF for the company leaves out what the consent does not name; the coordinator's has it all", async () => {
    const url = `${base}/${internshipId}/pdf`;
    const company = await pdfText('companymentor', url);
    expect(company.status).toBe(200);
    expect(company.res.headers.get('content-type')).toBe('application/pdf');
    expect(company.text).toContain('Praktikaftale');
    expect(company.text).toContain('At prøve tømrerfaget');
    expect(company.text).toContain('Møde til tiden i praktikken');
    expect(company.text).toContain('Lister til køkkenet');
    expect(company.text).not.toContain('fast plan');
    expect(company.text).not.toContain('medicinen');
    expect(company.info?.Title).toBe('Praktikaftale – Sara Holm – Testby Tømrer ApS');
    expect(company.info?.Language).toBe('da-DK');
    // Tagged for screen readers: a structure tree with the title and a heading per question.
    expect([...(company.roles ?? [])]).toEqual(expect.arrayContaining(['H1', 'H2', 'P', 'L']));
    const staff = await pdfText('coordinator', url);
    expect(staff.text).toContain('Har brug for en fast plan for dagen');
    expect(staff.text).toContain('Tage medicinen hver morgen');
    const audited = await server.database.db
      .selectFrom('audit_log')
      .select('actor_user_id')
      .where('action', '=', 'internships.pdf')
      .where('object_id', '=', internshipId)
      .execute();
    expect(audited.map((a) => a.actor_user_id)).toEqual([
      server.world.users.companyMentor,
      server.world.users.coordinator,
    ]);
  });

  it('another company, or a company without consent, finds nothing: 404', async () => {
    const other = await create({
      ...agreement(),
      companyId: server.world.organisations.company2,
      mentorContactId: ids.company2Contact,
    });
    // The tømrer's mentor has a grant on the course, but this is another company's agreement.
    expect((await call('companymentor', 'GET', `${base}/${other.id}`)).status).toBe(404);
    const list = await call('companymentor', 'GET', base);
    expect(list.body.internships.map((i: { id: string }) => i.id)).not.toContain(other.id);
    // The canteen's consent was withdrawn: no grant at all.
    expect((await call('withdrawnmentor', 'GET', `${base}/${other.id}`)).status).toBe(404);
    expect((await call('withdrawnmentor', 'GET', '/api/me/internships')).body.internships).toEqual([]);
  });
});

describe('follow-ups, hand-over and observations', () => {
  let internship: { id: string };
  beforeAll(async () => {
    internship = await create({ ...agreement(), companyMayRead: ['internship', 'goals'] });
  });

  it('keeps every step of the hand-over, dated with its note, and the current holder on the agreement', async () => {
    const url = `${base}/${internship.id}/handovers`;
    const first = await call('jobconsultant', 'POST', url, {
      dailyContact: 'shared',
      effectiveOn: '2025-09-15',
      note: 'Mentor ringer selv ved fravær',
    });
    expect(first.status).toBe(201);
    expect(first.body.internship.dailyContact).toBe('shared');
    await call('jobconsultant', 'POST', url, { dailyContact: 'companyMentor', effectiveOn: '2025-10-01' });
    const bad = await call('jobconsultant', 'POST', url, {
      dailyContact: 'companyMentor',
      effectiveOn: '2025-01-01',
    });
    expect(bad.body.error.field).toBe('body.effectiveOn');
    const detail = (await call('coordinator', 'GET', `${base}/${internship.id}`)).body;
    expect(detail.internship.dailyContact).toBe('companyMentor');
    expect(
      detail.handovers.map((h: { dailyContact: string; effectiveOn: string }) => [
        h.dailyContact,
        h.effectiveOn,
      ]),
    ).toEqual([
      ['shared', '2025-09-15'],
      ['companyMentor', '2025-10-01'],
    ]);
    expect(detail.handovers[0]).toMatchObject({
      note: 'Mentor ringer selv ved fravær',
      recordedBy: 'jobconsultant',
    });
    // The company mentor may not write the hand-over.
    expect(
      (await call('companymentor', 'POST', url, { dailyContact: 'shared', effectiveOn: '2025-10-02' }))
        .status,
    ).toBe(404);
  });

  it('records follow-ups for the professionals; the company does not read their notes', async () => {
    const res = await call('coordinator', 'POST', `${base}/${internship.id}/follow-ups`, {
      heldOn: '2025-09-20',
      note: 'Går godt, men træt om fredagen',
      nextOn: '2025-10-04',
    });
    expect(res.status).toBe(201);
    const staff = (await call('coordinator', 'GET', `${base}/${internship.id}`)).body;
    expect(staff.followUps[0]).toMatchObject({ heldOn: '2025-09-20', nextOn: '2025-10-04' });
    const company = (await call('companymentor', 'GET', `${base}/${internship.id}`)).body;
    expect(company.followUps).toEqual([]);
    expect(JSON.stringify(company)).not.toContain('træt om fredagen');
  });

  it("lets the mentor write short observations and read everyone's on that internship", async () => {
    const url = `${base}/${internship.id}/observations`;
    const mine = await call('companymentor', 'POST', url, { text: 'Kom til tiden og spurgte selv om hjælp' });
    expect(mine.status).toBe(201);
    expect(mine.body.observation).toMatchObject({ mine: true, observedOn: today() });
    await call('workshopmentor', 'POST', url, { text: 'Fortalte stolt om værkstedet' });
    const tooLong = await call('companymentor', 'POST', url, { text: 'x'.repeat(1001) });
    expect(tooLong.status).toBe(400);
    expect(tooLong.body.error.field).toBe('body.text');
    expect((await call('caseworker', 'POST', url, { text: 'må ikke' })).status).toBe(404);
    const seen = (await call('companymentor', 'GET', `${base}/${internship.id}`)).body.observations;
    expect(seen.map((o: { text: string; mine: boolean }) => [o.text, o.mine])).toEqual(
      expect.arrayContaining([
        ['Kom til tiden og spurgte selv om hjælp', true],
        ['Fortalte stolt om værkstedet', false],
      ]),
    );
  });

  it("shows the mentor's page: the intern, today's plan, the parts they may read and the coordinator's phone", async () => {
    const page = await call('companymentor', 'GET', '/api/me/internships');
    expect(page.status).toBe(200);
    const item = page.body.internships.find(
      (i: { internship: { id: string } }) => i.internship.id === internship.id,
    );
    expect(item).toBeDefined();
    expect(item.internship.participant.name).toBe('Sara Holm');
    expect(item.internship.coordinator.phone).toBe('+45 11 22 33 44');
    expect(item.today.date).toBe(today());
    const weekday = isoWeekday(today());
    expect(item.today.plan?.plan ?? null).toBe(
      weekday === 1 ? 'Lister til køkkenet' : weekday === 3 ? 'Opmåling med svenden' : null,
    );
    expect(item.internship.goals.length).toBeGreaterThan(0);
    expect(item.internship).not.toHaveProperty('supportNeed');
    expect(item.observations.length).toBeGreaterThan(0);
    // Attendance is not shared with the company here: no "mødt i dag" on the page.
    expect(item).not.toHaveProperty('mayRegisterAttendance');
    // Staff are not anyone's company mentor: their page is empty.
    expect((await call('coordinator', 'GET', '/api/me/internships')).body.internships).toEqual([]);
  });
});
