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

setupBrowserSuite(async (suite) => {
  ({ server, browser } = suite);
});

const addDays = (day: string, by: number) => {
  const d = new Date(`${day}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + by);
  return d.toISOString().slice(0, 10);
};
/** A day as the app writes it in Danish: "3. juni 2026". */
const danish = (day: string) =>
  new Intl.DateTimeFormat('da-DK', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(`${day}T12:00:00Z`));
const plain = (text: string | null) => (text ?? '').replace(/\s+/g, ' ');
const step = (page: Page, kind: string) => page.getByTestId(`step-${kind}`);

const referred = addDays(today(), -6);
const firstContact = addDays(referred, 2);
const visit = addDays(referred, 3);
const startUp = addDays(today(), -1);

describe('the course workflow, from referral through visit and start-up', () => {
  let courseUrl = '';

  it('lets a caseworker refer a new young person, and opens the new course plan', async () => {
    const page = await newPage(browser, server.baseUrl);
    await signIn(page, 'sagsbehandler');
    await page.getByRole('main').getByRole('link', { name: 'Ny henvisning' }).click();
    await page.waitForURL('**/henvisning');
    await page.getByRole('heading', { level: 1, name: 'Ny henvisning' }).waitFor();
    // Nothing filled in: the summary names what is missing, and nothing is sent.
    await page.getByRole('button', { name: 'Henvis' }).click();
    await page.getByText('Udfyld »Fornavn«.', { exact: false }).first().waitFor();
    await page.getByLabel('Fornavn').fill('Nanna');
    await page.getByLabel('Efternavn').fill('Vestergaard');
    await page.getByLabel('Fødselsdato').fill('2004-03-09');
    await page.getByRole('radio', { name: 'Kvinde' }).check();
    await page.getByRole('checkbox', { name: 'kognitiv' }).check();
    await page.getByLabel('CPR-nummer').fill('090304-1238');
    await page.getByLabel('Henvisningsdato').fill(referred);
    await page
      .getByLabel('Indsatsplanen kort')
      .fill('Rehabiliteringsteamet: virksomhedsrettet forløb, fremmøde først.');
    await page.getByLabel('Bevilget længde').selectOption({ label: '36 måneder' });
    await page.getByRole('textbox', { name: /^Pakke/ }).fill('Pakke 2: værksted og praktik');
    expect(await page.getByLabel('Koordinerende sagsbehandler').locator('option:checked').textContent()).toBe(
      'Søren Sagsbehandler',
    );
    await page.getByLabel('Ungekoordinator').selectOption({ label: 'Karin Ungekoordinator' });
    await page
      .getByRole('checkbox', { name: 'Den unge har sagt ja til, at jobcentret ser forløbet' })
      .check();
    await expectAccessible(page, 'new referral');
    await page.getByRole('button', { name: 'Henvis' }).click();
    await page.waitForURL('**/forloeb/*/trin');
    courseUrl = new URL(page.url()).pathname;
    await page.getByRole('heading', { level: 1, name: 'Nanna Vestergaard' }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'Forløbsplan' }).waitFor();
    expect(plain(await step(page, 'referral').textContent())).toContain(danish(referred));
    expect(plain(await step(page, 'visit').textContent())).toContain('næste trin');
    expect(plain(await page.locator('.app-facts').textContent())).toContain('Pakke 2: værksted og praktik');
    await page.context().close();
  });

  it('lets the coordinator record the visit and the start-up with a start-up goal, and shows the dates in the history', async () => {
    const page = await newPage(browser, server.baseUrl);
    await signIn(page, 'koordinator');
    // The caseload shows where the new course stands.
    const row = page.locator('main table tbody tr', {
      has: page.getByRole('link', { name: 'Nanna Vestergaard' }),
    });
    await row.getByRole('link', { name: 'Første kontakt og besøg' }).click();
    await page.waitForURL(`**${courseUrl}`);
    const visitForm = page.getByRole('form', { name: 'Registrér: Første kontakt og besøg' });
    await visitForm.waitFor();
    // A first contact before the referral is refused by the server, naming the field.
    await visitForm.getByLabel('Dato for første kontakt').fill(addDays(referred, -1));
    await visitForm.getByLabel('Dato', { exact: true }).fill(visit);
    await visitForm.getByRole('radio', { name: 'Hjemme' }).check();
    await visitForm.getByLabel('Arbejdstid').fill('Mandag–torsdag 9–13');
    await visitForm.getByLabel('De første opgaver').fill('Se køkkenet\nMorgenmad med holdet');
    await visitForm.getByRole('button', { name: 'Gem trin' }).click();
    await visitForm.getByRole('link', { name: /Dato for første kontakt/ }).waitFor();
    await visitForm.getByLabel('Dato for første kontakt').fill(firstContact);
    await expectAccessible(page, 'visit step');
    await visitForm.getByRole('button', { name: 'Gem trin' }).click();
    await visitForm.waitFor({ state: 'detached' });
    expect(plain(await step(page, 'visit').textContent())).toContain(danish(visit));
    expect(plain(await page.locator('.app-facts').textContent())).toContain(danish(firstContact));

    // The trial period is optional: straight on to the start-up meeting.
    await step(page, 'startUp').getByRole('button', { name: 'Registrér Opstartsmøde' }).click();
    const startForm = page.getByRole('form', { name: 'Registrér: Opstartsmøde' });
    await startForm.getByLabel('Dato', { exact: true }).fill(startUp);
    expect(await startForm.getByLabel('Målet').inputValue()).toBe('Falde til og nå stabilt fremmøde');
    await startForm.getByRole('button', { name: 'Gem trin' }).click();
    await startForm.waitFor({ state: 'detached' });
    const started = plain(await step(page, 'startUp').textContent());
    expect(started).toContain(danish(startUp));
    expect(started).toContain('1 mål oprettet');
    expect(started).toContain('Karin Ungekoordinator');
    expect(plain(await page.locator('.app-facts').textContent())).toContain(danish(startUp));

    // A change to the visit is a new version; the history keeps both with their dates.
    await step(page, 'visit').getByRole('button', { name: 'Ret Første kontakt og besøg' }).click();
    const change = page.getByRole('form', { name: 'Ret: Første kontakt og besøg' });
    await change.getByLabel('Arbejdstid').fill('Mandag–fredag 9–14');
    await change.getByRole('button', { name: 'Gem ændring' }).click();
    await change.waitFor({ state: 'detached' });
    await step(page, 'visit').getByText('Historik (2 versioner)').click();
    const versions = step(page, 'visit').locator('.app-step-history li');
    expect(await versions.count()).toBe(2);
    expect(plain(await versions.first().textContent())).toContain(`Version 1: ${danish(visit)}`);
    await expectAccessible(page, 'course plan');
    await screenshot(page, 'course-steps');

    // The start-up goal is a real goal of the course.
    await page
      .getByRole('navigation', { name: 'Dele af forløbet' })
      .getByRole('link', { name: 'Mål', exact: true })
      .click();
    await page.getByText('Falde til og nå stabilt fremmøde').first().waitFor();
    await page.context().close();
  });

  it('fits a 360 px screen and is not offered to a company mentor', async () => {
    const page = await newPage(browser, server.baseUrl, { width: 360, height: 800 });
    await signIn(page, 'koordinator');
    await page.goto(courseUrl);
    await step(page, 'referral').waitFor();
    expect(await page.evaluate(() => document.scrollingElement?.scrollWidth ?? 0)).toBeLessThanOrEqual(360);
    await page.context().close();

    const mentor = await newPage(browser, server.baseUrl);
    await signIn(mentor, 'virksomhedsmentor');
    await mentor.goto(`/forloeb/${await server.courseOf('Amalie')}`);
    await mentor.getByRole('navigation', { name: 'Dele af forløbet' }).waitFor();
    expect(await mentor.getByRole('link', { name: 'Forløbsplan' }).count()).toBe(0);
    expect(await mentor.getByRole('link', { name: 'Ny henvisning' }).count()).toBe(0);
    await mentor.context().close();
  });
});
