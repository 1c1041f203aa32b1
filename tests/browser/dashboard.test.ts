import type { Browser, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { createOrganisation, createPartnership, createUser } from '../../src/demo/builders.ts';
import { DEMO_PASSWORD } from '../../src/demo/seed.ts';
import { addMonths } from '../../src/platform/dates.ts';
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

describe('the partnership dashboard', () => {
  it('the leader lands on the dashboard, reads the success criterion in words as the report has it, and changes the date', async () => {
    const page = await newPage(browser, server.baseUrl);
    await signIn(page, 'leder');
    // "/" sends a leader (no caseload) to the figures; with one partnership, straight to its dashboard.
    await page.waitForURL((url) => /^\/partnerskab\/[0-9a-f-]{36}$/.test(url.pathname));
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
    // The figures the dashboard adds to the report, with values to recognise (in this branch the
    // server still answers them empty): the page must show each in its table and draw the charts.
    await page.route(/\/api\/partnerships\/[^/]+\/dashboard\?/, async (route) => {
      const response = await route.fetch();
      const body = await response.json();
      await route.fulfill({
        response,
        json: {
          ...body,
          agreementVersion: 3,
          outcomeSplit: [
            {
              label: 'Ordinært job eller fleksjob',
              outcomes: ['ordinaryJob', 'flexJob'],
              target: 0.8,
              count: 3,
              actual: 0.75,
            },
            {
              label: 'Løntilskud eller beskyttet',
              outcomes: ['wageSubsidyJob', 'shelteredEmployment'],
              target: 0.2,
              count: 1,
              actual: 0.25,
            },
          ],
          attendance: [
            { month: '2026-09', present: 40, absent: 10, share: 0.8 },
            { month: '2026-10', present: 45, absent: 5, share: 0.9 },
            { month: '2026-11', present: 0, absent: 0, share: null },
          ],
          due: { measurements: { dueSoon: 2, overdue: 1 }, statusLetters: { dueSoon: 3, overdue: 4 } },
          firstContact: { courses: 11, averageDays: 5.5, withinPromise: 9, promiseDays: 7 },
        },
      });
    });
    await signIn(page, 'leder');
    await page.locator('[data-as-of]').waitFor();
    await page.getByRole('link', { name: 'Partnerskabsaftalen (version 3)' }).waitFor();

    const split = page.getByTestId('table-outcomeSplit');
    const first = split.getByRole('row', { name: /Ordinært job eller fleksjob/ });
    expect((await first.locator('td').allTextContents()).map((c) => c.replace(/\s/g, ' '))).toEqual([
      '3',
      '75 %',
      '80 %',
    ]);
    expect(await first.textContent()).toContain('Ordinært job, Fleksjob');
    await page.getByTestId('figure-outcomeSplit').locator('[data-chart] svg').first().waitFor();

    const attendance = page.getByTestId('table-attendance');
    expect(
      (
        await attendance
          .getByRole('row', { name: /oktober 2026/ })
          .locator('td')
          .allTextContents()
      ).map((c) => c.replace(/\s/g, ' ')),
    ).toEqual(['45', '5', '90 %']);
    expect(
      await attendance
        .getByRole('row', { name: /november 2026/ })
        .locator('td')
        .last()
        .textContent(),
    ).toBe('–');
    await page.getByTestId('figure-attendance').locator('[data-chart] svg').first().waitFor();

    const due = page.getByTestId('table-due');
    expect(
      await due
        .getByRole('row', { name: /Statusbreve/ })
        .locator('td')
        .allTextContents(),
    ).toEqual(['3', '4']);
    expect(
      await due
        .getByRole('row', { name: /Målinger/ })
        .locator('td')
        .allTextContents(),
    ).toEqual(['2', '1']);

    expect(await normalised(page, 'figure-firstContact')).toContain(
      'I gennemsnit 5,5 dage fra henvisning til første kontakt. Løftet er 7 dage.',
    );
    const contact = page.getByTestId('table-firstContact');
    await contact.getByRole('link', { name: '11' }).waitFor();
    expect(
      await contact
        .getByRole('row', { name: /Inden for 7 dage/ })
        .locator('td')
        .textContent(),
    ).toMatch(/^9 \(82\s%\)$/);
    await expectAccessible(page, 'dashboard with every figure');
    await screenshot(page, 'dashboard-full');
  });

  it('a count opens the rows behind it, for the same day', async () => {
    const page = await newPage(browser, server.baseUrl);
    await signIn(page, 'leder');
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
    await page.waitForURL((url) => /^\/partnerskab\/[0-9a-f-]{36}$/.test(url.pathname));
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
