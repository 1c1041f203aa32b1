import { readFile } from 'node:fs/promises';
import type { Browser, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  addTeamMember,
  createParticipantWithCourse,
  createUser,
  giveConsent,
} from '../../src/demo/builders.ts';
import {
  type BrowserApp,
  expectAccessible,
  heading,
  newPage,
  screenshot,
  setupBrowserSuite,
  signIn,
  today,
} from './support.ts';

let server: BrowserApp;
let browser: Browser;

setupBrowserSuite((suite) => {
  ({ server, browser } = suite);
});

/** Two young women in Lindeby's statistics whose courses the coordinator is not on (another coordinator's). */
async function addOthersCourses(): Promise<string> {
  const { db } = server.database;
  const lindeby = await db
    .selectFrom('partnerships')
    .select(['id', 'municipality_id', 'institution_id'])
    .where('name', '=', 'Lindeby')
    .executeTakeFirstOrThrow();
  const other = await createUser(db, {
    username: 'andenkoordinator',
    displayName: 'Anden Koordinator',
    password: 'not-used-here-123',
    organisationId: lindeby.institution_id,
    role: 'youthCoordinator',
  });
  for (const [ref, givenName] of [
    ['H1', 'Hanne'],
    ['H2', 'Helle'],
  ]) {
    const course = await createParticipantWithCourse(db, {
      partnershipId: lindeby.id,
      municipalityId: lindeby.municipality_id,
      ref: ref as string,
      givenName: givenName as string,
      familyName: 'Skjult',
      birthDate: '2002-02-02',
      gender: 'female',
      startDate: '2025-06-02',
      grantedMonths: 36,
    });
    await giveConsent(db, {
      participantId: course.participantId,
      municipalityId: lindeby.municipality_id,
      purpose: 'statistics',
      givenOn: '2025-06-02',
    });
    await addTeamMember(db, {
      courseId: course.courseId,
      municipalityId: lindeby.municipality_id,
      userId: other,
      organisationId: lindeby.institution_id,
      role: 'youthCoordinator',
    });
  }
  return lindeby.id;
}

async function noHorizontalScroll(page: Page, label: string) {
  const width = await page.evaluate(() => document.scrollingElement?.scrollWidth ?? 0);
  expect(width, `horizontal overflow on ${label}`).toBeLessThanOrEqual(360);
}

describe('the rows behind a figure, the CSV and the half-yearly report', () => {
  it('the coordinator opens the rows behind "Køn: Kvinde", sees her own young people and how many more, and downloads them as CSV', async () => {
    const partnershipId = await addOthersCourses();
    const page = await newPage(browser, server.baseUrl, { width: 360, height: 740 });
    await signIn(page, 'koordinator');
    await page.goto(`/partnerskab/${partnershipId}/tal/byGender?key=female&asOf=${today()}`);
    await heading(page).filter({ hasText: 'Køn: Kvinde' }).waitFor();
    const table = page.getByRole('table', { name: 'De unge bag tallet: Køn: Kvinde' });
    await table.getByRole('link', { name: 'Amalie Nielsen' }).waitFor();
    const named = await table.locator('tbody tr').count();
    // Maja has not consented to statistics; the two others are not on the coordinator's courses.
    expect(await table.getByText('Maja').count()).toBe(0);
    expect(await page.getByText('Skjult').count()).toBe(0);
    await page.getByText('2 flere unge er med i tallet, men du er ikke på deres forløb.').waitFor();
    await page.getByText(`${named + 2} unge i statistikken har køn: Kvinde.`).waitFor();
    await noHorizontalScroll(page, 'figure rows at 360 px');
    await expectAccessible(page, 'figure rows at 360 px');
    await screenshot(page, 'report-exports-rows-360');

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Hent som CSV' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe(`Køn - Kvinde - ${today()}.csv`);
    const bytes = await readFile((await download.path()) ?? '');
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.toString('utf8');
    expect(text).toContain('Forløb;Reference;Navn;Startdato;Køn\r\n');
    expect(text).toContain(';Amalie Nielsen;');
    expect(text).not.toContain('Skjult');
    expect(text.trim().split('\r\n')).toHaveLength(named + 1);

    // The rows link to each course.
    await table.getByRole('link', { name: 'Amalie Nielsen' }).click();
    await page.waitForURL(/\/forloeb\/[0-9a-f-]{36}$/);
  });

  it('the leader, on no course, sees only the count, and downloads the half-yearly report as a PDF', async () => {
    const lindeby = await server.database.db
      .selectFrom('partnerships')
      .select('id')
      .where('name', '=', 'Lindeby')
      .executeTakeFirstOrThrow();
    const page = await newPage(browser, server.baseUrl);
    await signIn(page, 'leder');
    await page.goto(`/partnerskab/${lindeby.id}/tal/closer?asOf=${today()}`);
    await heading(page).filter({ hasText: 'Kommet tættere på arbejdsmarkedet' }).waitFor();
    await page.getByText(/unge med mindst et år i forløb er kommet tættere på arbejdsmarkedet\./).waitFor();
    await page.getByText(/flere unge er med i tallet, men du er ikke på deres forløb\./).waitFor();
    expect(await page.getByRole('table').count()).toBe(0);
    await expectAccessible(page, 'figure rows for the leader');

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Hent halvårsrapporten (PDF)' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe(`Halvårsrapport - Lindeby - ${today()}.pdf`);
    const bytes = await readFile((await download.path()) ?? '');
    expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const res = await page.request.get(`/api/partnerships/${lindeby.id}/report.pdf?asOf=${today()}`);
    expect(res.status()).toBe(200);
    expect(res.headers()['content-type']).toBe('application/pdf');

    // From the dashboard: every figure as one CSV file, the same numbers as the report.
    await page.goto(`/partnerskab/${lindeby.id}?asOf=${today()}`);
    await page.locator('[data-as-of]').waitFor();
    const [csv] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Hent alle tal som CSV' }).click(),
    ]);
    expect(csv.suggestedFilename()).toBe(`Tal - Lindeby - ${today()}.csv`);
    const text = (await readFile((await csv.path()) ?? '')).toString('utf8');
    expect(text.startsWith('\uFEFFTal;Gruppe;Antal;Andel;Mål\r\n')).toBe(true);
    const report = (await (
      await page.request.get(`/api/partnerships/${lindeby.id}/report?asOf=${today()}`)
    ).json()) as {
      admitted: number;
    };
    expect(text).toContain(`\r\nOptaget;;${report.admitted};`);
  });
});
