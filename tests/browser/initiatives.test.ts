import type { Browser, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { recordReminders } from '../../src/reminders/record.ts';
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

async function noHorizontalScroll(page: Page, label: string) {
  const width = await page.evaluate(() => document.scrollingElement?.scrollWidth ?? 0);
  expect(width, `horizontal overflow on ${label}`).toBeLessThanOrEqual(360);
}

describe('cross-sectoral initiatives', () => {
  it('the caseworker creates an initiative with an effort goal and a follow-up date, finds it in the list and edits its economy (360 px)', async () => {
    const page = await newPage(browser, server.baseUrl, { width: 360, height: 740 });
    await signIn(page, 'sagsbehandler');
    await page.getByRole('button', { name: 'Menu' }).click();
    await page.getByRole('link', { name: 'Indsatser' }).click();
    await heading(page).filter({ hasText: 'Tværgående indsatser' }).waitFor();
    await expectAccessible(page, 'initiatives, the portfolio at 360 px');

    // Nothing written: the form says what is missing and sends nothing.
    await page.getByRole('button', { name: 'Ny indsats' }).click();
    await page.getByRole('button', { name: 'Opret indsatsen' }).click();
    await page.getByRole('link', { name: 'Skriv indsatsens tema.' }).waitFor();

    await page.getByLabel('Indsatsområde', { exact: true }).fill('Fastholdelse i uddannelse');
    await page.getByLabel('Tema', { exact: true }).fill('Fælles mentor for elever på EUD');
    await page.getByLabel('Indsatsmål').fill('Frafaldet på grundforløbet falder til under 20 %');
    await page.getByLabel('Dato for opfølgning').fill('2020-01-31');
    await page.getByLabel('Ansvarlig og forankring').fill('Ungeenheden');
    await expectAccessible(page, 'the new initiative form');
    await page.getByRole('button', { name: 'Opret indsatsen' }).click();

    // In the list, with its follow-up overdue in words.
    const row = page
      .getByTestId('initiative-list')
      .getByRole('row', { name: /Fælles mentor for elever på EUD/ });
    await row.waitFor();
    await row.getByText('(overskredet)').waitFor();
    await row.getByText('Ungeenheden').waitFor();
    await noHorizontalScroll(page, 'the portfolio');
    await screenshot(page, 'initiatives-portfolio-360');

    // Open it and change the economy.
    await row.getByRole('link', { name: 'Fælles mentor for elever på EUD' }).click();
    await heading(page).filter({ hasText: 'Fælles mentor for elever på EUD' }).waitFor();
    await page.getByText('Frafaldet på grundforløbet falder til under 20 %').waitFor();
    await expectAccessible(page, 'one initiative, read');
    await page.getByRole('button', { name: 'Ret indsatsen' }).click();
    await page.getByLabel('Samlede udgifter (kr.)').fill('tre hundrede');
    await page.getByRole('button', { name: 'Gem ændringerne' }).click();
    await page.getByRole('link', { name: 'Skriv beløbet i hele kroner, fx 250.000.' }).waitFor();
    await page.getByLabel('Samlede udgifter (kr.)').fill('350.000');
    await page.getByLabel('Finansiering ved omprioritering').fill('Midler flyttes fra vejledningen');
    await page.getByRole('button', { name: 'Tilføj et trin' }).click();
    await page.getByLabel('Trin 1', { exact: true }).fill('Aftale med erhvervsskolen');
    await page.getByLabel('Dato for trin 1').fill('2027-02-01');
    await expectAccessible(page, 'the edit form');
    await noHorizontalScroll(page, 'the edit form');
    await page.getByRole('button', { name: 'Gem ændringerne' }).click();

    const economy = page.getByRole('region', { name: 'Økonomi' });
    await economy.getByText('350.000 kr.').waitFor();
    await economy.getByText('Midler flyttes fra vejledningen').waitFor();
    await page
      .getByRole('region', { name: 'Tids- og handleplan' })
      .getByText('Aftale med erhvervsskolen')
      .waitFor();
    await screenshot(page, 'initiatives-one-360');

    // The server holds what the page shows.
    const saved = await server.database.db
      .selectFrom('initiatives')
      .select(['total_cost', 'financing', 'follow_up_on', 'version', 'plan'])
      .where('theme', '=', 'Fælles mentor for elever på EUD')
      .executeTakeFirstOrThrow();
    expect(saved.total_cost).toBe(350000);
    expect(saved.version).toBe(2);
    expect(saved.plan).toEqual([{ text: 'Aftale med erhvervsskolen', due: '2027-02-01' }]);

    // Its follow-up is overdue, and the caseworker is responsible: the daily job reminds them,
    // and the reminder leads back to the initiative.
    const caseworker = await server.database.db
      .selectFrom('users')
      .select('id')
      .where('username', '=', 'sagsbehandler')
      .executeTakeFirstOrThrow();
    await server.database.db
      .updateTable('initiatives')
      .set({ responsible_user_id: caseworker.id })
      .where('theme', '=', 'Fælles mentor for elever på EUD')
      .execute();
    await recordReminders(server.database.db, today());
    await page.goto('/paamindelser');
    await heading(page).filter({ hasText: 'Påmindelser' }).waitFor();
    const reminder = page.getByRole('link', {
      name: 'Opfølgning på indsatsen »Fælles mentor for elever på EUD«',
    });
    await reminder.waitFor();
    await expectAccessible(page, 'reminders with an initiative follow-up');
    await reminder.click();
    await heading(page).filter({ hasText: 'Fælles mentor for elever på EUD' }).waitFor();
  });

  it('the institution leader reads the portfolio but cannot change it; a company mentor has no link', async () => {
    const page = await newPage(browser, server.baseUrl);
    await signIn(page, 'leder');
    await page.getByRole('link', { name: 'Indsatser' }).click();
    await heading(page).filter({ hasText: 'Tværgående indsatser' }).waitFor();
    await page.getByTestId('initiative-list').waitFor();
    expect(await page.getByRole('button', { name: 'Ny indsats' }).count()).toBe(0);
    await page.getByTestId('initiative-list').getByRole('link').first().click();
    await page.getByRole('region', { name: 'Mål og opfølgning' }).waitFor();
    expect(await page.getByRole('button', { name: 'Ret indsatsen' }).count()).toBe(0);
    await expectAccessible(page, 'one initiative, read-only');

    const mentor = await newPage(browser, server.baseUrl);
    await signIn(mentor, 'virksomhedsmentor');
    await mentor.getByRole('button', { name: 'Log ud' }).waitFor({ state: 'attached' });
    expect(await mentor.getByRole('link', { name: 'Indsatser' }).count()).toBe(0);
  });
});
