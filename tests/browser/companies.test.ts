import type { Browser } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { createCompanyProfile, createOrganisation } from '../../src/demo/builders.ts';
import {
  type BrowserApp,
  expectAccessible,
  heading,
  newPage,
  screenshot,
  setupBrowserSuite,
  signIn,
} from './support.ts';

let server: BrowserApp;
let browser: Browser;

setupBrowserSuite(async (suite) => {
  ({ server, browser } = suite);
  // Amalie's home (the matching helper's work profile; the test writes it): Lindeby, by coordinates.
  const courseId = await server.courseOf('Amalie');
  const municipality = await server.database.db
    .selectFrom('courses')
    .select('municipality_id')
    .where('id', '=', courseId)
    .executeTakeFirstOrThrow();
  await server.database.db
    .insertInto('work_profiles')
    .values({
      course_id: courseId,
      municipality_id: municipality.municipality_id,
      home_latitude: 56.16,
      home_longitude: 10.2,
    })
    .onConflict((oc) => oc.column('course_id').doUpdateSet({ home_latitude: 56.16, home_longitude: 10.2 }))
    .execute();
  // A company of the network with a contact, an assessment and an opening, for the phone-sized check.
  const institution = await server.database.db
    .selectFrom('organisations')
    .select('id')
    .where('name', '=', 'Lindeby Erhvervsskole')
    .executeTakeFirstOrThrow();
  const laundry = await createCompanyProfile(server.database.db, {
    organisationId: await createOrganisation(server.database.db, 'company', 'Lindeby Vaskeri og Rens A/S'),
    institutionId: institution.id,
    industry: 'cleaning',
    street: 'Industrivej 12',
    postcode: '8000',
    city: 'Lindeby',
    latitude: 56.15,
    longitude: 10.19,
    workFunctions: ['laundry', 'cleaning', 'delivery'],
    notes: 'Faste hold, rolige omgivelser og en fast mentor på hvert hold.',
  });
  await server.database.db
    .insertInto('company_contacts')
    .values({
      company_id: laundry,
      name: 'Hanne Vaskerichef',
      title: 'Driftsleder',
      email: 'hanne.vaskerichef@vaskeri.example',
      is_mentor: true,
    })
    .execute();
  await server.database.db
    .insertInto('relational_capacity_assessments')
    .values({
      company_id: laundry,
      assessed_on: '2026-01-05',
      level: 'medium',
      reasons: 'Travlt i perioder, men god til at forklare opgaverne trin for trin.',
    })
    .execute();
  await server.database.db
    .insertInto('company_openings')
    .values({
      company_id: laundry,
      title: 'Praktik i vaskeriet',
      work_functions: ['laundry'],
      hours_per_week: 15,
    })
    .execute();
});

