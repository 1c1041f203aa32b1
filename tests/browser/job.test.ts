import type { Browser, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  type BrowserApp,
  expectAccessible,
  newPage,
  screenshot,
  setupBrowserSuite,
  signIn,
  today,
} from './support.ts';

let server: BrowserApp;
let browser: Browser;

/** The demo company in the institution's network and one workshop, whatever the demo already has. */
setupBrowserSuite(async (suite) => {
  ({ server, browser } = suite);
  const db = server.database.db;
  const org = (name: string) =>
    db.selectFrom('organisations').select('id').where('name', '=', name).executeTakeFirstOrThrow();
  const company = await org('Lindeby Tømrer ApS');
  const institution = await org('Lindeby Erhvervsskole');
  await db
    .insertInto('companies')
    .values({ organisation_id: company.id, institution_id: institution.id, industry: 'crafts' })
    .onConflict((oc) => oc.column('organisation_id').doNothing())
    .execute();
  await db
    .insertInto('workplaces')
    .values({ institution_id: institution.id, name: 'Køkkenet', work_functions: ['kitchen'] })
    .onConflict((oc) => oc.columns(['institution_id', 'name']).doNothing())
    .execute();
});

/** The partnership report's outcomes as the leader reads them today. */
async function reportOutcomes(leader: Page): Promise<Record<string, number>> {
  const partnership = await server.database.db
    .selectFrom('partnerships')
    .select('id')
    .where('name', '=', 'Lindeby')
    .executeTakeFirstOrThrow();
  const url = `/api/partnerships/${partnership.id}/report?asOf=${today()}`;
  return leader.evaluate(async (u) => {
    const res = await fetch(u, { credentials: 'same-origin' });
    if (!res.ok) throw new Error(`report: ${res.status}`);
    return (await res.json()).outcomes as Record<string, number>;
  }, url);
}

describe('the job on "Praktik og job": work efficiency, the job agreement and the end of the course', () => {
  it('records a work trial, a work-efficiency assessment and a job agreement, ends the course with a chosen outcome, and the report counts it', async () => {
    const leader = await newPage(browser, server.baseUrl);
    await signIn(leader, 'leder');
    const before = await reportOutcomes(leader);

    const page = await newPage(browser, server.baseUrl);
    await signIn(page, 'koordinator');
    await page.goto(`/forloeb/${await server.courseOf('Amalie')}/praktik`);
    await page.getByRole('heading', { name: 'Arbejdsprøvning og brancheafklaring' }).waitFor();

    // The work trial in one of the institution's workshops.
    await page.getByRole('button', { name: 'Beskriv en arbejdsprøvning' }).click();
    await page.getByLabel('Fra', { exact: true }).fill('2025-09-01');
    await page.getByLabel('Værksted', { exact: true }).selectOption({ label: 'Køkkenet' });
    await page.getByLabel('Tempo og udholdenhed (valgfri)').fill('Fire timer om dagen med pauser');
    await page.getByRole('button', { name: 'Gem arbejdsprøvningen' }).click();
    const trials = page.getByTestId('work-trials');
    await trials.getByRole('heading', { name: 'Køkkenet' }).waitFor();
    expect(await trials.textContent()).toContain('Fire timer om dagen med pauser');

    // Work efficiency: the field errors stand at the fields, then the assessment is in the table.
    await page.getByRole('button', { name: 'Registrér en vurdering' }).click();
    await page.getByRole('button', { name: 'Gem vurderingen' }).click();
    const percentGroup = page.locator('.form-group', { has: page.getByLabel('Procent af normal') });
    await percentGroup.getByText('Skriv et helt tal fra 0 til 100.').waitFor();
    const companyGroup = page.locator('.form-group', { has: page.getByLabel('Virksomhed', { exact: true }) });
    await companyGroup.getByText('Vælg en virksomhed.').waitFor();
    await page.getByLabel('Procent af normal').fill('35');
    await page.getByLabel('Timer om ugen', { exact: true }).fill('15');
    await page.getByLabel('Virksomhed', { exact: true }).selectOption({ label: 'Lindeby Tømrer ApS' });
    await page.getByLabel('Fra virksomheden deltog (valgfri)').fill('Mester Ib');
    await page.getByRole('button', { name: 'Gem vurderingen' }).click();
    const table = page.getByTestId('work-efficiency');
    await table.getByRole('cell', { name: '35 %' }).waitFor();
    expect(await table.textContent()).toContain('Mester Ib');

    // The job agreement: no type is preselected.
    await page.getByRole('button', { name: 'Skriv en jobaftale' }).click();
    expect(await page.getByLabel('Type job').inputValue()).toBe('');
    await page.getByLabel('Type job').selectOption({ label: 'Fleksjob' });
    await page.getByLabel('Virksomhed', { exact: true }).selectOption({ label: 'Lindeby Tømrer ApS' });
    await page.getByLabel('Timer om ugen', { exact: true }).fill('20');
    await page.getByLabel('Mentorstøtte', { exact: true }).check();
    await page.getByLabel('Mentorstøtte, timer om ugen (valgfri)').fill('3');
    await expectAccessible(page, 'job agreement form');
    await page.getByRole('button', { name: 'Gem jobaftalen' }).click();
    const agreement = page.getByTestId('job-agreement');
    await agreement.getByRole('heading', { name: 'Fleksjob: Lindeby Tømrer ApS' }).waitFor();
    expect(await agreement.textContent()).toContain('Mentorstøtte, 3 timer om ugen');
    expect(await agreement.textContent()).toContain('Ikke bevilget endnu');

    // Ending the course: the form opens for an end; the job's type is a suggestion in words only.
    await page.getByRole('button', { name: 'Afslut forløbet' }).click();
    expect(await page.getByLabel('Afsluttet', { exact: true }).isChecked()).toBe(true);
    const outcome = page.getByLabel('Hvordan sluttede forløbet?');
    expect(await outcome.inputValue()).toBe('');
    const outcomeGroup = page.locator('.form-group', { has: outcome });
    expect(await outcomeGroup.textContent()).toContain('Jobaftalen er: Fleksjob.');
    await expectAccessible(page, 'job section with the end-of-course form', { anyImpact: true });
    await screenshot(page, 'job-section');
    await page.getByRole('button', { name: 'Gem status' }).click();
    await outcomeGroup.getByText('Vælg en afslutning under »Hvordan sluttede forløbet?«.').waitFor();
    await outcome.selectOption({ label: 'Fleksjob' });
    await page.getByRole('button', { name: 'Gem status' }).click();
    await page.getByText('Forløbet er afsluttet: Fleksjob.').waitFor();

    const after = await reportOutcomes(leader);
    expect(after.flexJob ?? 0).toBe((before.flexJob ?? 0) + 1);
    expect(after.ongoing ?? 0).toBe((before.ongoing ?? 0) - 1);
    await leader.context().close();
    await page.context().close();
  });

  it('works at 360 px without sideways scrolling', async () => {
    const page = await newPage(browser, server.baseUrl, { width: 360, height: 740 });
    await signIn(page, 'koordinator');
    await page.goto(`/forloeb/${await server.courseOf('Amalie')}/praktik`);
    await page.getByTestId('work-efficiency').waitFor();
    await page.getByRole('button', { name: 'Registrér en vurdering' }).click();
    await page.getByRole('heading', { name: 'Registrér en vurdering' }).waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await screenshot(page, 'phone-job-section');
    await expectAccessible(page, 'job section at 360 px');
    await page.context().close();
  });
});
