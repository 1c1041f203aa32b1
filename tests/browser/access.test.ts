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

describe('refusals', () => {
  it("a caseworker from another municipality gets 'not found or no access' and no participant data", async () => {
    const lindebyCourse = await server.courseOf('Freja');
    const page = await newPage(browser, server.baseUrl);
    await signIn(page, 'nordby');
    // Their own caseload holds only their own course.
    await page.getByRole('link', { name: 'Oskar Nordmand' }).waitFor();
    expect(await page.locator('main table tbody tr').count()).toBe(1);

    for (const path of [
      `/forloeb/${lindebyCourse}`,
      `/forloeb/${lindebyCourse}/journal`,
      `/forloeb/${lindebyCourse}/maal`,
    ]) {
      await page.goto(path);
      await page
        .getByRole('heading', { level: 1, name: 'Forløbet findes ikke, eller du har ikke adgang' })
        .waitFor();
      const html = await page.content();
      for (const leak of ['Freja', 'Andersen', 'Lindeby', 'CPR', 'Journalnotater'])
        expect(html, leak).not.toContain(leak);
      expect(await page.getByRole('navigation', { name: 'Dele af forløbet' }).count()).toBe(0);
    }
    await screenshot(page, 'no-access');
    await expectAccessible(page, 'no access');
    await page.context().close();
  });

  it('an address that is not a course id at all gets the same page', async () => {
    const page = await newPage(browser, server.baseUrl);
    await signIn(page, 'koordinator');
    await page.goto('/forloeb/ikke-et-forloeb');
    await page
      .getByRole('heading', { level: 1, name: 'Forløbet findes ikke, eller du har ikke adgang' })
      .waitFor();
    await page.goto('/findes/ikke');
    await page.getByRole('heading', { level: 1, name: 'Siden findes ikke' }).waitFor();
    await expectAccessible(page, 'page not found');
    await page.context().close();
  });
});