describe('the company network', () => {
  it('lets the coordinator create a company (a wrong CVR is shown at its field), add a mentor and a capacity assessment, and find it by work function', async () => {
    const page = await newPage(browser, server.baseUrl);
    await signIn(page, 'koordinator');
    await page.goto('/virksomheder');
    await heading(page).getByText('Virksomheder').waitFor();
    await page.getByRole('link', { name: 'Institutionens egne værksteder' }).waitFor();

    await page.getByRole('button', { name: 'Ny virksomhed' }).click();
    const form = page.getByRole('form', { name: 'Ny virksomhed' });
    await form.getByLabel('Navn', { exact: true }).fill('Cykelsmeden Lindeby');
    await form.getByLabel('CVR-nummer (valgfri)').fill('25313764');
    await form.getByLabel('Branche', { exact: true }).selectOption({ label: 'Auto og mekanik' });
    await form.getByLabel('Breddegrad (valgfri)').fill('56,17');
    await form.getByLabel('Længdegrad (valgfri)').fill('10,21');
    await form.getByLabel('Cykelværksted').check();
    await form.getByRole('button', { name: 'Opret virksomhed' }).click();
    // The check digit is wrong: the field says so, and nothing was created.
    const cvrError = page.locator('#company-new-cvr-error');
    await cvrError.waitFor();
    expect(await cvrError.textContent()).toContain('CVR-nummeret er ikke gyldigt');
    expect(await page.locator('#company-new-cvr').getAttribute('aria-invalid')).toBe('true');
    await expectAccessible(page, 'new company with a wrong CVR', { anyImpact: true });

    await form.getByLabel('CVR-nummer (valgfri)').fill('25313763');
    await form.getByRole('button', { name: 'Opret virksomhed' }).click();
    await heading(page).getByText('Cykelsmeden Lindeby').waitFor();

    // A mentor at the company.
    await page.getByRole('button', { name: 'Tilføj kontaktperson' }).click();
    await page.getByLabel('Navn', { exact: true }).fill('Bo Cykelsmed');
    await page.getByLabel('Telefon (valgfri)').fill('20 30 40 50');
    await page.getByLabel('Mentor for unge i praktik').check();
    await page.getByRole('button', { name: 'Tilføj', exact: true }).click();
    const contacts = page.getByTestId('contacts');
    await contacts.getByRole('rowheader', { name: 'Bo Cykelsmed' }).waitFor();
    expect(await contacts.locator('tr', { hasText: 'Bo Cykelsmed' }).textContent()).toContain('Mentor');

    // Its relational capacity.
    await page.getByRole('button', { name: 'Ny vurdering' }).click();
    await page.getByLabel('Høj').check();
    await page.getByLabel('Begrundelse').fill('Bo har haft unge i praktik før og tager sig tid.');
    await page.getByRole('button', { name: 'Gem vurderingen' }).click();
    await page
      .getByTestId('capacity-current')
      .getByText(/Nu: Høj/)
      .waitFor();
    // The profile changes with the version the coordinator saw: the company promised a new place.
    await page.getByRole('button', { name: 'Ret profilen' }).click();
    const profile = page.getByRole('form', { name: 'Ret profilen' });
    await profile
      .getByLabel('Ny praktikplads efter en ansættelse')
      .selectOption({ label: 'Har lovet en ny plads' });
    await profile.getByLabel('Dato for svaret (valgfri)').fill('2026-01-15');
    await profile.getByRole('button', { name: 'Gem' }).click();
    await page.getByTestId('new-place').getByText('Har lovet en ny plads (15. januar 2026)').waitFor();
    await expectAccessible(page, 'company page', { anyImpact: true });
    await screenshot(page, 'company-page');

    // Found again by its work function, with the distance from Amalie's home.
    await page.getByRole('link', { name: 'Alle virksomheder' }).click();
    await page.getByLabel('Arbejdsfunktion').selectOption({ label: 'Cykelværksted' });
    await page.getByLabel('Afstand fra den unges hjem').selectOption({ label: 'Amalie Nielsen' });
    await page.getByRole('button', { name: 'Søg' }).click();
    const list = page.getByTestId('company-list');
    const row = list.locator('tr', { hasText: 'Cykelsmeden Lindeby' });
    await row.getByText('1,3 km').waitFor();
    expect(await row.textContent()).toContain('Høj');
    // The demo's bike shop offers the function too; the café does not, so it is filtered out.
    expect(await list.locator('tbody tr').count()).toBe(2);
    expect(await list.textContent()).toContain('Lindeby Cykler');
    expect(await list.textContent()).not.toContain('Café Lindely');
    await expectAccessible(page, 'company list filtered', { anyImpact: true });
    await page.context().close();
  });

  it('keeps the list usable at 360 px', async () => {
    const page = await newPage(browser, server.baseUrl, { width: 360, height: 780 });
    await signIn(page, 'koordinator');
    await page.goto('/virksomheder');
    const list = page.getByTestId('company-list');
    await list.getByRole('link', { name: 'Lindeby Vaskeri og Rens A/S' }).waitFor();
    // Nothing wider than the screen: no sideways scrolling to read a row.
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(360);
    await expectAccessible(page, 'company list at 360 px', { anyImpact: true });
    await screenshot(page, 'companies-360');
    await page.getByRole('link', { name: 'Lindeby Vaskeri og Rens A/S' }).click();
    await heading(page).getByText('Lindeby Vaskeri og Rens A/S').waitFor();
    await page.getByTestId('openings').getByRole('link', { name: 'Praktik i vaskeriet' }).waitFor();
    const wide = await page.evaluate(() =>
      [...document.querySelectorAll('body *')]
        .filter((e) => e.getBoundingClientRect().right > 361)
        .map((e) => `${e.tagName}.${e.className}#${e.id}`)
        .slice(0, 8),
    );
    expect(wide).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await expectAccessible(page, 'company page at 360 px', { anyImpact: true });
    await screenshot(page, 'company-360');
    await page.context().close();
  });

  it('lets the coordinator add a workshop with its mentor, and close it', async () => {
    const page = await newPage(browser, server.baseUrl);
    await signIn(page, 'koordinator');
    await page.goto('/virksomheder');
    await page.getByRole('link', { name: 'Institutionens egne værksteder' }).click();
    await heading(page).getByText('Værksteder').waitFor();
    await page.getByRole('button', { name: 'Nyt værksted' }).click();
    const form = page.getByRole('form', { name: 'Nyt værksted' });
    await form.getByLabel('Navn', { exact: true }).fill('Cykelværkstedet');
    await form.getByLabel('Cykelværksted').check();
    await form.getByLabel('Mette Værkstedsmentor').check();
    await form.getByRole('button', { name: 'Opret værksted' }).click();
    const row = page.getByTestId('workplaces').locator('tr', { hasText: 'Cykelværkstedet' });
    await row.waitFor();
    expect(await row.textContent()).toContain('Mette Værkstedsmentor');
    expect(await row.textContent()).toContain('Åbent');
    await expectAccessible(page, 'workshops', { anyImpact: true });

    await row.getByRole('button', { name: 'Ret Cykelværkstedet' }).click();
    const edit = page.getByRole('form', { name: 'Ret Cykelværkstedet' });
    await edit.getByLabel('Åbent').uncheck();
    await edit.getByRole('button', { name: 'Gem' }).click();
    await row.getByText('Lukket').waitFor();
    await page.context().close();
  });

  it('shows a company mentor no network', async () => {
    const page = await newPage(browser, server.baseUrl);
    await signIn(page, 'virksomhedsmentor');
    await page.goto('/virksomheder');
    await page.getByTestId('no-access').waitFor();
    await page.context().close();
  });
});
