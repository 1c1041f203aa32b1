import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client, sessionCache, startTestServer, type TestServer } from '../../tests/support/server.ts';
import { type Principal, usernameOf } from '../../tests/support/world.ts';
import { addTeamMember, createParticipantWithCourse, giveConsent } from '../demo/builders.ts';
import { agendaFor } from '../meetings/agenda.ts';
import { insertMeeting } from '../meetings/insert.ts';

let server: TestServer;
const sessions = sessionCache(() => server.baseUrl);
const asOf = '2026-03-01';
/** Courses added to Testby beside Sara Holm (course A): who the coordinator works on, and who not. */
let added: { hidden: string; notInStatistics: string; formula: string };

beforeAll(async () => {
  server = await startTestServer();
  const { db } = server.database;
  const { world } = server;
  const course = async (
    ref: string,
    givenName: string,
    gender: 'female' | 'male',
    options: { statistics: boolean; coordinatorOnTeam: boolean },
  ) => {
    const c = await createParticipantWithCourse(db, {
      partnershipId: world.partnership,
      municipalityId: world.organisations.municipality,
      ref,
      givenName,
      familyName: 'Dam',
      birthDate: '2000-05-05',
      gender,
      disabilities: ['cognitive'],
      startDate: '2025-02-03',
      grantedMonths: 24,
    });
    if (options.statistics)
      await giveConsent(db, {
        participantId: c.participantId,
        municipalityId: world.organisations.municipality,
        purpose: 'statistics',
        givenOn: '2025-02-03',
      });
    if (options.coordinatorOnTeam)
      await addTeamMember(db, {
        courseId: c.courseId,
        municipalityId: world.organisations.municipality,
        userId: world.users.coordinator,
        organisationId: world.organisations.institution,
        role: 'youthCoordinator',
      });
    return c.courseId;
  };
  added = {
    hidden: await course('X1', 'Mette', 'female', { statistics: true, coordinatorOnTeam: false }),
    notInStatistics: await course('X2', 'Nina', 'female', { statistics: false, coordinatorOnTeam: true }),
    formula: await course('X3', '=Ole', 'male', { statistics: true, coordinatorOnTeam: true }),
  };
});
afterAll(() => server?.close());

const rowsPath = (figure: string, query = '') =>
  `/api/partnerships/${server.world.partnership}/figures/${figure}?asOf=${asOf}${query}`;
const csvPath = (figure: string, query = '') =>
  `/api/partnerships/${server.world.partnership}/figures/${figure}/export?asOf=${asOf}${query}`;

async function download(who: Principal, path: string) {
  const client = await sessions.as(usernameOf[who]);
  const res = await fetch(server.baseUrl + path, { headers: { cookie: client.cookie ?? '' } });
  return { res, bytes: Buffer.from(await res.arrayBuffer()) };
}

function auditRows(action: string, courseId: string | null) {
  let query = server.database.db
    .selectFrom('audit_log')
    .select(['course_id', 'participant_id', 'actor_user_id', 'purpose', 'detail'])
    .where('action', '=', action);
  query = courseId === null ? query.where('course_id', 'is', null) : query.where('course_id', '=', courseId);
  return query.execute();
}

