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

describe('the network tab: the map, its list and the parallel efforts', () => {
  it('lets the coordinator add a person and a health effort, and shows the person on the map and in its list', async () => {
    const page = await newPage(browser, server.baseUrl);
    await signIn(page, 'koordinator');
    await page.goto(`/forloeb/${await server.courseOf('Amalie')}`);
    await page.getByRole('link', { name: 'Netværk' }).click();
    await page.getByRole('heading', { name: 'Netværket' }).waitFor();
    const list = page.getByTestId('network-list');
    await list.getByRole('rowheader', { name: /Hanne Nielsen/ }).waitFor();

    await page.getByRole('button', { name: 'Tilføj en person' }).click();
    await page.getByLabel('Navn', { exact: true }).fill('Bent Bedstefar');
    await page.getByLabel('Relation', { exact: true }).selectOption({ label: 'Familie' });
    // Family is private by default; the coordinator only says how close.
    expect(await page.getByLabel('Privat', { exact: true }).isChecked()).toBe(true);
    await page.getByLabel('Tæt på', { exact: true }).check();
    await page.getByLabel('Rolle i forløbet (valgfri)').fill('Deltager i netværksmøder');
    await page.getByRole('button', { name: 'Tilføj', exact: true }).click();
    const row = list.locator('tr', { hasText: 'Bent Bedstefar' });
    await row.waitFor();
    expect(await row.textContent()).toContain('Privat, tæt på');
    expect(await row.textContent()).toContain('Deltager i netværksmøder');

    // The map draws the same people, hidden from screen readers, without inline styles (CSP).
    const map = page.getByTestId('network-map').locator('svg');
    expect(await map.getAttribute('aria-hidden')).toBe('true');
    await map.locator('text', { hasText: 'Bent Bedstefar' }).waitFor();
    const drawn = await map.locator('g.app-map-person').count();
    expect(drawn).toBe(await list.locator('tbody tr').count());
    expect(await map.locator('[style]').count()).toBe(0);
    // Private people are drawn on the left half, professionals on the right.
    const bent = map.locator('g', { hasText: 'Bent Bedstefar' }).locator('circle');
    expect(Number(await bent.getAttribute('cx'))).toBeLessThan(300);
    const bostotte = map.locator('g.app-map-professional', { hasText: 'Lise Bostøtte' }).locator('rect');
    expect(Number(await bostotte.getAttribute('x'))).toBeGreaterThan(300);

    await page.getByRole('button', { name: 'Tilføj en indsats' }).click();
    await page.getByLabel('Slags indsats').selectOption({ label: 'Psykiatri' });
    await page.getByLabel('Udbyder').fill('Distriktspsykiatrien Lindeby');
    await page.getByLabel('Lovgrundlag').selectOption({ label: 'Sundhedsloven' });
    await page.getByLabel('Fra', { exact: true }).fill('2025-09-01');
    await page.getByRole('button', { name: 'Tilføj', exact: true }).click();
    const efforts = page.getByTestId('efforts-list');
    await efforts.getByRole('heading', { name: 'Psykiatri: Distriktspsykiatrien Lindeby' }).waitFor();
    await screenshot(page, 'network-tab');
    await expectAccessible(page, 'network tab with map, list and efforts', { anyImpact: true });

    // Ending an effort keeps it in the plan, with its end date.
    const education = efforts.locator('article', { hasText: 'Lindeby VUC' });
    await education.getByRole('button', { name: 'Afslut' }).click();
    await page.getByLabel('Til', { exact: true }).fill('2026-01-31');
    await page.getByRole('button', { name: 'Afslut', exact: true }).click();
    await efforts
      .locator('article', { hasText: 'Lindeby VUC' })
      .getByText(/31\. januar 2026/)
      .waitFor();
    await page.context().close();
  });

  it('never shows the company mentor a health effort or a health-care person', async () => {
    const page = await newPage(browser, server.baseUrl);
    await signIn(page, 'virksomhedsmentor');
    await page.goto(`/forloeb/${await server.courseOf('Amalie')}/netvaerk`);
    const efforts = page.getByTestId('efforts-list');
    await efforts.getByText('Lindeby Bostøtte').waitFor();
    const list = page.getByTestId('network-list');
    await list.getByRole('rowheader', { name: /Hanne Nielsen/ }).waitFor();
    const text = (await page.locator('main').textContent()) ?? '';
    for (const hidden of ['Psykologhuset', 'Distriktspsykiatrien', 'Overlæge Storm', 'Psykiater'])
      expect(text).not.toContain(hidden);
    // Reading, not writing.
    expect(await page.getByRole('button', { name: 'Tilføj en indsats' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Tilføj en person' }).count()).toBe(0);
    await page.context().close();
  });

  it('works at 360 px: the list first, no sideways scrolling; the young person sees their people and help in easy words', async () => {
    const coordinator = await newPage(browser, server.baseUrl, { width: 360, height: 740 });
    await signIn(coordinator, 'koordinator');
    await coordinator.goto(`/forloeb/${await server.courseOf('Amalie')}/netvaerk`);
    await coordinator
      .getByTestId('network-list')
      .getByRole('rowheader', { name: /Hanne Nielsen/ })
      .waitFor();
    expect(await coordinator.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    const listTop = (await coordinator.getByTestId('network-list').boundingBox())?.y ?? 0;
    const mapTop = (await coordinator.getByTestId('network-map').boundingBox())?.y ?? 0;
    expect(listTop).toBeLessThan(mapTop);
    await screenshot(coordinator, 'phone-network-tab');
    await coordinator.context().close();

    const page = await newPage(browser, server.baseUrl, { width: 360, height: 740 });
    await signIn(page, 'ung');
    const network = page.getByTestId('own-network');
    await network.getByText('Hanne Nielsen').waitFor();
    await page.getByRole('heading', { name: 'Dem der hjælper dig' }).waitFor();
    const help = page.getByTestId('own-efforts');
    await page.getByRole('heading', { name: 'Anden hjælp du får' }).waitFor();
    expect(await help.textContent()).toContain('Du får bostøtte');
    expect(await help.textContent()).toContain('Du går til psykolog');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await screenshot(page, 'phone-own-network');
    await expectAccessible(page, 'own page with network and efforts', { anyImpact: true });
    await page.context().close();
  });
});
