import type { Browser } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  type BrowserApp,
  expectAccessible,
  heading,
  newPage,
  screenshot,
  setupBrowserSuite,
  signIn,
  today,
} from './support.ts';

let server: BrowserApp;
let browser: Browser;

setupBrowserSuite((suite) => {
  ({ server, browser } = suite);
});

const fitsWidth = async (page: import('playwright-core').Page, width: number) =>
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);

describe('the shared meeting overview', () => {
  it('shows the coordinator the meetings in week and month views, each a link to the meeting', async () => {
    const page = await newPage(browser, server.baseUrl);
    await signIn(page, 'koordinator');
    await page.getByRole('navigation', { name: 'Hovedmenu' }).getByRole('link', { name: 'Møder' }).click();
    await heading(page).filter({ hasText: 'Møder' }).waitFor();
    const view = page.getByTestId('meetings-view');
    await view.waitFor();
    expect(await view.getAttribute('data-view')).toBe('week');
    // The week: seven days, Monday first, as a list.
    const days = view.locator('ol.meetings-week > li');
    expect(await days.count()).toBe(7);
    expect(await days.first().getByRole('heading', { level: 3 }).textContent()).toMatch(/^man\./);
    await expectAccessible(page, 'meetings, week', { anyImpact: true });

    // The month: a table of weeks; the development group's meeting in 14 days is in it or the next.
    await page.getByRole('link', { name: 'Måned', exact: true }).click();
    await page.waitForURL(/visning=maaned/);
    const table = page.getByRole('table', { name: /^Møder i / });
    await table.waitFor();
    expect(await table.getByRole('columnheader').allTextContents()).toEqual([
      'mandag',
      'tirsdag',
      'onsdag',
      'torsdag',
      'fredag',
      'lørdag',
      'søndag',
    ]);
    let group = page.getByRole('link', { name: /Udviklingsgruppe/ });
    if ((await group.count()) === 0) {
      await page.getByRole('link', { name: 'Næste måned' }).click();
      group = page.getByRole('link', { name: /Udviklingsgruppe/ });
    }
    await group.first().waitFor();
    // A course meeting links to the course's meeting page, with the young person's name beside it.
    const courseLink = table.locator('a[href^="/forloeb/"]').first();
    expect(await courseLink.getAttribute('href')).toMatch(
      /^\/forloeb\/[0-9a-f-]{36}\/moeder\/[0-9a-f-]{36}$/,
    );
    await expectAccessible(page, 'meetings, month', { anyImpact: true });
    await screenshot(page, 'meetings-month');

    // Keyboard: Tab reaches the meeting links in the calendar.
    await courseLink.focus();
    expect(await page.evaluate(() => document.activeElement?.getAttribute('href'))).toMatch(/^\/forloeb\//);

    // The partnership meeting opens read-only.
    await group.first().click();
    await heading(page).filter({ hasText: 'Udviklingsgruppe' }).waitFor();
    await page
      .getByText(/Lindeby Rådhus/)
      .first()
      .waitFor();
    await expectAccessible(page, 'partnership meeting', { anyImpact: true });
    await page.context().close();
  });

  it('shows the company mentor only the meeting they are invited to', async () => {
    const page = await newPage(browser, server.baseUrl);
    await signIn(page, 'virksomhedsmentor');
    await page.goto(`/moeder?visning=liste&dato=${today()}`);
    const view = page.getByTestId('meetings-view');
    await view.waitFor();
    const links = view.getByRole('link');
    expect(await links.count()).toBe(1);
    expect(await view.textContent()).toContain('Du er inviteret');
    expect(await view.textContent()).toContain('Lindeby Tømrer ApS');
    await page.context().close();
  });

  it('collapses the week to a day list at 360 px', async () => {
    const page = await newPage(browser, server.baseUrl, { width: 360, height: 740 });
    await signIn(page, 'koordinator');
    await page.goto(`/moeder?visning=uge&dato=${today()}`);
    await page.getByTestId('meetings-view').waitFor();
    const [first, second] = await page
      .locator('ol.meetings-week > li')
      .evaluateAll((days) => days.slice(0, 2).map((d) => d.getBoundingClientRect().top));
    expect(second).toBeGreaterThan(first ?? 0);
    await fitsWidth(page, 360);
    await page.goto(`/moeder?visning=maaned&dato=${today()}`);
    await page.getByRole('table').waitFor();
    await fitsWidth(page, 360);
    await expectAccessible(page, 'meetings, month at 360 px', { anyImpact: true });
    await page.context().close();
  });

  it('makes, copies and stops a calendar address, with the steps for Outlook', async () => {
    const page = await newPage(browser, server.baseUrl);
    await signIn(page, 'koordinator');
    await page.goto('/moeder');
    const section = page.getByRole('region', { name: 'Kalender: mine møder i Outlook' });
    await section.getByText('Du har ingen kalenderadresse.').waitFor();
    await section.getByText(/Tilføj kalender → Fra internettet/).waitFor();
    await section.getByRole('button', { name: 'Lav en kalenderadresse' }).click();
    const address = section.getByLabel('Din kalenderadresse');
    await address.waitFor();
    const url = await address.inputValue();
    expect(url).toMatch(/\/api\/calendar\/[A-Za-z0-9_-]{43}\.ics$/);
    const feed = await page.request.get(new URL(url).pathname);
    expect(feed.status()).toBe(200);
    expect(await feed.text()).toContain('BEGIN:VEVENT');
    await section.getByText(/Du har en kalenderadresse, lavet/).waitFor();
    await expectAccessible(page, 'calendar feed', { anyImpact: true });
    await section.getByRole('button', { name: 'Stop kalenderadressen' }).click();
    await section.getByText('Du har ingen kalenderadresse.').waitFor();
    expect((await page.request.get(new URL(url).pathname)).status()).toBe(404);
    await page.context().close();
  });
});

describe('"Følte du dig hørt?"', () => {
  it('lets the young person answer on a 360 px screen, and the answer is stored', async () => {
    const page = await newPage(browser, server.baseUrl, { width: 360, height: 740 });
    await signIn(page, 'ung');
    await page.waitForURL('**/min-side');
    const section = page.getByRole('region', { name: 'Følte du dig hørt?' });
    await section.waitFor();
    await section.getByText(/^Mødet: Møde om din plan, /).waitFor();
    const next = page.getByTestId('own-next-meetings');
    await next.waitFor();
    // Her next meeting in easy words: when and where (the demo's follow-up at the company comes first).
    expect(await next.textContent()).toMatch(/Hvornår: .*Hvor: Lindeby Tømrer ApS/);
    await fitsWidth(page, 360);
    await expectAccessible(page, 'felt heard at 360 px', { anyImpact: true });

    // Sending without choosing says what to do.
    await section.getByRole('button', { name: 'Send mit svar' }).click();
    await page.getByText('Vælg Ja, Lidt eller Nej.').first().waitFor();
    // The three answers are big targets.
    const lidt = section.locator('label', { hasText: 'Lidt' });
    const box = await lidt.boundingBox();
    expect(box?.height ?? 0).toBeGreaterThanOrEqual(48);
    await lidt.click();
    await section.getByRole('button', { name: 'Send mit svar' }).click();
    await section.getByText('Tak for dit svar.').waitFor();

    const stored = await server.database.db
      .selectFrom('meeting_feedback as f')
      .innerJoin('meetings as m', 'm.id', 'f.meeting_id')
      .innerJoin('participants as p', 'p.id', 'f.participant_id')
      .select(['f.answer', 'm.kind'])
      .where('p.given_name', '=', 'Amalie')
      .where('m.kind', '=', 'evaluation')
      .execute();
    expect(stored).toEqual([{ answer: 'partly', kind: 'evaluation' }]);

    // Answered once: the question is gone on the next visit.
    await page.reload();
    await page.getByTestId('own-next-meetings').waitFor();
    expect(await page.getByRole('region', { name: 'Følte du dig hørt?' }).count()).toBe(0);
    await page.context().close();
  });
});