describe('GET /api/partnerships/:id/figures/:figure', () => {
  it('counts every participant in statistics and names only the courses the reader works on', async () => {
    const res = await sessions.call('coordinator', 'GET', rowsPath('byGender', '&key=female'));
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ figure: 'byGender', key: 'female', asOf, total: 2, hidden: 1 });
    expect(res.body.rows).toEqual([
      {
        courseId: server.world.courseA.courseId,
        participantName: 'Sara Holm',
        ref: 'A1',
        startDate: '2025-01-06',
        figure: 'byGender',
        value: 'female',
      },
    ]);
    // Nina is on the coordinator's caseload but has not consented to statistics: neither counted nor named.
    expect(JSON.stringify(res.body)).not.toContain('Nina');
  });

  it('equals the report for each figure', async () => {
    const report = (
      await sessions.call(
        'leader',
        'GET',
        `/api/partnerships/${server.world.partnership}/report?asOf=${asOf}`,
      )
    ).body;
    const total = async (figure: string, key?: string) =>
      (await sessions.call('leader', 'GET', rowsPath(figure, key ? `&key=${key}` : ''))).body.total;
    expect(await total('inStatistics')).toBe(report.inStatistics);
    expect(await total('atLeastOneYear')).toBe(report.atLeastOneYear);
    expect(await total('closer')).toBe(report.closerToLabourMarket);
    expect(await total('byGender', 'male')).toBe(report.byGender.male);
    expect(await total('outcomes', 'ongoing')).toBe(report.outcomes.ongoing);
    expect(report.inStatistics).toBe(3);
  });

  it('shows the leader, on no course, the count and no one by name', async () => {
    const res = await sessions.call('leader', 'GET', rowsPath('inStatistics'));
    expect(res.body).toMatchObject({ total: 3, hidden: 3, rows: [] });
  });

  it('names for the caseworker only what the young person shares with the job centre', async () => {
    const res = await sessions.call(
      'caseworker',
      'GET',
      rowsPath('byDisabilityCombination', '&key=cognitive%2Bpsychological'),
    );
    expect(res.status).toBe(200);
    // Sara's consent to the municipality shares everything, health included.
    expect(res.body.rows.map((r: { participantName: string }) => r.participantName)).toEqual(['Sara Holm']);
    expect(res.body.rows[0].value).toBe('cognitive+psychological');
  });

  it('requires the key of a distribution, and refuses one for a plain figure, naming querystring.key', async () => {
    const missing = await sessions.call('coordinator', 'GET', rowsPath('byGender'));
    expect(missing.status).toBe(400);
    expect(missing.body.error.field).toBe('querystring.key');
    const extra = await sessions.call('coordinator', 'GET', rowsPath('closer', '&key=female'));
    expect(extra.status).toBe(400);
    expect(extra.body.error.field).toBe('querystring.key');
    const unknown = await sessions.call('coordinator', 'GET', rowsPath('shoeSize'));
    expect(unknown.status).toBe(400);
    expect(unknown.body.error.field).toMatch(/^params\.figure/);
  });

  it('audits the list once per course named, for that young person, and once for the figure', async () => {
    const before = (await auditRows('report.rows.read', server.world.courseA.courseId)).length;
    await sessions.call('coordinator', 'GET', rowsPath('byGrantedMonths', '&key=36'));
    const after = await auditRows('report.rows.read', server.world.courseA.courseId);
    expect(after.length).toBe(before + 1);
    expect(after.at(-1)).toMatchObject({
      participant_id: server.world.courseA.participantId,
      actor_user_id: server.world.users.coordinator,
      purpose: 'statistics',
      detail: { figure: 'byGrantedMonths', key: '36', asOf },
    });
    expect(await auditRows('report.rows.read', added.hidden)).toEqual([]);
    expect(await auditRows('report.rows.read', added.notInStatistics)).toEqual([]);
    const whole = await auditRows('report.rows.read', null);
    expect(whole.at(-1)?.detail).toMatchObject({ figure: 'byGrantedMonths', total: 1, listed: 1 });
  });

  it("is refused (404) to a company mentor, the young person, staff outside the development group and another partnership's caseworker", async () => {
    for (const who of ['companyMentor', 'participant', 'workshopMentor', 'otherCaseworker'] as const) {
      const res = await sessions.call(usernameOf[who], 'GET', rowsPath('inStatistics'));
      expect([who, res.status]).toEqual([who, 404]);
      const file = await download(who, csvPath('inStatistics'));
      expect([who, file.res.status]).toEqual([who, 404]);
    }
    const other = await sessions.call(
      'othercaseworker',
      'GET',
      `/api/partnerships/${server.world.otherPartnership}/figures/inStatistics?asOf=${asOf}`,
    );
    expect(other.status).toBe(200);
    expect(other.body.rows.map((r: { ref: string }) => r.ref)).not.toContain('A1');
    expect((await new Client(server.baseUrl).request('GET', rowsPath('inStatistics'))).status).toBe(401);
  });
});

describe('GET /api/partnerships/:id/figures/:figure/export (CSV)', () => {
  it('is UTF-8 with a BOM, ";" separated, CRLF lines, Danish headers, an attachment', async () => {
    const { res, bytes } = await download('coordinator', csvPath('byGender', '&key=female'));
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(res.headers.get('content-disposition')).toMatch(
      /^attachment; filename="Koen - Kvinde - 2026-03-01\.csv"/,
    );
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.toString('utf8').slice(1);
    expect(text).toBe(
      `Forløb;Reference;Navn;Startdato;Køn\r\n${server.world.courseA.courseId};A1;Sara Holm;2025-01-06;Kvinde\r\n`,
    );
  });

  it('keeps a name a spreadsheet would run as a formula as text', async () => {
    const { bytes } = await download('coordinator', csvPath('byGender', '&key=male'));
    expect(bytes.toString('utf8')).toContain(`;X3;'=Ole Dam;2025-02-03;Mand\r\n`);
  });

  it('audits every export per course in the file', async () => {
    const before = (await auditRows('report.export', added.formula)).length;
    await download('coordinator', csvPath('inStatistics'));
    expect((await auditRows('report.export', added.formula)).length).toBe(before + 1);
    expect((await auditRows('report.export', server.world.courseA.courseId)).length).toBeGreaterThan(0);
    expect(await auditRows('report.export', added.hidden)).toEqual([]);
  });

  it('refuses a distribution without its key', async () => {
    const { res, bytes } = await download('coordinator', csvPath('outcomes'));
    expect(res.status).toBe(400);
    expect(JSON.parse(bytes.toString('utf8')).error.field).toBe('querystring.key');
  });
});

