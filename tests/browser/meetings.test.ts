import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMailer } from '../../src/platform/mail.ts';
import { startTestSmtp, type TestSmtp } from '../support/smtp.ts';
import {
  type BrowserApp,
  expectAccessible,
  newPage,
  screenshot,
  setupBrowserSuite,
  signIn,
  today,
} from './support.ts';

let server: BrowserApp;
let browser: Browser;
let smtp: TestSmtp;
let logDir: string;

// The test's own SMTP server starts first: the app is built to send through it.
beforeAll(async () => {
  smtp = await startTestSmtp();
  logDir = await mkdtemp(path.join(tmpdir(), 'vivirk-browser-mail-'));
});
setupBrowserSuite(
  (suite) => {
    ({ server, browser } = suite);
  },
  () => ({ mailer: createMailer({ smtpUrl: smtp.url, logDir, from: 'ViVirk <noreply@vivirk.test>' }) }),
);
afterAll(() => smtp?.close());

const pageWidth = (page: Page) => page.evaluate(() => document.scrollingElement?.scrollWidth ?? 0);

describe('meetings', () => {
  it('plans a meeting with an external participant, holds it, writes minutes, a decision and a task, approves, and the mail arrives', async () => {
    const courseId = await server.courseOf('Mads');
    const page = await newPage(browser, server.baseUrl);
    await signIn(page, 'koordinator');
    await page.goto(`/forloeb/${courseId}`);
    await page
      .getByRole('navigation', { name: 'Dele af forløbet' })
      .getByRole('link', { name: 'Møder' })
      .click();
    await page.getByRole('heading', { name: 'Kommende møder' }).waitFor();
    // The demo's held meetings with approved minutes are in the past.
    const past = page.getByRole('region', { name: 'Tidligere møder' });
    expect(await past.getByRole('link', { name: 'Opstartsmøde' }).count()).toBe(1);

    await page.getByRole('button', { name: 'Planlæg møde' }).click();
    await page.getByLabel('Mødetype').selectOption('status');
    // The agenda follows the kind: its purpose, then the learning circle's four questions.
    expect(await page.getByLabel('Punkt 1', { exact: true }).inputValue()).toBe(
      'Status: udviklingen siden sidste statusbrev',
    );
    expect(await page.getByLabel('Punkt 2', { exact: true }).inputValue()).toBe(
      'Hvilket mål arbejder vi med?',
    );
    await page.getByLabel('Dato').fill(today());
    await page.getByLabel('Starter').fill('09:00');
    await page.getByLabel('Slutter').fill('10:00');
    await page.getByLabel('Sted (valgfri)').fill('Værkstedet');
    await page.getByLabel('Vært (inviterer) (valgfri)').selectOption({ label: 'Karin Ungekoordinator' });
    await page.getByRole('checkbox', { name: 'Mette Værkstedsmentor' }).check();
    await page.getByRole('checkbox', { name: 'Den unge', exact: true }).check();
    await page.getByRole('button', { name: 'Tilføj ekstern deltager' }).click();
    await page.getByLabel('Navn på ekstern deltager 1').fill('Pia Psykolog');
    await page.getByLabel('Rolle for ekstern deltager 1 (valgfri)').fill('Psykolog');
    await page.getByLabel('E-mail for ekstern deltager 1 (valgfri)').fill('pia@example.org');
    await expectAccessible(page, 'plan a meeting');
    await page.getByRole('button', { name: 'Planlæg mødet' }).click();

    const upcoming = page.getByRole('region', { name: 'Kommende møder' });
    await upcoming.getByRole('link', { name: 'Statusmøde' }).click();
    await page.waitForURL(/\/moeder\/[0-9a-f-]{36}$/);
    await page.getByRole('heading', { name: 'Dagsorden' }).waitFor();
    await expectAccessible(page, 'planned meeting');
    // Approval needs the meeting held first.
    await page.getByText('Registrér først mødet som afholdt.').waitFor();

    await page.getByRole('button', { name: 'Registrér mødet som afholdt' }).click();
    await page.getByRole('checkbox', { name: 'Pia Psykolog (Psykolog), pia@example.org' }).uncheck();
    await page.getByRole('button', { name: 'Gem: mødet er afholdt' }).click();
    await page.getByText('Pia Psykolog (Psykolog), pia@example.org · Afbud').waitFor();
    await page.getByText('Mette Værkstedsmentor · Til stede').waitFor();

    await page.getByLabel('Referat (valgfri)').fill('Mads er glad for værkstedet. Han vil gerne i praktik.');
    await page.getByLabel('Beslutninger (valgfri)').fill('Praktik i foråret');
    await page.getByRole('button', { name: 'Gem referat og beslutninger' }).click();
    await page.locator('main').getByText('Referatet er gemt.').waitFor();

    await page.getByRole('button', { name: 'Ny opgave' }).click();
    await page.getByLabel('Opgave', { exact: true }).fill('Finde praktiksted');
    await page.getByLabel('Ansvarlig (valgfri)').selectOption({ label: 'Mette Værkstedsmentor' });
    await page.getByLabel('Frist (valgfri)').fill('2030-01-15');
    await page.getByRole('button', { name: 'Tilføj opgaven' }).click();
    await page.getByRole('heading', { name: 'Finde praktiksted' }).waitFor();
    await expectAccessible(page, 'held meeting with minutes');

    await page.getByRole('button', { name: 'Godkend referat' }).click();
    await page.getByText('Referatet er sendt til pia@example.org.').waitFor();
    // Approved: the minutes are shown, no longer editable.
    expect(await page.getByLabel('Referat (valgfri)').count()).toBe(0);
    await page.getByText('Mads er glad for værkstedet. Han vil gerne i praktik.').waitFor();
    await expectAccessible(page, 'approved meeting');
    await screenshot(page, 'meeting-approved');

    await smtp.waitFor(1);
    const [arrived] = smtp.received;
    expect(arrived?.to).toEqual(['pia@example.org']);
    expect(arrived?.mail.subject).toBe(`Referat: Statusmøde ${today()}`);
    expect(arrived?.mail.text).toContain('Mads er glad for værkstedet. Han vil gerne i praktik.');
    expect(arrived?.mail.text).toContain('- Praktik i foråret');
    expect(arrived?.mail.text).toContain('- Finde praktiksted (Mette Værkstedsmentor), frist 2030-01-15');

    // On a phone: nothing wider than the screen.
    await page.setViewportSize({ width: 360, height: 740 });
    expect(await pageWidth(page), 'horizontal overflow on the meeting page').toBeLessThanOrEqual(360);
    await page.getByRole('link', { name: 'Tilbage til møderne' }).click();
    await page.getByRole('heading', { name: 'Kommende møder' }).waitFor();
    expect(await pageWidth(page), 'horizontal overflow on the meetings tab').toBeLessThanOrEqual(360);
  });

  it('shows the company mentor only the meeting they are invited to', async () => {
    const courseId = await server.courseOf('Amalie');
    const page = await newPage(browser, server.baseUrl, { width: 360, height: 740 });
    await signIn(page, 'virksomhedsmentor');
    await page.goto(`/forloeb/${courseId}/moeder`);
    const upcoming = page.getByRole('region', { name: 'Kommende møder' });
    await upcoming.getByRole('link', { name: 'Opfølgningsmøde' }).waitFor();
    // Invited to the planned follow-up only: none of the held meetings.
    await page.getByText('Der er ingen tidligere møder.').waitFor();
    await expectAccessible(page, 'meetings as the company mentor');
    expect(await pageWidth(page)).toBeLessThanOrEqual(360);
  });
});
