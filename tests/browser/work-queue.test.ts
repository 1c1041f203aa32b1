import type { Browser } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { recordReminders } from '../../src/reminders/record.ts';
import {
  type BrowserApp,
  expectAccessible,
  heading,
  newPage,
  setupBrowserSuite,
  signIn,
  today,
} from './support.ts';

let server: BrowserApp;
let browser: Browser;

setupBrowserSuite((suite) => {
  ({ server, browser } = suite);
});

describe('the work queue and reminders', () => {
  it("shows the coordinator's overdue items, and opening one lands where it is done", async () => {
    const page = await newPage(browser, server.baseUrl);
    await signIn(page, 'koordinator');
    // Prominent from the start page.
    await page.getByRole('link', { name: 'Gå til min arbejdsliste' }).click();
    await page.waitForURL('**/arbejdsliste');
    // The address changes as the page's chunk is fetched; the page follows once it is in.
    await expect.poll(() => heading(page).textContent()).toBe('Min arbejdsliste');
    const overdue = page.locator('section', { has: page.getByRole('heading', { name: /^Overskredet/ }) });
    await overdue.getByRole('listitem').first().waitFor();
    const lines = await overdue.getByRole('listitem').allTextContents();
    expect(lines.some((l) => /^Ingen kontakt: Alex .*Ingen kontakt i 2\d dage/.test(l))).toBe(true);
    expect(lines.some((l) => l.startsWith('Opgave: Amalie') && l.includes('Ringe til praktikstedet'))).toBe(
      true,
    );
    // The momentum table says it in a column too.
    const alexRow = page.locator('tr', { hasText: 'Alex' });
    expect(await alexRow.textContent()).toContain('kontakten er tabt');
    await expectAccessible(page, 'work queue');

    const sofie = await server.courseOf('Sofie');
    await overdue.getByRole('link', { name: /^Progressionsmåling: Sofie/ }).click();
    await page.waitForURL(`**/forloeb/${sofie}/maalinger`);
    await page.getByRole('heading', { level: 2, name: 'Målinger' }).waitFor();
    await page.context().close();
  });

  it('counts unread reminders in the header and marks one read, on a phone', async () => {
    await recordReminders(server.database.db, today());
    const page = await newPage(browser, server.baseUrl, { width: 360, height: 740 });
    await signIn(page, 'koordinator');
    await page.getByRole('button', { name: 'Menu' }).click();
    const link = page.getByRole('link', { name: /^Påmindelser \(\d+\)$/ });
    const before = Number(/\((\d+)\)/.exec((await link.textContent()) ?? '')?.[1]);
    expect(before).toBeGreaterThan(0);
    await link.click();
    await page.waitForURL('**/paamindelser');
    await page
      .getByRole('button', { name: /^Markér som læst/ })
      .first()
      .click();
    await page.getByText(`${before - 1} ulæst`).waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await expectAccessible(page, 'reminders on a phone');
    await page.context().close();
  });
});