describe('on a phone, 360 px wide', () => {
  const noOverflow = async (page: import('playwright-core').Page, label: string) => {
    const width = await page.evaluate(() => document.scrollingElement?.scrollWidth ?? 0);
    expect(width, `horizontal overflow on ${label}`).toBeLessThanOrEqual(360);
  };

  it('has no horizontal scrolling on the caseload and any part of the course page', async () => {
    const courseId = await server.courseOf('Freja');
    const page = await newPage(browser, server.baseUrl, { width: 360, height: 740 });
    await signIn(page, 'koordinator');
    await page.getByRole('heading', { level: 1, name: 'Mine forløb' }).waitFor();
    await page.getByRole('link', { name: 'Freja Andersen' }).waitFor();
    await noOverflow(page, 'caseload');
    await screenshot(page, 'phone-caseload');
    await expectAccessible(page, 'caseload at 360 px');

    const parts: Array<[string, string, string]> = [
      ['', 'Overblik', 'phone-overview'],
      ['/journal', 'Journal', 'phone-journal'],
      ['/fremmoede', 'Fremmøde', 'phone-attendance'],
      ['/maal', 'Mål', 'phone-goals'],
    ];
    for (const [suffix, title, shot] of parts) {
      await page.goto(`/forloeb/${courseId}${suffix}`);
      await page.getByRole('heading', { level: 2, name: title, exact: true }).waitFor();
      await page.waitForLoadState('networkidle');
      await noOverflow(page, title);
      await screenshot(page, shot);
      await expectAccessible(page, `${title} at 360 px`);
    }
    // With the forms open, too.
    await page.getByRole('button', { name: 'Nyt mål' }).click();
    await page.getByRole('button', { name: 'Opret mål' }).waitFor();
    await noOverflow(page, 'new goal form');
    await page
      .getByRole('button', { name: /^Vis historik/ })
      .first()
      .click();
    await page.getByRole('heading', { name: 'Historik' }).first().waitFor();
    await noOverflow(page, 'goal history');
    await screenshot(page, 'phone-goal-forms');
    await page.context().close();
  });

  it('keeps the header to one short row and the course tabs to one row that scrolls, also by keyboard', async () => {
    const courseId = await server.courseOf('Freja');
    const page = await newPage(browser, server.baseUrl, { width: 360, height: 740 });
    await signIn(page, 'koordinator');
    await page.goto(`/forloeb/${courseId}/fremmoede`);
    await page.getByRole('heading', { level: 2, name: 'Fremmøde', exact: true }).waitFor();
    await page.waitForLoadState('networkidle');
    const header = await page.locator('header').boundingBox();
    expect(header?.height, 'header height at 360 px').toBeLessThanOrEqual(64);
    await noOverflow(page, 'course attendance');

    // The course tabs in one row, not wrapped.
    const tabs = page.getByRole('navigation', { name: 'Dele af forløbet' }).getByRole('link');
    const tops = await tabs.evaluateAll((links) =>
      links.map((l) => Math.round(l.getBoundingClientRect().top)),
    );
    // Overblik, Journal, Fremmøde, Mål, Netværk, Målinger, Møder, Praktik og job, Statusbreve, Logbog, Forløbsplan.
    expect(tops).toHaveLength(11);
    expect(new Set(tops).size, 'tabs on one line').toBe(1);
    // Tab reaches every one of them, and the focused one scrolls into sight.
    await tabs.first().focus();
    for (let i = 0; i < 5; i += 1) await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Målinger');
    const focused = await tabs.nth(5).boundingBox();
    expect((focused?.x ?? 0) + (focused?.width ?? 999)).toBeLessThanOrEqual(360);
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 2, name: 'Målinger', exact: true }).waitFor();
    await page.waitForLoadState('networkidle');
    await noOverflow(page, 'course measurements');

    // The person's menu folds behind one button, opened and closed from the keyboard.
    const toggle = page.getByRole('button', { name: 'Menu' });
    expect(await page.getByRole('button', { name: 'Log ud' }).isVisible()).toBe(false);
    await toggle.focus();
    await page.keyboard.press('Enter');
    expect(await toggle.getAttribute('aria-expanded')).toBe('true');
    await page.getByRole('link', { name: 'Mine log ind' }).waitFor({ state: 'visible' });
    await page.getByRole('button', { name: 'Log ud' }).waitFor({ state: 'visible' });
    await noOverflow(page, 'menu open');
    await screenshot(page, 'phone-menu-open');
    await expectAccessible(page, 'menu open at 360 px');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Escape');
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Menu');
    expect(await page.getByRole('button', { name: 'Log ud' }).isVisible()).toBe(false);
    await page.context().close();
  });

  it('a company mentor on a phone can register attendance in a few taps', async () => {
    const courseId = await server.courseOf('Amalie');
    const page = await newPage(browser, server.baseUrl, { width: 360, height: 740 });
    await signIn(page, 'virksomhedsmentor');
    await page.getByRole('link', { name: 'Amalie Nielsen' }).click();
    await page.getByRole('link', { name: 'Fremmøde', exact: true }).click();
    await page.waitForURL(`**/forloeb/${courseId}/fremmoede`);
    await page.getByLabel('Mødt').check();
    await page.getByRole('button', { name: 'Gem fremmøde' }).click();
    await page.getByText('er gemt', { exact: false }).first().waitFor();
    await noOverflow(page, 'company mentor attendance');
    await screenshot(page, 'phone-company-mentor-attendance');
    await page.context().close();
  });

  it('a company mentor sees only what the young person shares with the company, and no health data', async () => {
    const courseId = await server.courseOf('Amalie');
    const page = await newPage(browser, server.baseUrl, { width: 360, height: 740 });
    await signIn(page, 'virksomhedsmentor');
    await page.getByRole('link', { name: 'Amalie Nielsen' }).click();
    await page.waitForURL(`**/forloeb/${courseId}`);
    // What Amalie shares with Lindeby Tømrer, in words.
    const shared = page.getByRole('region', { name: 'Det deler den unge med jer' });
    await shared.waitFor();
    expect(await shared.getByRole('listitem').allTextContents()).toEqual([
      'kontaktoplysninger',
      'støttebehov',
      'mål',
      'fremmøde',
      'notater skrevet til dem',
      'møder',
      'parallelle indsatser',
      'netværk',
      'praktik- og jobaftale',
    ]);
    await expectAccessible(page, 'company mentor overview at 360 px');
    await noOverflow(page, 'company mentor overview');
    const overview = await page.content();
    // No course administration, CPR, disability or pause reasons.
    for (const hidden of [
      'CPR-nummer',
      'Funktionsnedsættelse',
      'Bevilget',
      'Henvist',
      'Status og historik',
      'Indlagt',
    ])
      expect(overview, hidden).not.toContain(hidden);
    await screenshot(page, 'phone-company-mentor-overview');

    await page.getByRole('link', { name: 'Mål', exact: true }).click();
    await page.getByRole('heading', { level: 2, name: 'Mål', exact: true }).waitFor();
    await page.getByText('Stabilt fremmøde i værkstedet').first().waitFor();
    const goals = await page.content();
    for (const health of ['Gå til psykolog', 'Angst skal fylde mindre'])
      expect(goals, health).not.toContain(health);
    await expectAccessible(page, 'company mentor goals at 360 px');

    await page.getByRole('link', { name: 'Journal', exact: true }).click();
    await page.getByRole('heading', { level: 2, name: 'Journal', exact: true }).waitFor();
    await page.getByText('Var på snusetur hos Lindeby Tømrer', { exact: false }).first().waitFor();
    expect(await page.content()).not.toContain('medicin');

    await page.getByRole('link', { name: 'Fremmøde', exact: true }).click();
    await page.getByText('Du ser kun dage på jeres arbejdsplads.').waitFor();
    // Only days at the company are listed.
    const places = await page.locator('main table tbody td[data-title="Sted"]').allTextContents();
    expect(places.length).toBeGreaterThan(0);
    expect(new Set(places)).toEqual(new Set(['Lindeby Tømrer ApS']));
    await noOverflow(page, 'company mentor attendance month');
    await expectAccessible(page, 'company mentor attendance at 360 px');

    // The same leaves the server: the API answers without the fields, not merely hidden in the page.
    const api = await page.evaluate(async (id) => (await fetch(`/api/courses/${id}`)).json(), courseId);
    expect(api.participant.sensitive).toBeUndefined();
    expect(api.course.status).toBeUndefined();
    await page.context().close();
  });
});
