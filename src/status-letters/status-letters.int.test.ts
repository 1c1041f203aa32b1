import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sessionCache, startTestServer, type TestServer } from '../../tests/support/server.ts';
import { addMonths, today } from '../platform/dates.ts';

let server: TestServer;
let course: string;
let base: string;
beforeAll(async () => {
  server = await startTestServer();
  course = server.world.courseA.courseId;
  base = `/api/courses/${course}/status-letters`;
});
afterAll(() => server?.close());

const { as, call } = sessionCache(() => server.baseUrl);
const withVersion = async (
  who: string,
  method: string,
  url: string,
  body: unknown,
  version: number | string,
) => (await as(who)).request(method, url, body, { 'if-match': version === '*' ? '*' : `"${version}"` });

/** What the course owes today, as the course page shows it. */
const letterOwed = async () => {
  const res = await call('coordinator', 'GET', `/api/courses/${course}`);
  return res.body.owed.find((o: { kind: string }) => o.kind === 'statusLetter');
};

/** The text of a PDF the reader downloads, as a screen reader's software reads it. */
async function pdfText(who: string, url: string) {
  const client = await as(who);
  const res = await fetch(server.baseUrl + url, { headers: { cookie: client.cookie ?? '' } });
  if (res.status !== 200) return { status: res.status, text: '', headers: res.headers };
  const pdf = await getDocument({ data: new Uint8Array(await res.arrayBuffer()), isEvalSupported: false })
    .promise;
  let text = '';
  for (let n = 1; n <= pdf.numPages; n++) {
    const content = await (await pdf.getPage(n)).getTextContent();
    text += ` ${content.items.map((i) => ('str' in i ? i.str : '')).join(' ')}`;
  }
  return { status: res.status, text: text.replace(/\s+/g, ' '), headers: res.headers };
}

const sectionKeys = (letter: { sections: Array<{ key: string }> }) => letter.sections.map((s) => s.key);

let letterId: string;

