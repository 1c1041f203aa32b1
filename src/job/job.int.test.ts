import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sessionCache, startTestServer, type TestServer } from '../../tests/support/server.ts';

/** Work trials, work efficiency and the job agreement: validation, versions, and who reads what. */
let server: TestServer;
let course: string;
let workplace: string;
let otherWorkplace: string;
beforeAll(async () => {
  server = await startTestServer();
  course = `/api/courses/${server.world.courseA.courseId}`;
  const db = server.database.db;
  const { institution, otherInstitution } = server.world.organisations;
  workplace = (
    await db
      .insertInto('workplaces')
      .values({ institution_id: institution, name: 'Køkkenet', work_functions: ['kitchen'] })
      .returning('id')
      .executeTakeFirstOrThrow()
  ).id;
  otherWorkplace = (
    await db
      .insertInto('workplaces')
      .values({ institution_id: otherInstitution, name: 'Andenby Køkken' })
      .returning('id')
      .executeTakeFirstOrThrow()
  ).id;
});
afterAll(() => server?.close());

const { as, call } = sessionCache(() => server.baseUrl);
const patch = async (who: string, url: string, body: unknown, version?: number) =>
  (await as(who)).request('PATCH', url, body, version === undefined ? {} : { 'if-match': `"${version}"` });
const auditRows = (action: string) =>
  server.database.db
    .selectFrom('audit_log')
    .selectAll()
    .where('action', '=', action)
    .where('course_id', '=', server.world.courseA.courseId)
    .orderBy('id')
    .execute();
/** The young person's consent for an organisation, naming these categories (by a new consent row). */
async function shareWith(recipient: string | null, categories: string[]) {
  await server.database.db
    .updateTable('consents')
    .set({ categories })
    .where('participant_id', '=', server.world.courseA.participantId)
    .where('purpose', '=', recipient ? 'shareWithCompany' : 'shareWithMunicipality')
    .$if(recipient !== null, (q) => q.where('recipient_organisation_id', '=', recipient))
    .execute();
}

const trial = () => ({
  fromDate: '2025-03-03',
  toDate: '2025-03-28',
  workplaceId: workplace,
  workFunctions: ['kitchen', 'cleaning'],
  whatWorked: 'Opvask i faste rammer',
  paceAndStamina: 'Fire timer om dagen, pauser hver time',
  supportAtWork: 'En fast makker',
  supportInDailyLife: 'Hjælp til at komme op om morgenen',
});

