import type { Browser } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  type BrowserApp,
  cspViolations,
  expectAccessible,
  heading,
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

describe('signing in', () => {
  it('shows the sign-in page in Danish, accessibly', async () => {
    const page = await newPage(browser, server.baseUrl);
    await page.goto('/');
    await page.waitForURL(/\/logind/);
    await expect(heading(page).textContent()).resolves.toBe('Log ind');
    expect(await page.getAttribute('html', 'lang')).toBe('da');
    await expect(page.getByLabel('Brugernavn').isVisible()).resolves.toBe(true);
    await expect(page.getByLabel('Adgangskode').isVisible()).resolves.toBe(true);
    await screenshot(page, 'sign-in');
    await expectAccessible(page, 'sign-in');

    // The first Tab reaches the skip link, which takes keyboard users past the header.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Gå til indhold');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.activeElement?.id === 'main-content');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('username');
    await page.context().close();
  });

  it('runs under a Content-Security-Policy that blocks injected inline script, and reports it', async () => {
    const page = await newPage(browser, server.baseUrl);
    await page.goto('/logind');
    await heading(page).waitFor();
    const ran = await page.evaluate(async () => {
      const script = document.createElement('script');
      script.textContent = 'window.injectedRan = true';
      document.body.append(script);
      await new Promise((resolve) => setTimeout(resolve, 200));
      return (window as unknown as { injectedRan?: boolean }).injectedRan === true;
    });
    expect(ran).toBe(false);
    // The collector every browser test relies on saw it; taken off the list so this test passes.
    const reported = cspViolations.splice(0);
    expect(reported.map((v) => v.directive)).toContain('script-src-elem');
    await page.context().close();
  });

  it('names missing fields in an error summary that links to them', async () => {
    const page = await newPage(browser, server.baseUrl);
    await page.goto('/logind');
    await page.getByRole('button', { name: 'Log ind' }).click();
    const summary = page.getByText('Ret dette, før du gemmer:');
    await summary.waitFor();
    await page.getByRole('link', { name: 'Skriv dit brugernavn.' }).click();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('username');
    expect(await page.getByLabel('Brugernavn').getAttribute('aria-invalid')).toBe('true');
    await expectAccessible(page, 'sign-in with errors');
    await page.context().close();
  });

  it('says so in Danish when the password is wrong, and when the account is locked', async () => {
    const page = await newPage(browser, server.baseUrl);
    await page.goto('/logind');
    await page.getByLabel('Brugernavn').fill('leder');
    await page.getByLabel('Adgangskode').fill('forkert');
    await page.getByRole('button', { name: 'Log ind' }).click();
    await page.getByText('Brugernavn eller adgangskode er forkert. Prøv igen.').waitFor();
    expect(new URL(page.url()).pathname).toBe('/logind');
    await screenshot(page, 'sign-in-wrong-password');
    await expectAccessible(page, 'sign-in wrong password');

    // Four more failures lock the username for 15 minutes, even for the right password.
    for (let i = 0; i < 4; i++) {
      await page.getByLabel('Adgangskode').fill(`forkert-${i}`);
      await page.getByRole('button', { name: 'Log ind' }).click();
      await page.getByLabel('Adgangskode').and(page.locator('[value=""]')).waitFor();
    }
    await page.getByLabel('Adgangskode').fill('demo');
    await page.getByRole('button', { name: 'Log ind' }).click();
    await page.getByText('Du har prøvet for mange gange. Vent 15 minutter, og prøv så igen.').waitFor();
    expect(new URL(page.url()).pathname).toBe('/logind');
    await page.context().close();
  });

  it('takes an unauthenticated visitor to sign-in and then back where they were going', async () => {
    const courseId = await server.courseOf('Freja');
    const page = await newPage(browser, server.baseUrl);
    await page.goto(`/forloeb/${courseId}/journal`);
    await page.waitForURL(/\/logind\?redirect=/);
    await signIn(page, 'koordinator');
    await page.waitForURL(`**/forloeb/${courseId}/journal`);
    await page.getByRole('heading', { level: 1, name: /Freja Andersen/ }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'Journal' }).waitFor();
    await page.context().close();
  });

  it('signs out with Log ud, after which pages need signing in again', async () => {
    const page = await newPage(browser, server.baseUrl);
    await signIn(page, 'koordinator');
    await page.getByRole('button', { name: 'Log ud' }).click();
    await page.waitForURL(/\/logind/);
    await page.goto('/');
    await page.waitForURL(/\/logind/);
    const me = await page.request.get('/api/auth/me');
    expect(me.status()).toBe(401);
    await page.context().close();
  });

  it('switches to English and back, changing labels and lang, and remembers the choice', async () => {
    const page = await newPage(browser, server.baseUrl);
    await page.goto('/logind');
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByLabel('Username').waitFor();
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    await expect(heading(page).textContent()).resolves.toBe('Sign in');
    await expect(page.getByRole('button', { name: 'Sign in' }).isVisible()).resolves.toBe(true);
    await expectAccessible(page, 'sign-in in English');

    await page.reload();
    await page.getByLabel('Username').waitFor();
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    await page.getByLabel('Username').fill('koordinator');
    await page.getByLabel('Password').fill('demo');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('heading', { level: 1, name: 'My courses' }).waitFor();
    await page.getByRole('columnheader', { name: 'Attendance this month' }).waitFor();
    await screenshot(page, 'caseload-english');

    await page.getByRole('button', { name: 'Dansk' }).click();
    await page.getByRole('heading', { level: 1, name: 'Mine forløb' }).waitFor();
    expect(await page.getAttribute('html', 'lang')).toBe('da');
    await expect(page.getByRole('button', { name: 'Log ud' }).isVisible()).resolves.toBe(true);
    await page.context().close();
  });

  it('a person sees where they are signed in and signs out another place', async () => {
    const desk = await newPage(browser, server.baseUrl);
    await signIn(desk, 'mentor');
    await desk.getByRole('heading', { level: 1, name: 'Mine forløb' }).waitFor();
    const phone = await newPage(browser, server.baseUrl, { width: 360, height: 740 });
    await signIn(phone, 'mentor');
    await phone.getByRole('heading', { level: 1, name: 'Mine forløb' }).waitFor();

    await desk.getByRole('link', { name: 'Mine log ind' }).click();
    await desk.getByRole('heading', { level: 1, name: 'Hvor er jeg logget ind?' }).waitFor();
    await desk.getByText('Her (denne browser)').waitFor();
    await expectAccessible(desk, 'sessions');
    const ends = desk.getByRole('button', { name: /^Log ud dér/ });
    expect(await ends.count()).toBeGreaterThanOrEqual(1);
    // End every other place: the phone's next request finds itself signed out.
    for (let i = 0; i < 10; i++) {
      const before = await ends.count();
      if (before === 0) break;
      // The list refreshes after each end: click, then wait until it is one shorter.
      await ends
        .first()
        .click({ timeout: 5_000 })
        .catch(() => {});
      await expect.poll(() => ends.count(), { timeout: 5_000 }).toBeLessThan(before);
    }
    expect(await ends.count()).toBe(0);
    await phone.reload();
    await phone.waitForURL(/\/logind/);
    await desk.reload();
    await desk.getByText('Her (denne browser)').waitFor();

    // The same page keeps the person's work phone: a wrong one is named at the field, a right one saved.
    const number = desk.getByLabel(/^Telefonnummer/);
    await number.fill('ring til Mette');
    await desk.getByRole('button', { name: 'Gem telefonnummer' }).click();
    await desk.locator('#profile-phone-error').waitFor();
    await number.fill('20 11 22 33');
    await desk.getByRole('button', { name: 'Gem telefonnummer' }).click();
    await desk.locator('p.app-saved', { hasText: 'Telefonnummeret er gemt.' }).waitFor();
    await desk.reload();
    await expect.poll(() => desk.getByLabel(/^Telefonnummer/).inputValue()).toBe('20 11 22 33');
    await desk.context().close();
    await phone.context().close();
  });
});
