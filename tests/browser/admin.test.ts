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

describe('administration', () => {
  it('an administrator lands on administration, creates a user and gets their one-time password', async () => {
    const page = await newPage(browser, server.baseUrl);
    await signIn(page, 'admin');
    await page.waitForURL('**/admin');
    await page.getByRole('heading', { level: 1, name: 'Administration' }).waitFor();
    await page.getByRole('rowheader', { name: 'koordinator', exact: true }).waitFor();
    await expectAccessible(page, 'administration');

    const form = page.getByRole('form', { name: 'Opret bruger' });
    await form.getByRole('button', { name: 'Opret bruger' }).click();
    // Nothing is sent while fields are missing; the summary names them.
    await form.getByText('Skriv personens navn.').first().waitFor();
    await form.getByLabel('Brugernavn').fill('nanna');
    await form.getByLabel('Navn', { exact: true }).fill('Nanna Jobkonsulent');
    await form.getByLabel('Organisation').selectOption({ label: 'Lindeby Erhvervsskole' });
    await form.getByLabel('Rolle').selectOption({ label: 'jobkonsulent' });
    await form.getByRole('button', { name: 'Opret bruger' }).click();
    const password = (await page.getByTestId('one-time-password').locator('code').textContent()) ?? '';
    expect(password).toMatch(/^[A-Za-z0-9_-]{16}$/);
    await page.getByRole('rowheader', { name: 'nanna', exact: true }).waitFor();
    await screenshot(page, 'admin');
    await page.context().close();

    // The new person signs in with it.
    const theirs = await newPage(browser, server.baseUrl);
    await signIn(theirs, 'nanna', password);
    await theirs.getByRole('heading', { level: 1, name: 'Mine forløb' }).waitFor();
    await theirs.context().close();
  });

  it('staff without the role do not get administration', async () => {
    const page = await newPage(browser, server.baseUrl);
    await signIn(page, 'koordinator');
    await page.getByRole('heading', { level: 1, name: 'Mine forløb' }).waitFor();
    expect(await page.getByRole('link', { name: 'Administration' }).count()).toBe(0);
    await page.goto('/admin');
    await page.getByRole('heading', { level: 1, name: 'Mine forløb' }).waitFor();
    const api = await page.evaluate(async () => (await fetch('/api/admin')).status);
    expect(api).toBe(404);
    await page.context().close();
  });
});