describe('work trials', () => {
  it('records a trial at a workplace, the writer as author by default, and lists it (audited)', async () => {
    const res = await call('coordinator', 'POST', `${course}/work-trials`, trial());
    expect(res.status).toBe(201);
    expect(res.body.workTrial).toMatchObject({
      place: { kind: 'workplace', id: workplace, name: 'Køkkenet' },
      workFunctions: ['kitchen', 'cleaning'],
      authors: [{ userId: server.world.users.coordinator, displayName: 'coordinator' }],
      version: 1,
    });
    expect((await auditRows('workTrials.create')).at(-1)?.object_id).toBe(res.body.workTrial.id);
    const before = (await auditRows('workAssessment.read')).length;
    const list = await call('workshopmentor', 'GET', `${course}/work-trials`);
    expect(list.status).toBe(200);
    expect(list.body.workTrials.map((t: { id: string }) => t.id)).toContain(res.body.workTrial.id);
    expect((await auditRows('workAssessment.read')).length).toBe(before + 1);
  });

  it('names the field of bad input, and refuses a place outside the institution or two places', async () => {
    const cases: Array<[Record<string, unknown>, string]> = [
      [{ ...trial(), fromDate: '2025-02-30' }, 'body.fromDate'],
      [{ ...trial(), toDate: '2025-01-01' }, 'body.toDate'],
      [{ ...trial(), workFunctions: ['juggling'] }, 'body.workFunctions[0]'],
      [{ ...trial(), workplaceId: otherWorkplace }, 'body.workplaceId'],
      [{ ...trial(), workplaceId: undefined }, 'body.workplaceId'],
      [
        { ...trial(), workplaceId: undefined, companyId: server.world.organisations.otherCompany },
        'body.companyId',
      ],
      [{ ...trial(), companyId: server.world.organisations.company }, 'body.companyId'],
      [{ ...trial(), authors: [server.world.users.otherCaseworker] }, 'body.authors'],
      [{ ...trial(), whatWorked: 'x'.repeat(4001) }, 'body.whatWorked'],
    ];
    for (const [body, field] of cases) {
      const res = await call('coordinator', 'POST', `${course}/work-trials`, body);
      expect(res.status, field).toBe(400);
      expect(res.body.error.field, JSON.stringify(res.body)).toBe(field);
    }
  });

  it('changes a trial with If-Match: 428 without it, 412 when stale (with the current trial)', async () => {
    const created = await call('coordinator', 'POST', `${course}/work-trials`, {
      ...trial(),
      workplaceId: null,
      companyId: server.world.organisations.company,
      authors: [server.world.users.coordinator, server.world.users.workshopMentor],
    });
    expect(created.status).toBe(201);
    const url = `${course}/work-trials/${created.body.workTrial.id}`;
    expect((await patch('workshopmentor', url, { whatWorked: 'Alt' })).status).toBe(428);
    const moved = await patch('workshopmentor', url, { workplaceId: workplace }, 1);
    expect(moved.status).toBe(200);
    expect(moved.body.workTrial).toMatchObject({ place: { kind: 'workplace', id: workplace }, version: 2 });
    const stale = await patch('coordinator', url, { whatWorked: 'Gammel' }, 1);
    expect(stale.status).toBe(412);
    expect(stale.body.current).toMatchObject({ version: 2, place: { id: workplace } });
    const bad = await patch('coordinator', url, { companyId: server.world.organisations.otherCompany }, 2);
    expect(bad.status).toBe(400);
    expect(bad.body.error.field).toBe('body.companyId');
    const stranger = await patch('coordinator', url, { authors: [server.world.users.leader] }, 2);
    expect(stranger.status).toBe(400);
    expect(stranger.body.error.field).toBe('body.authors');
    expect((await auditRows('workTrials.update')).length).toBe(1);
  });

  it('a caseworker and a company mentor read trials only with the workAssessment consent', async () => {
    await call('coordinator', 'POST', `${course}/work-trials`, {
      ...trial(),
      workplaceId: null,
      companyId: server.world.organisations.company,
    });
    const atCompany = (body: { workTrials: Array<{ place: { id: string } }> }) =>
      body.workTrials.filter((t) => t.place.id === server.world.organisations.company).length;
    const caseworker = await call('caseworker', 'GET', `${course}/work-trials`);
    expect(caseworker.body.workTrials.length).toBeGreaterThan(1);
    // The company mentor reads the trials at their company, never those in the institution's workplaces.
    const mentor = await call('companymentor', 'GET', `${course}/work-trials`);
    expect(mentor.status).toBe(200);
    expect(atCompany(mentor.body)).toBeGreaterThan(0);
    expect(mentor.body.workTrials.length).toBe(atCompany(mentor.body));

    await shareWith(null, ['contact', 'goals']);
    await shareWith(server.world.organisations.company, ['contact', 'goals', 'internship']);
    try {
      const without = await call('caseworker', 'GET', `${course}/work-trials`);
      expect(without.status).toBe(200);
      expect(without.body.workTrials).toEqual([]);
      const mentorWithout = await call('companymentor', 'GET', `${course}/work-trials`);
      expect(mentorWithout.body.workTrials).toEqual([]);
      expect((await call('companymentor', 'GET', `${course}/work-efficiency`)).body.assessments).toEqual([]);
    } finally {
      await shareWith(null, [
        'contact',
        'supportNeeds',
        'goals',
        'attendance',
        'notes',
        'measurements',
        'meetings',
        'efforts',
        'network',
        'internship',
        'workAssessment',
        'health',
      ]);
      await shareWith(server.world.organisations.company, [
        'contact',
        'supportNeeds',
        'goals',
        'attendance',
        'notes',
        'measurements',
        'statusLetters',
        'meetings',
        'efforts',
        'network',
        'internship',
        'workAssessment',
      ]);
    }
  });
});

describe('what the forms choose from', () => {
  it("lists the course institution's active workplaces and network companies, to writers only", async () => {
    const res = await call('caseworker', 'GET', `${course}/work-options`);
    expect(res.status).toBe(200);
    const { organisations } = server.world;
    expect(res.body.companies.map((c: { id: string }) => c.id).sort()).toEqual(
      [organisations.company, organisations.company2].sort(),
    );
    expect(res.body.workplaces).toEqual([{ id: workplace, name: 'Køkkenet' }]);
    // The network is not for the young person or a company to browse.
    expect((await call('participant', 'GET', `${course}/work-options`)).status).toBe(404);
    expect((await call('companymentor', 'GET', `${course}/work-options`)).status).toBe(404);
  });
});

