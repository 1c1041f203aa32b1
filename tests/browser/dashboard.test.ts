import type { Browser, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { createOrganisation, createPartnership, createUser } from '../../src/demo/builders.ts';
import { DEMO_PASSWORD } from '../../src/demo/seed.ts';
import { addMonths } from '../../src/platform/dates.ts';
import type { Dashboard } from '../../src/reports/dashboard-schemas.ts';
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

setupBrowserSuite(async (suite) => {
  ({ server, browser } = suite);
  // A second partnership of Lindeby Kommune, and the municipality's leader, who sits in both.
  const db = server.database.db;
  const municipality = await db
    .selectFrom('organisations')
    .select('id')
    .where('name', '=', 'Lindeby Kommune')
    .executeTakeFirstOrThrow();
  const school = await createOrganisation(db, 'institution', 'Lindeby Produktionsskole');
  await createPartnership(db, {
    municipalityId: municipality.id,
    institutionId: school,
    name: 'Lindeby Produktion',
    targetAdmitted: 15,
    targetCloserShare: 0.75,
  });
  await createUser(db, {
    username: 'kommuneleder',
    displayName: 'Kim Kommuneleder',
    password: DEMO_PASSWORD,
    organisationId: municipality.id,
    role: 'leader',
  });
});

interface Report {
  admitted: number;
  atLeastOneYear: number;
  closerToLabourMarket: number;
  closerShare: number | null;
  targets: { admitted: number | null; closerShare: number | null };
}

const percent = (share: number) =>
  new Intl.NumberFormat('da-DK', { style: 'percent', maximumFractionDigits: 0 }).format(share);

/** The sentence the page must show for this report, in the page's own Danish. */
function successSentence(r: Report) {
  if (r.closerShare === null) throw new Error('pick a day when someone has had a year');
  return (
    `${r.closerToLabourMarket} af ${r.atLeastOneYear} unge med mindst et år i forløb (${percent(r.closerShare)}) ` +
    `er kommet tættere på arbejdsmarkedet. Målet er ${percent(r.targets.closerShare ?? 0)}.`
  );
}

async function reportOf(page: Page, partnershipId: string, asOf: string): Promise<Report> {
  const res = await page.request.get(`/api/partnerships/${partnershipId}/report?asOf=${asOf}`);
  expect(res.status()).toBe(200);
  return (await res.json()) as Report;
}

const normalised = async (page: Page, testId: string) =>
  ((await page.getByTestId(testId).textContent()) ?? '').replace(/\s+/g, ' ').trim();

/** The demo institution's leader sits in two partnerships: the landing compares them; one link opens Lindeby's. */
async function toLindebyDashboard(page: Page) {
  await page.waitForURL((url) => url.pathname === '/partnerskab');
  await page.getByRole('link', { name: 'Alle tal for Lindeby', exact: true }).click();
  await page.waitForURL((url) => /^\/partnerskab\/[0-9a-f-]{36}$/.test(url.pathname));
}

describe('the partnership dashboard', () => {
  it('the leader lands on the dashboard, reads the success criterion in words as the report has it, and changes the date', async () => {
    const page = await newPage(browser, server.baseUrl);
    await signIn(page, 'leder');
    // "/" sends a leader (no caseload) to the figures: with two partnerships, their comparison first.
    await toLindebyDashboard(page);
    const partnershipId = new URL(page.url()).pathname.split('/')[2] ?? '';
    await heading(page).filter({ hasText: 'Lindeby' }).waitFor();
    const now = today();
    await page.locator(`[data-as-of="${now}"]`).waitFor();
    expect(await page.getByLabel('Tal pr.').inputValue()).toBe(now);

    const report = await reportOf(page, partnershipId, now);
    expect(await normalised(page, 'success-sentence')).toBe(successSentence(report).replace(/\s+/g, ' '));
    expect(await normalised(page, 'success-sentence')).toContain('tættere på arbejdsmarkedet');
    expect(await normalised(page, 'intake-sentence')).toBe(
      `Optaget: ${report.admitted} af målet ${report.targets.admitted}`,
    );
    // A chart (drawn as SVG) beside its table, which says the same.
    const success = page.getByTestId('figure-success');
    await success.locator('[data-chart] svg').first().waitFor();
    expect(await success.locator('[data-chart]').getAttribute('aria-hidden')).toBe('true');
    const table = page.getByTestId('table-success');
    await expect
      .poll(() => table.getByRole('row', { name: /Tættere på arbejdsmarkedet/ }).textContent())
      .toContain(String(report.closerToLabourMarket));
    await expect
      .poll(() => table.getByRole('row', { name: /Andel tættere på/ }).textContent())
      .toContain(percent(report.closerShare ?? 0));
    // Every distribution has its chart and table.
    for (const figure of [
      'byGender',
      'byAgeAtStart',
      'byDisabilityCombination',
      'byGrantedMonths',
      'outcomes',
    ]) {
      await page.getByTestId(`figure-${figure}`).locator('[data-chart] svg').first().waitFor();
      await page.getByTestId(`table-${figure}`).waitFor();
    }
    await expect.poll(() => page.getByTestId('table-byGender').textContent()).toContain('Kvinde');
    await page.getByRole('link', { name: 'Hent rapport (PDF)' }).waitFor();
    expect(await page.getByRole('link', { name: 'Hent rapport (PDF)' }).getAttribute('href')).toBe(
      `/api/partnerships/${partnershipId}/report.pdf?asOf=${now}`,
    );
    await expectAccessible(page, 'dashboard');
    await screenshot(page, 'dashboard');

    // A year earlier fewer young people had had a year: the figures change with the date.
    const earlier = addMonths(now, -12);
    const before = await reportOf(page, partnershipId, earlier);
    expect(before.atLeastOneYear).not.toBe(report.atLeastOneYear);
    await page.getByLabel('Tal pr.').fill(earlier);
    await page.waitForURL((url) => url.searchParams.get('asOf') === earlier);
    await page.locator(`[data-as-of="${earlier}"]`).waitFor();
    expect(await normalised(page, 'success-sentence')).toBe(successSentence(before).replace(/\s+/g, ' '));
    await expectAccessible(page, 'dashboard a year earlier');
  });

  it("draws the dashboard's own figures (outcome split, attendance, due, first contact) as the API gives them", async () => {
    const page = await newPage(browser, server.baseUrl);
    await signIn(page, 'leder');
    await toLindebyDashboard(page);
    const partnershipId = new URL(page.url()).pathname.split('/')[2] ?? '';
    await page.locator('[data-as-of]').waitFor();
    const res = await page.request.get(`/api/partnerships/${partnershipId}/dashboard?asOf=${today()}`);
    expect(res.status()).toBe(200);
    const figures = (await res.json()) as Dashboard;
    const cells = async (testId: string, row: RegExp) =>
      (
        await page.getByTestId(testId).getByRole('row', { name: row }).first().locator('td').allTextContents()
      ).map((c) => c.replace(/\s/g, ' ').trim());
    const pct = (share: number | null) => (share === null ? '–' : percent(share).replace(/\s/g, ' '));
    expect(await page.getByRole('link', { name: /Partnerskabsaftalen/ }).getAttribute('href')).toBe(
      `/partnerskab/${partnershipId}/aftale`,
    );

    // The demo's one flex job is the only outcome in a group of the split: 1 of 1.
    const [jobs] = figures.outcomeSplit;
    expect(jobs?.count).toBeGreaterThan(0);
    expect(await cells('table-outcomeSplit', /Ordinært job eller fleksjob/)).toEqual([
      String(jobs?.count),
      pct(jobs?.actual ?? null),
      pct(jobs?.target ?? null),
    ]);
    await page.getByTestId('figure-outcomeSplit').locator('[data-chart] svg').first().waitFor();

    // The last month with registered days, as the table words it.
    const month = figures.attendance.filter((m) => m.share !== null).at(-1);
    if (!month) throw new Error('the demo registers attendance');
    const monthName = new Intl.DateTimeFormat('da-DK', { month: 'long', year: 'numeric' }).format(
      new Date(`${month.month}-15T12:00:00Z`),
    );
    expect(await cells('table-attendance', new RegExp(monthName))).toEqual([
      String(month.present),
      String(month.absent),
      pct(month.share),
    ]);
    await page.getByTestId('figure-attendance').locator('[data-chart] svg').first().waitFor();

    // The demo has an overdue measurement and an overdue letter (DOMAIN.md "Due dates").
    expect(figures.due.measurements.overdue + figures.due.statusLetters.overdue).toBeGreaterThan(0);
    expect(await cells('table-due', /Statusbreve/)).toEqual([
      String(figures.due.statusLetters.dueSoon),
      String(figures.due.statusLetters.overdue),
    ]);
    expect(await cells('table-due', /Målinger/)).toEqual([
      String(figures.due.measurements.dueSoon),
      String(figures.due.measurements.overdue),
    ]);

    expect(figures.firstContact.courses).toBeGreaterThan(0);
    expect(await normalised(page, 'figure-firstContact')).toContain(
      `fra henvisning til første kontakt. Løftet er ${figures.firstContact.promiseDays} dage.`,
    );
    await page
      .getByTestId('table-firstContact')
      .getByRole('link', { name: String(figures.firstContact.courses), exact: true })
      .waitFor();
    await expectAccessible(page, 'dashboard with every figure');
    await screenshot(page, 'dashboard-full');
  });

  it('a count opens the rows behind it, for the same day', async () => {
    const page = await newPage(browser, server.baseUrl);
    await signIn(page, 'leder');
    await toLindebyDashboard(page);
    await page.locator('[data-as-of]').waitFor();
    const asOf = today();
    const link = page.getByTestId('table-success').locator('a[data-figure="closer"]');
    await link.click();
    await page.waitForURL((url) => url.pathname.endsWith('/tal/closer'));
    expect(new URL(page.url()).searchParams.get('asOf')).toBe(asOf);
  });

  it('fits a phone: nothing sticks out sideways at 360 px', async () => {
    const page = await newPage(browser, server.baseUrl, { width: 360, height: 740 });
    await signIn(page, 'leder');
    await toLindebyDashboard(page);
    await page.locator('[data-as-of]').waitFor();
    await page.getByTestId('figure-byAgeAtStart').locator('[data-chart] svg').first().waitFor();
    const width = await page.evaluate(() => document.scrollingElement?.scrollWidth ?? 0);
    expect(width).toBeLessThanOrEqual(360);
    await expectAccessible(page, 'dashboard at 360 px');
    await screenshot(page, 'dashboard-360');
  });

  it('the coordinator keeps the caseload at / and reaches the figures by "Tal"', async () => {
    const page = await newPage(browser, server.baseUrl);
    await signIn(page, 'koordinator');
    await heading(page).filter({ hasText: 'Mine forløb' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/');
    await page.getByRole('link', { name: 'Tal', exact: true }).click();
    await toLindebyDashboard(page);
    await page.getByTestId('success-sentence').waitFor();
  });

  it('a leader of two partnerships sees them side by side, small numbers hidden, with a chart and its table', async () => {
    const page = await newPage(browser, server.baseUrl);
    await signIn(page, 'kommuneleder');
    await page.waitForURL((url) => url.pathname === '/partnerskab');
    await heading(page).filter({ hasText: 'Partnerskabernes tal' }).waitFor();
    const table = page.getByTestId('compare-table');
    await table.waitFor();
    const columns = await table.locator('thead th[scope="col"]').allTextContents();
    expect(columns.slice(1)).toEqual(['Lindeby', 'Lindeby Produktion']);
    // The new partnership has nobody: its zero is shown; Lindeby's few ordinary jobs are hidden.
    const admitted = table.getByRole('row', { name: /^Optaget/ }).first();
    expect(await admitted.locator('td').allTextContents()).toEqual(['12', '0']);
    expect(await table.getByText('skjult').count()).toBeGreaterThan(0);
    expect(await normalised(page, 'suppression-note')).toContain('færre end 5');
    const cells = (await table.locator('td').allTextContents()).map((c) => c.trim());
    expect(cells.filter((c) => /^[1-4]$/.test(c))).toEqual([]);
    await page.getByTestId('figure-closerShare').locator('[data-chart] svg').first().waitFor();
    await page.getByTestId('table-closerShare').waitFor();
    await expectAccessible(page, 'comparison');
    await screenshot(page, 'dashboard-compare');
    await page.getByRole('link', { name: 'Alle tal for Lindeby Produktion' }).click();
    await heading(page).filter({ hasText: 'Lindeby Produktion' }).waitFor();
  });
});
