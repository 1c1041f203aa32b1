import { readFile } from 'node:fs/promises';
import type { Browser } from 'playwright-core';
import { describe, expect, it } from 'vitest';
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

describe('status letters', () => {
  it('drafts, edits and approves a letter, downloads its PDF, and sees when the caseworker has read it', async () => {
    const courseId = await server.courseOf('Emil');
    const page = await newPage(browser, server.baseUrl);
    await signIn(page, 'koordinator');
    await page.goto(`/forloeb/${courseId}`);
    await page.getByRole('link', { name: 'Statusbreve' }).click();
    await page.getByRole('button', { name: 'Lav udkast' }).click();
    const goals = page.getByLabel('Mål og læringscirkel');
    await goals.waitFor();
    expect(await page.getByLabel('Fremmøde', { exact: true }).inputValue()).toMatch(
      /Den unge mødte op \d+ af dem/,
    );
    await expectAccessible(page, 'status letter draft');
    await screenshot(page, 'status-letter-draft');

    await goals.fill('Emil arbejder med at møde til tiden. Det går bedre.');
    await page.getByRole('button', { name: 'Gem udkast' }).click();
    await page.locator('p.app-saved', { hasText: 'Udkastet er gemt.' }).waitFor();
    await page.getByRole('button', { name: 'Godkend statusbrev' }).click();
    await page.waitForURL(/\/statusbreve\/[0-9a-f-]{36}$/);
    await page.getByText('Emil arbejder med at møde til tiden. Det går bedre.').waitFor();
    await page.getByText('Ikke læst endnu af sagsbehandleren').waitFor();
    await expectAccessible(page, 'approved status letter');
    await screenshot(page, 'status-letter-approved');

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Hent som PDF' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^statusbrev-emil-pedersen-\d{4}-\d{2}-\d{2}\.pdf$/);
    const bytes = await readFile((await download.path()) ?? '');
    expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
    const letterUrl = page.url();

    // The caseworker sees the new letter on their caseload at once, and reads it.
    const caseworker = await newPage(browser, server.baseUrl);
    await signIn(caseworker, 'sagsbehandler');
    const row = caseworker.locator('tr', { hasText: 'Emil' });
    await row.getByRole('link', { name: 'Nyt statusbrev' }).click();
    await caseworker.getByRole('heading', { name: 'Godkendte statusbreve' }).waitFor();
    await caseworker
      .getByRole('link', { name: /^Statusbrev .+ – / })
      .first()
      .click();
    await caseworker.getByText('Emil arbejder med at møde til tiden. Det går bedre.').waitFor();
    await expectAccessible(caseworker, 'status letter as the caseworker reads it');
    await caseworker.goto('/');
    await caseworker.locator('tr', { hasText: 'Emil' }).waitFor();
    expect(await caseworker.locator('tr', { hasText: 'Emil' }).textContent()).not.toContain('Nyt statusbrev');
    await caseworker.context().close();

    await page.goto(letterUrl);
    await page.getByText(/^Læst af Søren Sagsbehandler den /).waitFor();
    await screenshot(page, 'status-letter-read');
    await page.context().close();
  });

  it('shows the logbook with letters and notes, filtered, ready to print, on a phone', async () => {
    const courseId = await server.courseOf('Amalie');
    const page = await newPage(browser, server.baseUrl, { width: 360, height: 740 });
    await signIn(page, 'koordinator');
    await page.goto(`/forloeb/${courseId}/logbog`);
    const status = page.getByRole('status').filter({ hasText: /poster? i logbogen/ });
    await status.waitFor();
    expect(await page.getByRole('heading', { name: /^Statusbrev / }).count()).toBeGreaterThan(0);
    await page.getByRole('button', { name: 'Udskriv' }).waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await expectAccessible(page, 'logbook');
    await screenshot(page, 'logbook-phone');

    await page.getByLabel('Vis').selectOption('note');
    await page.waitForURL(/art=note/);
    await status.waitFor();
    expect(await page.getByRole('heading', { name: /^Statusbrev / }).count()).toBe(0);
    // Printing shows the record only: no filters, no tabs.
    await page.emulateMedia({ media: 'print' });
    expect(await page.getByRole('button', { name: 'Udskriv' }).isVisible()).toBe(false);
    await page.context().close();
  });
});