describe('status letters', () => {
  it('drafts a letter from the course record, with health apart, and keeps drafts from the due dates', async () => {
    const goals = `/api/courses/${course}/goals`;
    await call('coordinator', 'POST', goals, {
      area: 'employmentEducation',
      title: 'Møde til tiden',
      circle: { activities: 'Vækkeur og sms', measure: 'Fremmøde hver fredag' },
    });
    await call('coordinator', 'POST', goals, { area: 'socialHealth', title: 'Tage medicin hver morgen' });
    await call('coordinator', 'POST', `/api/courses/${course}/journal`, {
      date: today(),
      track: 'treatment',
      body: 'Samtale hos psykiater om medicin',
      visibility: 'professionals',
    });
    await call('coordinator', 'POST', `/api/courses/${course}/journal`, {
      date: today(),
      track: 'leisureNetwork',
      body: 'Spillede fodbold med holdet',
      visibility: 'team',
    });
    await call('coordinator', 'POST', `/api/courses/${course}/journal`, {
      date: today(),
      body: 'Kun for uddannelsesstedet',
      visibility: 'institution',
    });
    const before = await letterOwed();
    expect(before.overdue).toBe(true);

    const created = await call('coordinator', 'POST', `${base}/draft`);
    expect(created.status).toBe(201);
    const draft = created.body.draft;
    // The course started 2025-01-06 and has no letter yet: the period runs from the start.
    expect(draft.period).toEqual({ from: '2025-01-06', to: today() });
    expect(draft.version).toBe(1);
    expect(sectionKeys(draft)).toEqual([
      'goals',
      'health',
      'activities',
      'attendance',
      'progression',
      'nextSteps',
    ]);
    const text = (key: string) => draft.sections.find((s: { key: string }) => s.key === key).text as string;
    expect(text('goals')).toContain('Møde til tiden (i gang)');
    expect(text('health')).toContain('Tage medicin hver morgen');
    expect(text('health')).toContain('Samtale hos psykiater om medicin');
    expect(text('activities')).toContain('Spillede fodbold med holdet');
    expect(text('activities')).not.toContain('psykiater');
    // The letter goes to the job centre: the institution's own notes stay out of it.
    expect(JSON.stringify(draft.sections)).not.toContain('Kun for uddannelsesstedet');
    expect(text('nextSteps')).toContain('- Møde til tiden: Vækkeur og sms – måles: Fremmøde hver fredag');

    // One draft per course.
    expect((await call('coordinator', 'POST', `${base}/draft`)).status).toBe(409);
    // A draft is not a letter: the due date has not moved.
    expect(await letterOwed()).toEqual(before);
  });

  it('keeps drafts inside the institution', async () => {
    expect((await call('coordinator', 'GET', base)).body.draft).not.toBeNull();
    for (const who of ['caseworker', 'companymentor', 'participant']) {
      const res = await call(who, 'GET', base);
      expect(res.status, who).toBe(200);
      expect(res.body.draft ?? null, who).toBeNull();
    }
    expect((await call('caseworker', 'PATCH', `${base}/draft`, { texts: { goals: 'x' } })).status).toBe(404);
  });

  it('edits sections with the version, refusing a stale edit with the draft as it is now', async () => {
    const edited = await withVersion(
      'coordinator',
      'PATCH',
      `${base}/draft`,
      { texts: { goals: 'Rettet tekst' } },
      1,
    );
    expect(edited.status).toBe(200);
    expect(edited.body.draft.version).toBe(2);
    expect(edited.body.draft.sections[0]).toMatchObject({ key: 'goals', text: 'Rettet tekst' });
    const stale = await withVersion(
      'coordinator',
      'PATCH',
      `${base}/draft`,
      { texts: { goals: 'Gammel' } },
      1,
    );
    expect(stale.status).toBe(412);
    expect(JSON.stringify(stale.body)).toContain('Rettet tekst');
    const bad = await withVersion('coordinator', 'PATCH', `${base}/draft`, { texts: { nope: 'x' } }, 2);
    expect(bad.status).toBe(400);
    expect(bad.body.error.field).toMatch(/^body\.texts/);
    const empty = await withVersion('coordinator', 'PATCH', `${base}/draft`, { texts: {} }, 2);
    expect(empty.status).toBe(400);
    // Approving needs the version too: a stale approval approves nothing.
    expect((await withVersion('coordinator', 'POST', `${base}/draft/approve`, undefined, 1)).status).toBe(
      412,
    );
  });

  it('approves: the letter is immutable, the draft gone, and the due date counts from today', async () => {
    const approved = await withVersion('coordinator', 'POST', `${base}/draft/approve`, undefined, 2);
    expect(approved.status).toBe(201);
    const letter = approved.body.letter;
    letterId = letter.id;
    expect(letter).toMatchObject({
      version: 1,
      approvedOn: today(),
      period: { from: '2025-01-06', to: today() },
      replaces: null,
      replacedBy: null,
      firstRead: null,
      imported: false,
    });
    expect(letter.sections[0].text).toBe('Rettet tekst');
    expect((await call('coordinator', 'GET', base)).body.draft).toBeNull();
    expect(await letterOwed()).toEqual({ kind: 'statusLetter', due: addMonths(today(), 3), overdue: false });

    // No way to change it: there is no route, and the database refuses too.
    expect(
      (await call('coordinator', 'PATCH', `${base}/${letterId}`, { texts: { goals: 'x' } })).status,
    ).toBe(404);
    expect(
      (await withVersion('coordinator', 'PATCH', `${base}/draft`, { texts: { goals: 'x' } }, '*')).status,
    ).toBe(404);
    await expect(
      server.database.db
        .updateTable('status_letters')
        .set({ body: 'changed' })
        .where('id', '=', letterId)
        .execute(),
    ).rejects.toThrow(/immutable/);
  });

  it('records the caseworker first reading once, and shows it to the coordinator', async () => {
    const caseload = async () =>
      (await call('caseworker', 'GET', '/api/caseload')).body.items.find(
        (i: { courseId: string }) => i.courseId === course,
      );
    expect((await caseload()).unreadLetters).toBe(1);
    // Another reader does not count as the caseworker reading it.
    await call('workshopmentor', 'GET', `${base}/${letterId}`);
    expect((await call('coordinator', 'GET', base)).body.letters[0].firstRead).toBeNull();

    const read = await call('caseworker', 'GET', `${base}/${letterId}`);
    expect(read.status).toBe(200);
    expect(sectionKeys(read.body.letter)).toContain('health');
    const first = (await call('coordinator', 'GET', base)).body.letters[0].firstRead;
    expect(first.by.displayName).toBe('caseworker');
    await call('caseworker', 'GET', `${base}/${letterId}`);
    expect((await call('coordinator', 'GET', base)).body.letters[0].firstRead).toEqual(first);
    expect((await caseload()).unreadLetters).toBe(0);
    const audited = await server.database.db
      .selectFrom('audit_log')
      .select('action')
      .where('action', '=', 'statusLetters.firstRead')
      .where('object_id', '=', letterId)
      .execute();
    expect(audited).toHaveLength(1);
  });

  it('prints the letter for each reader as that reader may read it', async () => {
    const coordinator = await pdfText('coordinator', `${base}/${letterId}/pdf`);
    expect(coordinator.status).toBe(200);
    expect(coordinator.headers.get('content-type')).toBe('application/pdf');
    expect(coordinator.headers.get('content-disposition')).toContain(`statusbrev-sara-holm-${today()}.pdf`);
    expect(coordinator.text).toContain('Tage medicin hver morgen');
    expect(coordinator.text).toContain('Testby Kommune');

    // The company mentor shares letters by consent, but never health nor other workplaces' attendance.
    const read = await call('companymentor', 'GET', `${base}/${letterId}`);
    expect(read.status).toBe(200);
    expect(sectionKeys(read.body.letter)).toEqual(['goals', 'activities', 'progression', 'nextSteps']);
    const company = await pdfText('companymentor', `${base}/${letterId}/pdf`);
    expect(company.status).toBe(200);
    expect(company.text).toContain('Rettet tekst');
    expect(company.text).not.toContain('medicin');
    expect(company.text).not.toContain('psykiater');
    const printed = await server.database.db
      .selectFrom('audit_log')
      .select('action')
      .where('action', '=', 'statusLetters.pdf')
      .where('object_id', '=', letterId)
      .execute();
    expect(printed).toHaveLength(2);
  });

  it('corrects a letter as a new version naming the one it replaces, without moving the due date', async () => {
    const owed = await letterOwed();
    const started = await call('coordinator', 'POST', `${base}/${letterId}/correction`);
    expect(started.status).toBe(201);
    expect(started.body.draft.replaces).toMatchObject({ id: letterId, version: 1 });
    expect(started.body.draft.sections[0].text).toBe('Rettet tekst');
    await withVersion('coordinator', 'PATCH', `${base}/draft`, { texts: { goals: 'Rettelse' } }, 1);
    const approved = await withVersion('coordinator', 'POST', `${base}/draft/approve`, undefined, 2);
    expect(approved.status).toBe(201);
    expect(approved.body.letter).toMatchObject({ version: 2, replaces: { id: letterId, version: 1 } });
    const list = (await call('coordinator', 'GET', base)).body.letters;
    expect(list.map((l: { version: number }) => l.version)).toEqual([1, 2]);
    expect(list[0].replacedBy).toMatchObject({ id: approved.body.letter.id, version: 2 });
    // The old one stays readable, as it was.
    const old = await call('coordinator', 'GET', `${base}/${letterId}`);
    expect(old.body.letter.sections[0].text).toBe('Rettet tekst');
    // A replaced letter is not corrected twice; the newest is.
    expect((await call('coordinator', 'POST', `${base}/${letterId}/correction`)).status).toBe(409);
    expect(await letterOwed()).toEqual(owed);
  });

  it('puts letters and notes in one logbook, filtered, with the journal rules', async () => {
    const logbook = `/api/courses/${course}/logbook`;
    const all = (await call('coordinator', 'GET', logbook)).body.entries;
    expect(all.filter((e: { kind: string }) => e.kind === 'letter')).toHaveLength(2);
    expect(all.some((e: { note?: { body: string } }) => e.note?.body.includes('psykiater'))).toBe(true);
    const letters = (await call('coordinator', 'GET', `${logbook}?kind=letter`)).body.entries;
    expect(letters.every((e: { kind: string }) => e.kind === 'letter')).toBe(true);
    const track = (await call('coordinator', 'GET', `${logbook}?track=leisureNetwork`)).body.entries;
    expect(track.map((e: { note: { body: string } }) => e.note.body)).toEqual([
      'Spillede fodbold med holdet',
    ]);
    const company = (await call('companymentor', 'GET', logbook)).body.entries;
    // The company sees team notes only, never the treatment track, and no health section.
    expect(company.some((e: { note?: { body: string } }) => e.note?.body.includes('psykiater'))).toBe(false);
    for (const e of company.filter((x: { kind: string }) => x.kind === 'letter'))
      expect(sectionKeys(e.letter)).not.toContain('health');
    const bad = await call('coordinator', 'GET', `${logbook}?from=2026-02-30`);
    expect(bad.status).toBe(400);
    expect(bad.body.error.field).toMatch(/from/);
  });

  it('opens no letter to a company mentor once the young person stops sharing letters', async () => {
    await call(
      'coordinator',
      'POST',
      `/api/courses/${course}/consents/${server.world.consents.company}/narrow`,
      {
        categories: ['contact', 'goals'],
      },
    );
    expect((await call('companymentor', 'GET', `${base}/${letterId}`)).status).toBe(404);
    expect((await pdfText('companymentor', `${base}/${letterId}/pdf`)).status).toBe(404);
    const list = await call('companymentor', 'GET', base);
    expect(list.status).toBe(200);
    expect(list.body.letters).toEqual([]);
    const logbook = (await call('companymentor', 'GET', `/api/courses/${course}/logbook`)).body.entries;
    expect(logbook.filter((e: { kind: string }) => e.kind === 'letter')).toEqual([]);
  });
});