describe('work efficiency', () => {
  it('links an assessment to an internship of the course with the same company only', async () => {
    const { organisations, courseA } = server.world;
    const internship = await server.database.db
      .insertInto('internships')
      .values({
        municipality_id: organisations.municipality,
        course_id: courseA.courseId,
        company_id: organisations.company,
        starts_on: '2025-04-01',
        purpose: 'Prøve tømrerfaget',
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const good = { assessedOn: '2025-05-01', percent: 30, hoursPerWeek: 12, internshipId: internship.id };
    const linked = await call('jobconsultant', 'POST', `${course}/work-efficiency`, {
      ...good,
      companyId: organisations.company,
    });
    expect(linked.status).toBe(201);
    expect(linked.body.assessment.internshipId).toBe(internship.id);
    const other = await call('jobconsultant', 'POST', `${course}/work-efficiency`, {
      ...good,
      companyId: organisations.company2,
    });
    expect(other.status).toBe(400);
    expect(other.body.error.field).toBe('body.internshipId');
    const options = await call('coordinator', 'GET', `${course}/work-options`);
    expect(options.body.internships.map((i: { id: string }) => i.id)).toContain(internship.id);
  });

  it('records assessments with the company and lists them oldest first', async () => {
    const company = server.world.organisations.company;
    for (const [assessedOn, percent] of [
      ['2025-06-01', 40],
      ['2025-04-01', 25],
    ] as const) {
      const res = await call('jobconsultant', 'POST', `${course}/work-efficiency`, {
        assessedOn,
        percent,
        hoursPerWeek: 15,
        companyId: company,
        companyAssessor: 'Mester Jens',
      });
      expect(res.status).toBe(201);
      expect(res.body.assessment).toMatchObject({
        percent,
        company: { id: company, name: 'Testby Tømrer ApS' },
      });
    }
    const list = await call('caseworker', 'GET', `${course}/work-efficiency`);
    const percents = list.body.assessments
      .filter((a: { companyAssessor: string }) => a.companyAssessor === 'Mester Jens')
      .map((a: { percent: number }) => a.percent);
    expect(percents).toEqual([25, 40]);
    const dates = list.body.assessments.map((a: { assessedOn: string }) => a.assessedOn);
    expect(dates).toEqual([...dates].sort());
    expect((await auditRows('workEfficiency.create')).length).toBeGreaterThanOrEqual(2);
  });

  it('names the field of bad input', async () => {
    const good = {
      assessedOn: '2025-06-01',
      percent: 50,
      hoursPerWeek: 10,
      companyId: server.world.organisations.company,
    };
    const cases: Array<[Record<string, unknown>, string]> = [
      [{ ...good, percent: 101 }, 'body.percent'],
      [{ ...good, percent: 12.5 }, 'body.percent'],
      [{ ...good, hoursPerWeek: 0 }, 'body.hoursPerWeek'],
      [{ ...good, companyId: server.world.organisations.otherCompany }, 'body.companyId'],
      [{ ...good, internshipId: '00000000-0000-4000-8000-000000000000' }, 'body.internshipId'],
    ];
    for (const [body, field] of cases) {
      const res = await call('jobconsultant', 'POST', `${course}/work-efficiency`, body);
      expect(res.status, field).toBe(400);
      expect(res.body.error.field).toBe(field);
    }
    expect((await call('caseworker', 'POST', `${course}/work-efficiency`, good)).status).toBe(404);
  });
});

describe('job agreements', () => {
  const agreement = () => ({
    type: 'flexJob',
    companyId: server.world.organisations.company,
    workFunctions: ['carpentry'],
    hoursPerWeek: 20,
    efficiencyPercent: 50,
    support: 'Fast mentor',
    compensation: { mentorSupport: true, mentorSupportHours: 3, personalAssistance: false, note: '' },
    startsOn: '2025-09-01',
  });

  it('creates, grants with If-Match (412 when stale), and the caseworker reads it without workAssessment', async () => {
    const res = await call('jobconsultant', 'POST', `${course}/job-agreements`, agreement());
    expect(res.status).toBe(201);
    expect(res.body.jobAgreement).toMatchObject({
      type: 'flexJob',
      company: { name: 'Testby Tømrer ApS' },
      compensation: { mentorSupport: true, mentorSupportHours: 3 },
      grantedOn: null,
      version: 1,
    });
    const url = `${course}/job-agreements/${res.body.jobAgreement.id}`;
    expect((await patch('caseworker', url, { grantedOn: '2025-08-20' })).status).toBe(428);
    const granted = await patch('caseworker', url, { grantedOn: '2025-08-20' }, 1);
    expect(granted.status).toBe(200);
    expect(granted.body.jobAgreement).toMatchObject({ grantedOn: '2025-08-20', version: 2 });
    const stale = await patch('coordinator', url, { hoursPerWeek: 25 }, 1);
    expect(stale.status).toBe(412);
    expect(stale.body.current).toMatchObject({ version: 2, grantedOn: '2025-08-20' });
    expect((await auditRows('job.update')).length).toBe(1);

    await shareWith(null, ['contact', 'goals']);
    try {
      expect((await call('caseworker', 'GET', `${course}/work-trials`)).body.workTrials).toEqual([]);
      const read = await call('caseworker', 'GET', `${course}/job-agreements`);
      expect(read.body.jobAgreements.map((a: { id: string }) => a.id)).toContain(res.body.jobAgreement.id);
    } finally {
      await shareWith(null, [
        'contact',
        'supportNeeds',
        'goals',
        'attendance',
        'notes',
        'measurements',
        'meetings',
        'efforts',
        'network',
        'internship',
        'workAssessment',
        'health',
      ]);
    }
    // The company mentor reads their own company's agreement; the other company's mentor, no consent: nothing.
    expect((await call('companymentor', 'GET', `${course}/job-agreements`)).body.jobAgreements).toHaveLength(
      1,
    );
    expect((await call('withdrawnmentor', 'GET', `${course}/job-agreements`)).status).toBe(404);
    expect((await auditRows('job.read')).length).toBeGreaterThan(0);
  });

  it('names the field of bad input', async () => {
    const cases: Array<[Record<string, unknown>, string]> = [
      [{ ...agreement(), type: 'dreamJob' }, 'body.type'],
      [{ ...agreement(), companyId: server.world.organisations.otherCompany }, 'body.companyId'],
      [{ ...agreement(), hoursPerWeek: 61 }, 'body.hoursPerWeek'],
      [{ ...agreement(), efficiencyPercent: -1 }, 'body.efficiencyPercent'],
      [
        { ...agreement(), compensation: { mentorSupport: false, mentorSupportHours: 2 } },
        'body.compensation.mentorSupportHours',
      ],
      [{ ...agreement(), grantedOn: 'i morgen' }, 'body.grantedOn'],
    ];
    for (const [body, field] of cases) {
      const res = await call('coordinator', 'POST', `${course}/job-agreements`, body);
      expect(res.status, field).toBe(400);
      expect(res.body.error.field).toBe(field);
    }
    expect((await call('workshopmentor', 'POST', `${course}/job-agreements`, agreement())).status).toBe(404);
  });
});

describe('ending the course with its outcome', () => {
  it('needs an outcome (none is assumed), and the partnership report counts it', async () => {
    const report = async () => {
      const res = await call(
        'leader',
        'GET',
        `/api/partnerships/${server.world.partnership}/report?asOf=2025-12-31`,
      );
      expect(res.status).toBe(200);
      return res.body.outcomes as Record<string, number>;
    };
    const before = await report();
    const version = (await call('coordinator', 'GET', course)).body.course.version;
    const end = async (body: Record<string, unknown>) =>
      (await as('coordinator')).request('POST', `${course}/status`, body, { 'if-match': `"${version}"` });
    const missing = await end({ status: 'ended', effectiveDate: '2025-10-01' });
    expect(missing.status).toBe(400);
    expect(missing.body.error.field).toBe('body.outcome');
    const ended = await end({
      status: 'ended',
      effectiveDate: '2025-10-01',
      outcome: { type: 'flexJob', date: '2025-10-01' },
    });
    expect(ended.status).toBe(200);
    const after = await report();
    expect(after.flexJob ?? 0).toBe((before.flexJob ?? 0) + 1);
    expect(after.ongoing ?? 0).toBe((before.ongoing ?? 0) - 1);
  });
});
