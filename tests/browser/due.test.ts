import type { Browser } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { type BrowserApp, expectAccessible, newPage, setupBrowserSuite, signIn } from './support.ts';

let server: BrowserApp;
let browser: Browser;

setupBrowserSuite((suite) => {
  ({ server, browser } = suite);
});

describe('due dates on the course page and the young person’s own page', () => {
  it('shows the coordinator an overdue status letter on the course, as on the caseload', async () => {
    const page = await newPage(browser, server.baseUrl);
    await signIn(page, 'koordinator');
    const row = page.locator('tr', { hasText: 'Noah' });
    await row.waitFor();
    expect(await row.textContent()).toContain('Statusskrivelse');
    expect(await row.textContent()).toContain('overskredet');
    await page.goto(`/forloeb/${await server.courseOf('Noah')}`);
    const owed = page.getByTestId('owed');
    await owed.waitFor();
    const text = (await owed.textContent()) ?? '';
    expect(text).toMatch(/Statusskrivelse: .+– overskredet/);
    expect(text).toContain('Progressionsmåling: ');
    await expectAccessible(page, 'course overview with due dates');
    await page.context().close();
  });

  it('tells the young person, in plain words on a phone, what comes next', async () => {
    const page = await newPage(browser, server.baseUrl, { width: 360, height: 740 });
    await signIn(page, 'ung');
    const due = page.getByTestId('own-due');
    await due.waitFor();
    const lines = await due.locator('li').allTextContents();
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(
      /^Vi skal snakke om, hvor tæt du er på et arbejde\. Senest \d+\. \p{L}+ \d{4}\./u,
    );
    expect(lines[1]).toMatch(/^Vi skal skrive til jobcentret/);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await expectAccessible(page, 'own page with due dates', { anyImpact: true });
    await page.context().close();
  });
});
