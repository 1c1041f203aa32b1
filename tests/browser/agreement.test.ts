import type { Browser, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { seedAgreement } from '../../src/demo/agreement.ts';
import { DEMO_PASSWORD } from '../../src/demo/seed.ts';
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
let partnershipId: string;

setupBrowserSuite(async (suite) => {
  ({ server, browser } = suite);
  const { db } = server.database;
  partnershipId = (
    await db.selectFrom('partnerships').select('id').where('name', '=', 'Lindeby').executeTakeFirstOrThrow()
  ).id;
  // The demo's agreement (versions 1 and 2); a no-op when the demo seed already made it.
  await seedAgreement(db, { partnership: partnershipId, password: DEMO_PASSWORD });
});

async function noHorizontalScroll(page: Page, label: string) {
  const width = await page.evaluate(() => document.scrollingElement?.scrollWidth ?? 0);
  expect(width, `horizontal overflow on ${label}`).toBeLessThanOrEqual(360);
}

const newestVersion = async () =>
  (
    await server.database.db
      .selectFrom('partnership_agreements')
      .select('version')
      .where('partnership_id', '=', partnershipId)
      .orderBy('version', 'desc')
      .executeTakeFirstOrThrow()
  ).version;

describe('the partnership agreement', () => {
  it('the leader edits the intake target and a package price, saves a new version and compares it with the one before', async () => {
    const before = await newestVersion();
    const next = before + 1;
    const page = await newPage(browser, server.baseUrl);
    await signIn(page, 'leder');
    await page.goto(`/partnerskab/${partnershipId}/aftale`);
    await heading(page).filter({ hasText: 'Partnerskabsaftale' }).waitFor();
    const current = page.getByRole('region', { name: `Gældende aftale: Version ${before}` });
    await current.getByRole('heading', { name: 'Pakker og priser (kr./md.)' }).waitFor();
    for (const section of [
      'Parter',
      'Udviklingsgruppe',
      'Fælles mål og succeskriterier',
      'Roller og opgaver',
      'Mødestruktur',
      'Dokumentationskrav',
      'Periode',
      'Godkendelse',
    ])
      await current.getByRole('heading', { name: section, exact: true }).waitFor();
    await current.getByText('Pakke 2 – Værksted og praktik').waitFor();
    await expectAccessible(page, 'agreement');

    await page.getByRole('button', { name: 'Redigér aftalen' }).click();
    const form = page.getByRole('form', { name: 'Ny version af aftalen' });
    await form.waitFor();
    // A share is typed as whole percent.
    await expect(
      form.getByLabel('Succeskriterium: andel tættere på arbejdsmarkedet (%)').inputValue(),
    ).resolves.toBe('87');
    await form.getByLabel('Mål for optag (antal forløb)').fill('48');
    const pakke2 = form.getByRole('group', { name: /^Pakke 2: Pakke 2 – Værksted og praktik/ });
    const price = pakke2.getByLabel('Pris pr. måned (kr.)');
    await price.fill('mange');
    await form.getByRole('button', { name: 'Gem som ny version' }).click();
    // Checked before sending: the summary links to the field.
    await form.getByRole('link', { name: 'Skriv et helt tal i »Pakke 2 – Pris pr. måned (kr.)«.' }).waitFor();
    await price.fill('15.600');
    // A row added and removed again leaves nothing behind.
    await form.getByRole('button', { name: 'Tilføj en pakke' }).click();
    const added = form.getByRole('group', { name: /^Pakke 4:/ });
    await expect(
      added.getByLabel('Pakke', { exact: true }).evaluate((el) => el === document.activeElement),
    ).resolves.toBe(true);
    await added.getByRole('button', { name: /^Fjern Pakke 4/ }).click();
    await expect(form.getByRole('group', { name: /^Pakke 4:/ }).count()).resolves.toBe(0);
    await form.getByLabel('Hvad er ændret, og hvorfor?').fill('Højere optag og ny pris på pakke 2');
    await expectAccessible(page, 'agreement form');
    await screenshot(page, 'agreement-form');
    await form.getByRole('button', { name: 'Gem som ny version' }).click();
    await page.locator('#main-content').getByText(`Aftalen er gemt som version ${next}.`).waitFor();
    const updated = page.getByRole('region', { name: `Gældende aftale: Version ${next}` });
    await updated.getByText('Ændring: Højere optag og ny pris på pakke 2').waitFor();
    await updated.getByText('15.600 kr./md.').waitFor();

    // Saved on the server: a new row, and the partnership's intake target follows it.
    expect(await newestVersion()).toBe(next);
    const row = await server.database.db
      .selectFrom('partnerships')
      .select('target_admitted')
      .where('id', '=', partnershipId)
      .executeTakeFirstOrThrow();
    expect(row.target_admitted).toBe(48);

    // The new version starts unapproved: the institution's leader approves it.
    await updated.getByRole('button', { name: `Godkend version ${next} for uddannelsesstedet` }).click();
    await updated.getByText(`Version ${next} er godkendt for uddannelsesstedet.`).waitFor();
    await updated.getByText(/Godkendt af Lene Leder/).waitFor();

    // The history, and the new version beside the one before with the changed fields marked.
    const history = page.getByRole('region', { name: 'Versioner' });
    await history.getByText(`Ændring: Højere optag og ny pris på pakke 2`).waitFor();
    const compare = page.getByRole('region', { name: 'Sammenlign versioner' });
    await expect(compare.getByLabel('Fra version').inputValue()).resolves.toBe(String(before));
    await expect(compare.getByLabel('Til version').inputValue()).resolves.toBe(String(next));
    await compare.getByRole('button', { name: 'Sammenlign' }).click();
    const changes = compare.getByTestId('agreement-changes').getByRole('listitem');
    await changes.first().waitFor();
    expect(await changes.allTextContents()).toEqual([
      'Ændret: Fælles mål og succeskriterier – Mål for optag (antal forløb). Før: 40. Efter: 48.',
      'Ændret: Pakker og priser (kr./md.) – Pakke 2 – Værksted og praktik – Pris pr. måned (kr.). Før: 15.000. Efter: 15.600.',
    ]);
    const older = compare.getByRole('region', { name: new RegExp(`^Version ${before},`) });
    const newer = compare.getByRole('region', { name: new RegExp(`^Version ${next},`) });
    // Exactly the two changed fields are marked on each side, the rest of the agreement is not.
    for (const side of [older, newer])
      await expect(side.locator('.app-agreement-changed').count()).resolves.toBe(2);
    await newer.locator('.app-agreement-changed', { hasText: '15.600 kr./md.' }).waitFor();
    await older.locator('.app-agreement-changed', { hasText: '15.000 kr./md.' }).waitFor();
    await newer.locator('.app-agreement-changed', { hasText: '48' }).getByText('ændret').waitFor();
    await expectAccessible(page, 'agreement comparison');
    await screenshot(page, 'agreement-compare');

    // On a phone the two versions stack: nothing sticks out sideways.
    await page.setViewportSize({ width: 360, height: 740 });
    await noHorizontalScroll(page, 'agreement comparison');
    await expectAccessible(page, 'agreement comparison at 360 px');
  });

  it('the coordinator reads the agreement but cannot edit or approve it', async () => {
    const page = await newPage(browser, server.baseUrl, { width: 360, height: 740 });
    await signIn(page, 'koordinator');
    await page.goto(`/partnerskab/${partnershipId}/aftale`);
    await page.getByRole('heading', { name: 'Pakker og priser (kr./md.)' }).first().waitFor();
    await expect(page.getByRole('button', { name: 'Redigér aftalen' }).count()).resolves.toBe(0);
    await expect(page.getByRole('button', { name: /^Godkend/ }).count()).resolves.toBe(0);
    await noHorizontalScroll(page, 'agreement');
    await expectAccessible(page, 'agreement for the coordinator at 360 px');
  });
});
