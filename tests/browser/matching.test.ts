import type { Browser } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { createCompanyProfile, createOrganisation } from '../../src/demo/builders.ts';
import {
  type BrowserApp,
  expectAccessible,
  newPage,
  screenshot,
  setupBrowserSuite,
  signIn,
} from './support.ts';

let server: BrowserApp;
let browser: Browser;

setupBrowserSuite((suite) => {
  ({ server, browser } = suite);
});

/** Two companies of Amalie's institution's network: a kitchen that can hold her, a garage that cannot. */
async function network(courseId: string) {
  const { db } = server.database;
  const { institution_id } = await db
    .selectFrom('courses as c')
    .innerJoin('partnerships as p', 'p.id', 'c.partnership_id')
    .select('p.institution_id')
    .where('c.id', '=', courseId)
    .executeTakeFirstOrThrow();
  const kitchen = await createCompanyProfile(db, {
    organisationId: await createOrganisation(db, 'company', 'Matchtest Kantine'),
    institutionId: institution_id,
    industry: 'food',
    latitude: 55.71,
    longitude: 9.53,
    workFunctions: ['kitchen', 'cleaning'],
  });
  const garage = await createCompanyProfile(db, {
    organisationId: await createOrganisation(db, 'company', 'Matchtest Autoværksted'),
    institutionId: institution_id,
    industry: 'auto',
    latitude: 55.7,
    longitude: 9.5,
    workFunctions: ['autoRepair', 'kitchen'],
  });
  await db
    .insertInto('relational_capacity_assessments')
    .values([
      { company_id: kitchen, assessed_on: '2025-05-01', level: 'high', reasons: 'Tålmodig køkkenchef' },
      { company_id: garage, assessed_on: '2025-05-01', level: 'low', reasons: 'Travlt værksted' },
    ])
    .execute();
  return kitchen;
}
let kitchenId = '';

describe('matching on the tab "Praktik og job"', () => {
  it('lets the coordinator write the work profile, see suggestions with reasons, and record a choice with a reason', async () => {
    const courseId = await server.courseOf('Amalie');
    kitchenId = await network(courseId);
    const page = await newPage(browser, server.baseUrl);
    await signIn(page, 'koordinator');
    await page.goto(`/forloeb/${courseId}/praktik`);
    await page.getByRole('heading', { name: 'Arbejdsprofil' }).waitFor();
    await page.getByText('Det er forslag, ikke beslutninger.').first().waitFor();

    await page.getByLabel('Køkken', { exact: true }).check();
    await page.getByLabel('Fødevarer og køkken', { exact: true }).check();
    await page.getByLabel('Høj', { exact: true }).check();
    await page.getByLabel('Bopæl (by eller område) (valgfri)').fill('Lindeby');
    await page.getByLabel('Breddegrad (valgfri)').fill('55,7');
    await page.getByLabel('Længdegrad (valgfri)').fill('9,5');
    await page.getByLabel('Længste afstand (km) (valgfri)').fill('25');
    await page.getByRole('button', { name: 'Gem arbejdsprofil' }).click();
    await page.getByText('Arbejdsprofilen er gemt.').first().waitFor();

    const suggestions = page.getByTestId('match-suggestions');
    // The demo's own network is suggested too: find the kitchen among them, not at a fixed place.
    const first = suggestions.locator('article', {
      has: page.getByRole('heading', { name: /Matchtest Kantine/ }),
    });
    await first.waitFor();
    const kitchenText = (await first.textContent()) ?? '';
    expect(kitchenText).toContain('Kan tilbyde det, den unge gerne vil: køkken');
    expect(kitchenText).toContain('Relationel kapacitet høj rækker til støttebehov høj');
    // A place that cannot hold as much support as the young person needs is ranked down, and says so
    // (the demo's café has a medium capacity; the test's garage a low one, below the top ten).
    await suggestions
      .getByText(/Trækker ned: Relationel kapacitet (lav|middel) er lavere end støttebehov høj/)
      .first()
      .waitFor();
    await expectAccessible(page, 'matching: profile and suggestions', { anyImpact: true });

    await first.getByRole('button', { name: /Vælg/ }).click();
    await page.getByRole('heading', { name: 'Vælg Matchtest Kantine' }).waitFor();
    // Without a reason nothing is saved.
    await page.getByRole('button', { name: 'Gem valget' }).click();
    await page.getByText('Skriv hvorfor I vælger den.').first().waitFor();
    await page.getByLabel('Hvorfor').fill('Amalie vil gerne lave mad, og køkkenchefen er tålmodig.');
    await page.getByRole('button', { name: 'Gem valget' }).click();
    const decisions = page.getByTestId('match-decisions');
    await decisions.getByText('Amalie vil gerne lave mad, og køkkenchefen er tålmodig.').waitFor();
    const decisionText = (await decisions.textContent()) ?? '';
    expect(decisionText).toContain('Matchtest Kantine');
    expect(decisionText).toMatch(/Var forslag nr\. \d+/);
    await screenshot(page, 'matching');
    await expectAccessible(page, 'matching: the decision recorded', { anyImpact: true });
    await page.context().close();
  });

  it('shows an opening with the young people suggested for it at 360 px, each linking to their course', async () => {
    const courseId = await server.courseOf('Amalie');
    const opening = await server.database.db
      .insertInto('company_openings')
      .values({
        company_id: kitchenId,
        title: 'Køkkenhjælp',
        work_functions: ['kitchen'],
        hours_per_week: 20,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const page = await newPage(browser, server.baseUrl, { width: 360, height: 740 });
    await signIn(page, 'koordinator');
    await page.goto(`/virksomheder/${kitchenId}/pladser/${opening.id}`);
    await page.getByRole('heading', { level: 1, name: 'Køkkenhjælp' }).waitFor();
    await page.getByText('Det er forslag, ikke beslutninger.').waitFor();
    const list = page.getByTestId('opening-suggestions');
    const amalie = list.getByRole('link', { name: 'Amalie Nielsen' });
    await amalie.waitFor();
    expect(await amalie.getAttribute('href')).toBe(`/forloeb/${courseId}/praktik`);
    expect(await list.textContent()).toContain('Kan tilbyde det, den unge gerne vil: køkken');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await screenshot(page, 'phone-opening-suggestions');
    await expectAccessible(page, 'an opening and its suggested young people', { anyImpact: true });
    await page.context().close();
  });

  it('fits a 360 px screen: the profile form, suggestions and decisions without sideways scrolling', async () => {
    const page = await newPage(browser, server.baseUrl, { width: 360, height: 740 });
    await signIn(page, 'koordinator');
    await page.goto(`/forloeb/${await server.courseOf('Amalie')}/praktik`);
    await page
      .getByTestId('match-suggestions')
      .getByRole('heading', { name: /Matchtest Kantine/ })
      .waitFor();
    await page.getByTestId('match-decisions').waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await page.context().close();
  });
});
