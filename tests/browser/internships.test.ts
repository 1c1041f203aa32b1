import type { Browser } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { isHealthRecord } from '../../src/auth/health-records.ts';
import { createCompanyProfile } from '../../src/demo/builders.ts';
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
let courseId: string;
let company: string;
let mentorName: string;
/** One of Amalie's goals outside health, and one about health (never for a company). */
let workGoal: string;
let healthGoal: string | null;

setupBrowserSuite(async (suite) => {
  ({ server, browser } = suite);
  const db = server.database.db;
  courseId = await server.courseOf('Amalie');
  const org = (name: string) =>
    db.selectFrom('organisations').select('id').where('name', '=', name).executeTakeFirstOrThrow();
  company = (await org('Lindeby Tømrer ApS')).id;
  const institution = (await org('Lindeby Erhvervsskole')).id;
  // The demo may or may not put the company in the network; the test needs it there.
  const profile = await db
    .selectFrom('companies')
    .select('organisation_id')
    .where('organisation_id', '=', company)
    .executeTakeFirst();
  if (!profile)
    await createCompanyProfile(db, {
      organisationId: company,
      institutionId: institution,
      industry: 'crafts',
    });
  const mentor = await db
    .selectFrom('users')
    .select('id')
    .where('username', '=', 'virksomhedsmentor')
    .executeTakeFirstOrThrow();
  // The demo names the mentor as a contact of the company; the test does too if it does not.
  const contact = await db
    .selectFrom('company_contacts')
    .select(['name'])
    .where('company_id', '=', company)
    .where('user_id', '=', mentor.id)
    .executeTakeFirst();
  mentorName = contact?.name ?? 'Viktor Virksomhedsmentor';
  if (!contact)
    await db
      .insertInto('company_contacts')
      .values({ company_id: company, name: mentorName, is_mentor: true, user_id: mentor.id })
      .execute();
  await db.updateTable('users').set({ phone: '20 30 40 50' }).where('username', '=', 'koordinator').execute();
  // Today is the mentor's to register.
  await db.deleteFrom('attendance').where('course_id', '=', courseId).where('day', '=', today()).execute();
  const goals = await db
    .selectFrom('goals')
    .select(['title', 'area', 'track'])
    .where('course_id', '=', courseId)
    .where('parent_goal_id', 'is', null)
    .orderBy('created_at')
    .execute();
  workGoal = goals.find((g) => !isHealthRecord(g))?.title ?? '';
  healthGoal = goals.find((g) => isHealthRecord(g))?.title ?? null;
  expect(workGoal).not.toBe('');
});

/** The ISO weekday of today in Copenhagen (1 = Monday). */
const weekdayToday = () => {
  const d = new Date(`${today()}T12:00:00Z`).getUTCDay();
  return d === 0 ? 7 : d;
};

