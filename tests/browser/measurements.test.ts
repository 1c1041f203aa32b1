import type { Browser, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  type BrowserApp,
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

const autosaved = (page: Page) =>
  page.getByTestId('autosave-status').filter({ hasText: 'Alt er gemt.' }).waitFor();

/** Picks a score in the dimension's select for one perspective. */
async function score(
  page: Page,
  dimension: string,
  perspective: 'Fagpersonens vurdering' | 'Den unges egen vurdering',
  value: string,
) {
  await page
    .locator(`fieldset[data-dimension="${dimension}"]`)
    .getByLabel(perspective)
    .selectOption({ value });
}

describe('measurements', () => {
  it('lets the coordinator take a measurement with both perspectives: autosaved, kept on reload, approved, drawn as a radar with its table', async () => {
    const courseId = await server.courseOf('Mads');
    const page = await newPage(browser, server.baseUrl);
    await signIn(page, 'koordinator');
    await page.goto(`/forloeb/${courseId}/maalinger`);
    await page.getByRole('heading', { level: 2, name: 'Målinger' }).waitFor();
    // The demo's earlier measurements are drawn already, each chart with its table.
    await page.getByTestId('radar-table').first().waitFor();
    expect(await page.locator('[data-chart] svg').count()).toBeGreaterThan(0);
    expect(await page.locator('[data-chart]').first().getAttribute('aria-hidden')).toBe('true');

    await page
      .getByLabel('Måleredskab', { exact: true })
      .selectOption({ label: 'Afstand til arbejdsmarkedet (version 2)' });
    await page.getByRole('button', { name: 'Start måling' }).click();
    await page.getByRole('heading', { level: 3, name: /Måling i gang/ }).waitFor();
    // The previous scores are shown while filling in.
    expect(await page.getByTestId('previous-scores').count()).toBe(4);

    const professional = { motivation: '5', workIdentity: '4', clarification: '5', knowledge: '4' };
    const own = { motivation: '4', workIdentity: '4', clarification: '3', knowledge: '5' };
    for (const [dimension, value] of Object.entries(professional)) {
      await score(page, dimension, 'Fagpersonens vurdering', value);
      await score(page, dimension, 'Den unges egen vurdering', own[dimension as keyof typeof own]);
    }
    await page
      .locator('fieldset[data-dimension="motivation"]')
      .getByLabel('Kort begrundelse')
      .fill('Vil gerne i praktik');
    await autosaved(page);

    // A reload finds the draft as it was left.
    await page.reload();
    await page.getByRole('heading', { level: 3, name: /Måling i gang/ }).waitFor();
    const motivation = page.locator('fieldset[data-dimension="motivation"]');
    expect(await motivation.getByLabel('Fagpersonens vurdering').inputValue()).toBe('5');
    expect(await motivation.getByLabel('Den unges egen vurdering').inputValue()).toBe('4');
    expect(await motivation.getByLabel('Kort begrundelse').inputValue()).toBe('Vil gerne i praktik');
    await expectAccessible(page, 'measurement draft');

    await page.getByRole('button', { name: 'Godkend måling' }).click();
    await page.getByRole('heading', { level: 3, name: 'Ny måling' }).waitFor();
    // The radar's table: the latest measurement, both perspectives.
    const table = page.getByTestId('radar-table').first();
    await table.getByRole('columnheader', { name: /Seneste, den unge/ }).waitFor();
    const row = table.getByRole('row', { name: /Lyst til arbejde/ });
    const cells = await row.getByRole('cell').allTextContents();
    expect(cells.slice(-2)).toEqual(['5', '4']);
    await page
      .getByTestId('development-total')
      .filter({ hasText: /I alt [+−]?\d+: / })
      .waitFor();
    await expectAccessible(page, 'measurements with charts');
    await screenshot(page, 'measurements-radar');
  });

  it('lets the young person give their own scores on a 360 px screen, which the coordinator then sees', async () => {
    const courseId = await server.courseOf('Amalie');
    const page = await newPage(browser, server.baseUrl, { width: 360, height: 780 });
    await signIn(page, 'ung');
    await page.waitForURL('**/min-side');
    await heading(page).filter({ hasText: 'Min side' }).waitFor();
    const section = page.getByRole('region', { name: 'Hvor tæt er du på et arbejde?' });
    await section.waitFor();
    const questions = section.getByRole('group');
    expect(await questions.count()).toBe(4);
    // The professional's draft score (4 on motivation) is not shown: nothing is chosen yet.
    expect(await section.getByRole('radio', { checked: true }).count()).toBe(0);
    const first = questions.nth(0);
    await first.getByText('Meget', { exact: true }).click();
    expect(await first.getByRole('radio', { name: /4/ }).isChecked()).toBe(true);
    // The cards are big enough to tap.
    const box = await first.locator('label').first().boundingBox();
    expect(box?.height ?? 0).toBeGreaterThanOrEqual(44);
    await questions.nth(3).getByText('Lidt', { exact: true }).click();
    // Nothing sticks out sideways at 360 px.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await section.getByRole('button', { name: 'Gem mine svar' }).click();
    await section.getByRole('status').filter({ hasText: 'Dine svar er gemt.' }).waitFor();
    await expectAccessible(page, 'own measurement at 360 px');
    await screenshot(page, 'own-measurement-360');

    const draft = await server.database.db
      .selectFrom('measurement_drafts')
      .select('entries')
      .where('course_id', '=', courseId)
      .executeTakeFirstOrThrow();
    const entries = draft.entries as Record<
      string,
      { professional: number | null; participant: number | null }
    >;
    expect(entries.motivation).toMatchObject({ professional: 4, participant: 4 });
    expect(entries.knowledge?.participant).toBe(2);

    const coordinator = await newPage(browser, server.baseUrl);
    await signIn(coordinator, 'koordinator');
    await coordinator.goto(`/forloeb/${courseId}/maalinger`);
    const fieldset = coordinator.locator('fieldset[data-dimension="knowledge"]');
    await fieldset.waitFor();
    expect(await fieldset.getByLabel('Den unges egen vurdering').inputValue()).toBe('2');
  });
});
