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

async function noHorizontalScroll(page: Page, label: string) {
  const width = await page.evaluate(() => document.scrollingElement?.scrollWidth ?? 0);
  expect(width, `horizontal overflow on ${label}`).toBeLessThanOrEqual(360);
}

describe('coordination formats', () => {
  it('the coordinator applies the default format to a course and sees its planned meetings on the overview (360 px)', async () => {
    const courseId = await server.courseOf('Emil');
    const page = await newPage(browser, server.baseUrl, { width: 360, height: 740 });
    await signIn(page, 'koordinator');
    await page.goto(`/forloeb/${courseId}`);
    const section = page.getByRole('region', { name: 'Koordineringsformat' });
    await section.getByText('Forløbet bruger ikke et koordineringsformat endnu.').waitFor();
    await expectAccessible(page, 'course overview with formats at 360 px');

    // Nothing chosen: the form says so and sends nothing.
    await section.getByRole('button', { name: 'Brug formatet' }).click();
    await page.getByRole('link', { name: 'Vælg et format.' }).waitFor();

    await section
      .getByLabel('Format', { exact: true })
      .selectOption({ label: "ViVirk'R-modellens rytme (Standard)" });
    await section.getByRole('button', { name: 'Brug formatet' }).click();
    await section.getByText(/Formatet er i brug\. Nye møder i kalenderen: \d+\./).waitFor();
    await section.getByText(/I brug: ViVirk'R-modellens rytme/).waitFor();
    const meetings = section.getByTestId('format-meetings').getByRole('listitem');
    await meetings.first().waitFor();
    // Emil's course started long ago: the network meetings every 3 months lie ahead.
    expect(await meetings.filter({ hasText: 'Netværksmøde' }).count()).toBeGreaterThanOrEqual(3);
    await noHorizontalScroll(page, 'course overview with a format in use');
    await expectAccessible(page, 'course overview with planned meetings at 360 px');
    await screenshot(page, 'formats-course-overview-360');

    // The planning is the server's: the meetings exist, made by the default format.
    const planned = await server.database.db
      .selectFrom('meetings')
      .select(['format_rule'])
      .where('course_id', '=', courseId)
      .where('format_id', 'is not', null)
      .execute();
    expect(planned.filter((m) => m.format_rule === 'network').length).toBeGreaterThanOrEqual(3);
  });

  it('a coordinator copies the default format, changes the copy and saves a new version', async () => {
    const page = await newPage(browser, server.baseUrl);
    await signIn(page, 'koordinator');
    await page.getByRole('link', { name: 'Koordineringsformater' }).click();
    await heading(page).filter({ hasText: 'Koordineringsformater' }).waitFor();
    const standard = page.getByRole('article', { name: /ViVirk'R-modellens rytme/ });
    await standard.getByText('Standardformatet kan ikke ændres.', { exact: false }).waitFor();
    // The demo partnership's own adapted copy is listed too.
    await page.getByRole('article', { name: 'Forældreorlov' }).waitFor();
    await expectAccessible(page, 'coordination formats');

    await standard.getByRole('button', { name: "Kopier og tilpas »ViVirk'R-modellens rytme«" }).click();
    await heading(page).filter({ hasText: "Redigér »ViVirk'R-modellens rytme (kopi)«" }).waitFor();
    await page.getByLabel('Navn', { exact: true }).fill('Lindebys rytme');
    // The network meetings every second month instead of every third.
    const network = page.getByRole('group', { name: /Møde 5: Netværksmøde/ });
    await network.getByLabel('Hver', { exact: true }).fill('2');
    await network.getByLabel('Virksomhedsmentor').check();
    // A new meeting: a follow-up 10 days after the first contact.
    await page.getByRole('button', { name: 'Tilføj et møde' }).click();
    const added = page.getByRole('group', { name: /Møde 6:/ });
    await added.getByLabel('Titel').fill('Opfølgning efter første kontakt');
    await added.getByLabel('Regnes fra').selectOption({ label: 'Første kontakt' });
    await added.getByLabel('Hvor længe efter').fill('10');
    await added.getByLabel('Enhed', { exact: true }).selectOption({ label: 'dage' });
    await expectAccessible(page, 'format editor');
    await page.getByRole('button', { name: 'Gem formatet' }).click();
    // The saved message, not its copy in the screen-reader live region outside main.
    await page.locator('main').getByText('Formatet er gemt som version 2.').waitFor();
    await page.getByText(/Version 2: Lindebys rytme/).waitFor();
    await page.getByText(/Version 1: ViVirk'R-modellens rytme \(kopi\)/).waitFor();
    await screenshot(page, 'formats-editor');
    // On a phone the rules' fieldsets stack: nothing sticks out sideways.
    await page.setViewportSize({ width: 360, height: 740 });
    await noHorizontalScroll(page, 'format editor');

    const saved = await server.database.db
      .selectFrom('coordination_formats')
      .select(['rules', 'version'])
      .where('name', '=', 'Lindebys rytme')
      .executeTakeFirstOrThrow();
    expect(saved.version).toBe(2);
    const rules = saved.rules as Array<{
      id: string;
      timing: { anchor: string; offset: { amount: number; unit: string }; repeat: { every: number } | null };
      invitees: { roles: string[] };
    }>;
    expect(rules.find((r) => r.id === 'network')?.timing.repeat?.every).toBe(2);
    expect(rules.find((r) => r.id === 'network')?.invitees.roles).toContain('companyMentor');
    expect(rules[5]?.timing).toMatchObject({ anchor: 'firstContact', offset: { amount: 10, unit: 'days' } });

    // Back on the list, the copy is there with its own name; the default is unchanged.
    await page.getByRole('link', { name: 'Tilbage til koordineringsformaterne' }).click();
    await page.getByRole('article', { name: 'Lindebys rytme' }).waitFor();
    const standardRules = await server.database.db
      .selectFrom('coordination_formats')
      .select(['version'])
      .where('partnership_id', 'is', null)
      .executeTakeFirstOrThrow();
    expect(standardRules.version).toBe(1);
  });
});