describe('internship agreements and the company mentor on a phone', () => {
  it('lets the coordinator make an agreement and choose, with the young person, what the company may see', async () => {
    const page = await newPage(browser, server.baseUrl);
    await signIn(page, 'koordinator');
    await page.goto(`/forloeb/${courseId}/praktik`);
    await page.getByRole('heading', { name: 'Praktikaftaler' }).waitFor();
    await page.getByRole('button', { name: 'Ny praktikaftale' }).click();
    const form = page.getByRole('form', { name: 'Ny praktikaftale' });
    await form.getByLabel('Virksomhed', { exact: true }).selectOption({ label: 'Lindeby Tømrer ApS' });
    await form.getByLabel(/^Virksomhedsmentor/).selectOption({ label: `${mentorName} (har login)` });
    await form.getByLabel('Startdato').fill('2026-01-05');
    await form.getByLabel('Formål', { exact: true }).fill('At prøve tømrerfaget i en rigtig virksomhed');
    await form.getByLabel('Tømrer og snedker').check();
    await form.getByLabel(/^Kolleger/).fill('To svende og en lærling');
    await form.getByLabel(/^Timer om ugen/).fill('20');
    await form.getByRole('button', { name: 'Tilføj en dag' }).click();
    await form.getByLabel('Ugedag').selectOption(String(weekdayToday()));
    await form.getByLabel(/^Dagens plan/).fill('Lister til køkkenet');
    await form.getByLabel(/^Støttebehov/).fill('Skal have en fast plan for dagen');
    await form
      .getByRole('group', { name: 'Mål, praktikken arbejder med' })
      .getByLabel(workGoal, { exact: true })
      .check();
    if (healthGoal)
      await form
        .getByRole('group', { name: 'Mål, praktikken arbejder med' })
        .getByLabel(healthGoal, { exact: true })
        .check();
    const share = form.getByRole('group', { name: 'Hvad må virksomheden se?' });
    expect(await share.getByLabel(/Din praktikaftale/).isChecked()).toBe(true);
    await share.getByLabel('Dine mål i praktikken.').check();
    await share.getByLabel('Hvornår du er mødt på arbejde hos dem.').check();
    await expectAccessible(page, 'new internship agreement form');
    await form.getByRole('button', { name: 'Opret praktikaftale' }).click();

    await page.getByRole('heading', { name: 'Praktikaftale hos Lindeby Tømrer ApS' }).waitFor();
    const shared = page.getByTestId('company-may-read');
    expect(await shared.textContent()).toContain('Dine mål i praktikken.');
    expect(await shared.textContent()).toContain('Din praktikaftale');
    expect(await shared.textContent()).not.toContain('Hvad du har brug for hjælp til.');
    expect(await page.locator('main').textContent()).toContain('Skal have en fast plan for dagen');
    await screenshot(page, 'internship-agreement');
    await expectAccessible(page, 'internship agreement page');
    await page.context().close();
  });

  it('shows the company mentor at 360 px exactly the chosen parts; they register today and write an observation', async () => {
    const page = await newPage(browser, server.baseUrl, { width: 360, height: 740 });
    await signIn(page, 'virksomhedsmentor');
    await page.goto('/min-praktik');
    // The demo may hold another internship of Amalie's at the same company: this is the new one.
    const intern = page
      .getByTestId('intern')
      .filter({ hasText: 'At prøve tømrerfaget i en rigtig virksomhed' });
    await intern.getByRole('heading', { name: /Amalie/ }).waitFor();
    expect(await intern.getByTestId('today-plan').textContent()).toContain('Lister til køkkenet');
    const text = (await intern.textContent()) ?? '';
    // Chosen: the agreement and the goals.
    expect(text).toContain('At prøve tømrerfaget i en rigtig virksomhed');
    expect(text).toContain('To svende og en lærling');
    expect(text).toContain(workGoal);
    // Not chosen: the support need and the young person's phone; health never.
    expect(text).not.toContain('Skal have en fast plan for dagen');
    expect(text).not.toContain('5. Behov for støtte');
    expect(text).not.toMatch(/Ring til Amalie/);
    if (healthGoal) expect(text).not.toContain(healthGoal);
    const call = intern.getByRole('link', { name: /Ring til Karin Ungekoordinator/ });
    expect(await call.getAttribute('href')).toBe('tel:20304050');

    await intern.getByRole('button', { name: /er mødt i dag/ }).click();
    await intern.getByTestId('attendance-registered').waitFor();
    const day = await server.database.db
      .selectFrom('attendance')
      .select(['status', 'workplace_organisation_id'])
      .where('course_id', '=', courseId)
      .where('day', '=', today())
      .executeTakeFirstOrThrow();
    expect(day.status).toBe('present');
    expect(day.workplace_organisation_id).toBe(company);

    await intern.getByLabel(/^Kort besked/).fill('Kom til tiden og spurgte selv om hjælp');
    await intern.getByRole('button', { name: 'Send besked' }).click();
    await intern.getByText('Tak. Din besked er gemt.').first().waitFor();
    await intern.getByTestId('observations').getByText('Kom til tiden og spurgte selv om hjælp').waitFor();

    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await screenshot(page, 'phone-mentor-page');
    await expectAccessible(page, 'company mentor page at 360 px');
    await page.context().close();
  });
});
