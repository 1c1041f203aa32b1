import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type BrowserApp,
  expectAccessible,
  heading,
  launchBrowser,
  newPage,
  screenshot,
  signIn,
  startApp,
  today,
} from './support.ts';

let server: BrowserApp;
let browser: Browser;

beforeAll(async () => {
  server = await startApp();
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const statistics = 'Dine tal må bruges i statistik.';
const jobCentre = 'Jobcentret må se dine oplysninger.';

/** This month's attendance as the server counts it, so the sentence can be checked on any day. */
async function monthSummary(page: Page, courseId: string) {
  const res = await page.request.get(`/api/courses/${courseId}/attendance?month=${today().slice(0, 7)}`);
  expect(res.status()).toBe(200);
  const body = (await res.json()) as { summary: { presentDays: number; registeredDays: number } };
  return body.summary;
}

async function signInAsYoungPerson(page: Page) {
  await signIn(page, 'ung');
  await page.waitForURL('**/min-side');
  await heading(page).filter({ hasText: 'Min side' }).waitFor();
  await page.getByRole('heading', { level: 2, name: 'Mine samtykker' }).waitFor();
  await page.getByRole('article', { name: statistics }).waitFor();
  await page
    .getByTestId('own-attendance-sentence')
    .or(page.getByText(/Der er ikke skrevet fremmøde/))
    .waitFor();
  await page.waitForLoadState('networkidle');
}

describe("the young person's own page", () => {
  it('is where they land after signing in: goals, attendance, contacts and consents in easy words', async () => {
    const own = await server.courseOf('Amalie');
    const page = await newPage(browser, server.baseUrl);
    await signInAsYoungPerson(page);
    expect(await page.title()).toBe('Min side – ViVirk');
    expect(await heading(page).count()).toBe(1);
    expect(await page.getByRole('heading', { level: 2 }).allTextContents()).toEqual([
      'Mine mål',
      'Mit fremmøde',
      'Mine kontaktpersoner',
      'Mine samtykker',
    ]);
    await page.getByText('Hej Amalie.').waitFor();

    // Goals, with the learning circle as plain questions.
    const goal = page.getByRole('article', { name: 'Stabilt fremmøde i værkstedet' });
    await goal.getByRole('heading', { level: 3 }).waitFor();
    await goal.getByText('Du arbejder på det nu.').first().waitFor();
    await goal.getByText('Hvad vil jeg?').waitFor();
    await goal.getByText('At møde til tiden fire dage om ugen.').waitFor();
    await goal.getByText('Hvordan ser vi, om det virker?').waitFor();
    await page.getByRole('heading', { level: 4, name: /Komme i seng før kl\. 23/ }).waitFor();
    const html = await page.content();
    for (const jargon of ['Læringscirkel', 'læringscirkel', 'ressourceforløb', 'Ressourceforløb'])
      expect(html, jargon).not.toContain(jargon);

    // This month's attendance in one sentence.
    const summary = await monthSummary(page, own);
    if (summary.registeredDays > 0) {
      const unit = summary.registeredDays === 1 ? 'dag' : 'dage';
      await expect(page.getByTestId('own-attendance-sentence').textContent()).resolves.toMatch(
        new RegExp(`^Du er mødt ${summary.presentDays} af ${summary.registeredDays} ${unit} i `),
      );
    } else {
      await page.getByText(/Der er ikke skrevet fremmøde endnu/).waitFor();
    }

    // The people to talk to, with what they do; not the young person themself.
    const contacts = page.getByRole('region', { name: 'Mine kontaktpersoner' });
    await contacts.getByText('Karin Ungekoordinator').waitFor();
    await contacts.getByText('Ungekoordinator. Hjælper dig hele vejen.').waitFor();
    await contacts.getByText('Viktor Virksomhedsmentor').waitFor();
    expect(await contacts.getByText('Amalie Nielsen').count()).toBe(0);

    // Consents, each as a plain sentence.
    await page.getByRole('article', { name: jobCentre }).getByText('Ja. Det gælder nu.').waitFor();
    await page
      .getByRole('article', { name: 'Lindeby Tømrer ApS må se nogle af dine oplysninger.' })
      .waitFor();

    await screenshot(page, 'own-page');
    await expectAccessible(page, 'own page');
    await page.context().close();
  });

  it('fits a phone 360 px wide, also with the confirmation open', async () => {
    const page = await newPage(browser, server.baseUrl, { width: 360, height: 740 });
    await signInAsYoungPerson(page);
    const width = async () => page.evaluate(() => document.scrollingElement?.scrollWidth ?? 0);
    expect(await width(), 'horizontal overflow on the own page').toBeLessThanOrEqual(360);
    await screenshot(page, 'own-page-phone');
    await expectAccessible(page, 'own page at 360 px');

    await page.getByRole('button', { name: `Træk tilbage: ${jobCentre}` }).click();
    await page.getByText('Er du sikker?').waitFor();
    expect(await width(), 'horizontal overflow with the confirmation open').toBeLessThanOrEqual(360);
    await expectAccessible(page, 'own page confirmation at 360 px');

    // Saying no changes nothing and puts focus back on the button.
    await page.getByRole('button', { name: 'Nej, fortryd' }).click();
    await page.waitForFunction(() => document.activeElement?.textContent?.startsWith('Træk tilbage'));
    await page.getByRole('article', { name: jobCentre }).getByText('Ja. Det gælder nu.').waitFor();
    await page.context().close();
  });

  it('lets them take back the statistics consent, after a plain confirmation, at once', async () => {
    const own = await server.courseOf('Amalie');
    const page = await newPage(browser, server.baseUrl);
    await signInAsYoungPerson(page);
    const consent = page.getByRole('article', { name: statistics });
    await consent.getByText('Ja. Det gælder nu.').waitFor();

    await consent.getByRole('button', { name: `Træk tilbage: ${statistics}` }).click();
    await consent.getByText('Er du sikker?').waitFor();
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Er du sikker?');
    await consent.getByText('Dine tal bliver ikke brugt i statistik mere.').waitFor();
    await consent.getByText('Det gælder med det samme.').waitFor();
    await screenshot(page, 'own-page-confirm');
    await consent.getByRole('button', { name: 'Ja, træk tilbage' }).click();

    await consent.getByText(/^Nej\. Det blev trukket tilbage/).waitFor();
    await page
      .getByRole('status')
      .filter({ hasText: `Du har trukket det tilbage: ${statistics}` })
      .waitFor();
    expect(await consent.getByRole('button').count()).toBe(0);
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(statistics);

    // It is recorded: after a reload it still says withdrawn, and the server agrees.
    await page.reload();
    await page
      .getByRole('article', { name: statistics })
      .getByText(/^Nej\. Det blev trukket tilbage/)
      .waitFor();
    await page.getByRole('article', { name: jobCentre }).getByText('Ja. Det gælder nu.').waitFor();
    const res = await page.request.get(`/api/courses/${own}/consents`);
    const { consents } = (await res.json()) as {
      consents: Array<{ purpose: string; withdrawnOn: string | null; active: boolean }>;
    };
    const stats = consents.find((c) => c.purpose === 'statistics');
    expect(stats).toMatchObject({ withdrawnOn: today(), active: false });
    await expectAccessible(page, 'own page after withdrawal');
    await page.context().close();
  });

  it('is not for staff: they stay on their caseload', async () => {
    const page = await newPage(browser, server.baseUrl);
    await signIn(page, 'koordinator');
    await page.getByRole('heading', { level: 1, name: 'Mine forløb' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/');
    await page.goto('/min-side');
    await page.waitForURL((url) => url.pathname === '/');
    await page.getByRole('heading', { level: 1, name: 'Mine forløb' }).waitFor();
    await page.context().close();
  });
});