describe('GET /api/partnerships/:id/dashboard/export (every figure as CSV)', () => {
  it("gives the leader, on no course, the dashboard's numbers in one file, named by no one, audited as an export", async () => {
    const path = `/api/partnerships/${server.world.partnership}/dashboard/export?asOf=${asOf}`;
    const before = (await auditRows('report.export', null)).length;
    const { res, bytes } = await download('leader', path);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-disposition')).toMatch(
      /^attachment; filename="Tal - Testby - 2026-03-01\.csv"/,
    );
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const client = await sessions.as(usernameOf.leader);
    const report = (
      await client.request('GET', `/api/partnerships/${server.world.partnership}/report?asOf=${asOf}`)
    ).body as { admitted: number; inStatistics: number };
    const lines = bytes.toString('utf8').slice(1).split('\r\n');
    expect(lines[0]).toBe('Tal;Gruppe;Antal;Andel;Mål');
    expect(lines.find((l) => l.startsWith('Optaget;'))?.split(';')[2]).toBe(String(report.admitted));
    expect(lines.find((l) => l.startsWith('Med i statistikken;'))?.split(';')[2]).toBe(
      String(report.inStatistics),
    );
    for (const name of ['Sara', 'Mette', 'Ole']) expect(bytes.toString('utf8')).not.toContain(name);
    const exports = await auditRows('report.export', null);
    expect(exports.length).toBe(before + 1);
    expect(exports.at(-1)?.detail).toMatchObject({ figure: 'dashboard', asOf });
    const refused = await download('companyMentor', path);
    expect(refused.res.status).toBe(404);
  });
});

async function pdfText(bytes: Buffer): Promise<string> {
  const pdf = await getDocument({ data: new Uint8Array(bytes), isEvalSupported: false }).promise;
  const texts: string[] = [];
  for (let n = 1; n <= pdf.numPages; n++) {
    const content = await (await pdf.getPage(n)).getTextContent();
    for (const item of content.items) if ('str' in item) texts.push(item.str);
  }
  await pdf.destroy();
  return texts.join(' ').replace(/\s+/g, ' ');
}

describe('GET /api/partnerships/:id/report.pdf', { timeout: 60_000 }, () => {
  const pdfPath = (day = asOf) => `/api/partnerships/${server.world.partnership}/report.pdf?asOf=${day}`;

  it("prints the figures and the next half-yearly status meeting's agenda, audited as report.print", async () => {
    const { world } = server;
    const agenda = agendaFor('partnershipStatus', 'da').map((point) =>
      point.heading === 'Aktiviteter' ? { ...point, text: 'Fælles virksomhedsdag i april' } : point,
    );
    const meeting = (day: string, text: string) =>
      insertMeeting(server.database.db, {
        municipalityId: world.organisations.municipality,
        partnershipId: world.partnership,
        courseId: null,
        kind: 'partnershipStatus',
        startsAt: new Date(`${day}T09:00:00Z`),
        endsAt: new Date(`${day}T11:00:00Z`),
        agenda: agenda.map((p) => (p.heading === 'Mål' ? { ...p, text } : p)),
        invitees: [],
        createdBy: world.users.leader,
      });
    await meeting('2025-09-10', 'Det forrige møde');
    await meeting('2026-03-12', 'Målet for foråret');
    const { res, bytes } = await download('leader', pdfPath());
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/pdf');
    expect(res.headers.get('content-disposition')).toMatch(
      /^attachment; filename="Halvaarsrapport - Testby - 2026-03-01\.pdf"/,
    );
    expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const text = await pdfText(bytes);
    expect(text).toContain('Partnerskab: Testby');
    expect(text).toContain('Parter: Testby Kommune og Testby Erhvervsskole');
    expect(text).toContain('tættere på arbejdsmarkedet');
    // Nina counts as admitted, and nowhere else.
    expect(text).toContain('4 unge er optaget. Målet er 40. 3 har givet samtykke til statistik');
    expect(text).toContain('Til statusmødet 12. marts 2026');
    expect(text).toContain('Målet for foråret');
    expect(text).toContain('Fælles virksomhedsdag i april');
    expect(text).not.toContain('Det forrige møde');
    // Figures only: nobody by name.
    expect(text).not.toContain('Sara');
    const printed = await server.database.db
      .selectFrom('audit_log')
      .select(['actor_user_id', 'object_id', 'course_id'])
      .where('action', '=', 'report.print')
      .execute();
    expect(printed).toContainEqual({
      actor_user_id: world.users.leader,
      object_id: world.partnership,
      course_id: null,
    });

    // After the last meeting: that one's agenda.
    expect(await pdfText((await download('leader', pdfPath('2026-06-01'))).bytes)).toContain(
      'Målet for foråret',
    );
  });

  it('is refused (404) outside the development group and to another partnership', async () => {
    for (const who of ['companyMentor', 'participant', 'jobConsultant', 'otherCaseworker'] as const)
      expect([who, (await download(who, pdfPath())).res.status]).toEqual([who, 404]);
  });
});
