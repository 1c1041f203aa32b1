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
  today,
} from './support.ts';

let server: BrowserApp;
let browser: Browser;
let page: Page;

setupBrowserSuite(async (suite) => {
  ({ server, browser } = suite);
  // The workshop mentor, on a phone in the workshop.
  page = await newPage(browser, server.baseUrl, { width: 360, height: 740 });
  await signIn(page, 'mentor');
});

const title = 'Registrér fremmøde for holdet';
const addDays = (day: string, by: number) => {
  const d = new Date(`${day}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + by);
  return d.toISOString().slice(0, 10);
};
/** One young person's row on the page. */
const row = (name: string) => page.getByRole('group', { name, exact: true });
const pageWidth = () => page.evaluate(() => document.scrollingElement?.scrollWidth ?? 0);

interface Day {
  day: string;
  status: 'present' | 'absent';
  absenceReason: string | null;
  hours: number;
}

/** What the course's own attendance month (the API the course page uses) holds for a day. */
async function registered(givenName: string, day = today()): Promise<Day | undefined> {
  const courseId = await server.courseOf(givenName);
  const res = await page.request.get(`/api/courses/${courseId}/attendance?month=${day.slice(0, 7)}`);
  expect(res.status()).toBe(200);
  const { days } = (await res.json()) as { days: Day[] };
  return days.find((d) => d.day === day);
}

/** Every request that registers a day, as the server is sent it. */
function recordPuts(): string[] {
  const puts: string[] = [];
  page.on('request', (request) => {
    if (request.method() === 'PUT' && request.url().includes('/attendance/')) puts.push(request.url());
  });
  return puts;
}

describe('registering attendance for the group', () => {
  it('is in the menu of the workshop mentor, and lists the running courses with large choices', async () => {
    await page.getByRole('button', { name: 'Menu' }).click();
    await page.getByRole('link', { name: 'Fremmøde for holdet' }).click();
    await page.waitForURL('**/fremmoede');
    await heading(page).filter({ hasText: title }).waitFor();
    expect(await page.title()).toBe(`${title} – ViVirk`);
    expect(await page.getByLabel('Dag', { exact: true }).inputValue()).toBe(today());

    const rows = page.getByTestId('group-row');
    await rows.first().waitFor();
    // Ten running courses; Oliver's (paused) and Clara's (ended) are left out, and it says so.
    expect(await rows.count()).toBe(10);
    for (const name of ['Amalie Nielsen', 'Freja Andersen', 'Sofie Hansen', 'Noah Christensen'])
      await row(name).waitFor();
    expect(await row('Oliver Sørensen').count()).toBe(0);
    expect(await row('Clara Jørgensen').count()).toBe(0);
    await page.getByText('2 forløb på pause eller afsluttede er ikke med.', { exact: false }).waitFor();
    // Each row offers the attendance vocabulary, in the words used everywhere else.
    expect(await row('Freja Andersen').locator('label').allTextContents()).toEqual([
      'Mødt',
      'Syg',
      'Fravær efter aftale',
      'Fravær uden aftale',
    ]);
    await page.waitForLoadState('networkidle');

    expect(await pageWidth(), 'horizontal overflow on the group page').toBeLessThanOrEqual(360);
    const small = await page.evaluate(() =>
      [...document.querySelectorAll('main .app-choice label, main button')]
        .filter((el) => el.getBoundingClientRect().height < 44)
        .map((el) => el.textContent),
    );
    expect(small, 'choices and buttons lower than a finger needs').toEqual([]);
    await screenshot(page, 'group-attendance-phone');
    await expectAccessible(page, 'group attendance at 360 px', { anyImpact: true });
  });

  it('refuses a future day with a clear message, gone once the day is fixed', async () => {
    const message = 'Dagen ligger i fremtiden. Vælg i dag eller en dag før.';
    const dayField = page.getByLabel('Dag', { exact: true });
    await dayField.fill(addDays(today(), 1));
    await page.locator('#group-day-error', { hasText: message }).waitFor();
    await page.getByRole('button', { name: 'Gem fremmøde for holdet' }).click();
    await page.getByRole('link', { name: message }).waitFor();
    await expectAccessible(page, 'group attendance, future day', { anyImpact: true });
    await dayField.fill(today());
    await expect.poll(() => page.getByText(message).count()).toBe(0);
  });

  it('registers several young people on one screen; each course then holds its own day', async () => {
    const puts = recordPuts();
    await row('Freja Andersen').getByLabel('Mødt').check();
    await page.getByLabel('Timer: Freja Andersen').fill('6,5');
    await row('Sofie Hansen').getByLabel('Syg').check();
    await row('Emil Pedersen').getByLabel('Fravær uden aftale').check();
    await row('Ida Larsen').getByLabel('Fravær efter aftale').check();
    await row('Lucas Madsen').getByLabel('Mødt').check();
    expect(await page.locator('[data-testid="group-row"][data-changed]').count()).toBe(5);
    await page.getByRole('button', { name: 'Gem fremmøde for holdet' }).click();

    const summary = page.getByTestId('group-summary');
    await summary.getByText(/^Fremmøde for 5 unge er gemt for /).waitFor();
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-testid')))
      .toBe('group-summary');
    for (const name of ['Freja Andersen', 'Sofie Hansen', 'Emil Pedersen', 'Ida Larsen', 'Lucas Madsen'])
      await row(name).getByTestId('row-result').getByText('Gemt.').waitFor();
    // One request per changed row, and none for the rows left alone.
    expect(puts).toHaveLength(5);
    expect(await page.locator('[data-testid="group-row"][data-changed]').count()).toBe(0);

    // Each course's own attendance month holds the registration.
    expect(await registered('Freja')).toMatchObject({ status: 'present', hours: 6.5 });
    expect(await registered('Sofie')).toMatchObject({ status: 'absent', absenceReason: 'sick' });
    expect(await registered('Emil')).toMatchObject({ status: 'absent', absenceReason: 'unexplained' });
    expect(await registered('Ida')).toMatchObject({ status: 'absent', absenceReason: 'agreed' });
    expect(await registered('Lucas')).toMatchObject({ status: 'present', hours: 0 });
    expect(await registered('Noah')).toBeUndefined();
    await expectAccessible(page, 'group attendance saved', { anyImpact: true });

    // And the course page shows it: Lucas present today, with no hours written as "–".
    await page.goto(`/forloeb/${await server.courseOf('Lucas')}/fremmoede`);
    await page.getByTestId('month-share').waitFor();
    const todayRow = page.locator('main table tbody tr').filter({
      has: page.getByRole('rowheader', {
        name: new Intl.DateTimeFormat('da-DK', {
          weekday: 'long',
          day: 'numeric',
          month: 'long',
          timeZone: 'UTC',
        }).format(new Date(`${today()}T12:00:00Z`)),
      }),
    });
    await todayRow.getByText('Mødt', { exact: true }).waitFor();
    expect(await todayRow.locator('td[data-title="Timer"] [aria-hidden="true"]').textContent()).toBe('–');
  });

  it('prefills what is registered, and keeps what was chosen when one row fails', async () => {
    await page.goto('/fremmoede');
    await heading(page).filter({ hasText: title }).waitFor();
    // Prefilled from each course's month.
    await expect.poll(() => row('Freja Andersen').getByLabel('Mødt').isChecked()).toBe(true);
    expect(await page.getByLabel('Timer: Freja Andersen').inputValue()).toBe('6,5');
    expect(await row('Sofie Hansen').getByLabel('Syg').isChecked()).toBe(true);
    await row('Sofie Hansen').getByText('Registreret: Syg.').waitFor();

    // The server refuses Noah's row (as it would a day registered on another of his courses).
    const noah = await server.courseOf('Noah');
    const refusal = 'params.day: this day is registered on another course of the participant';
    await page.route(`**/api/courses/${noah}/attendance/*`, (route) =>
      route.request().method() === 'PUT'
        ? route.fulfill({
            status: 409,
            contentType: 'application/json',
            body: JSON.stringify({ error: { code: 'conflict', message: refusal, field: 'params.day' } }),
          })
        : route.continue(),
    );
    const puts = recordPuts();
    await row('Noah Christensen').getByLabel('Mødt').check();
    await page.getByLabel('Timer: Noah Christensen').fill('7');
    await row('Alex Rasmussen').getByLabel('Syg').check();
    await page.getByRole('button', { name: 'Gem fremmøde for holdet' }).click();

    const summary = page.getByTestId('group-summary');
    await summary.getByText('1 af 2 er gemt. 1 kunne ikke gemmes.', { exact: false }).waitFor();
    await summary.getByRole('link', { name: 'Noah Christensen' }).waitFor();
    const noahResult = row('Noah Christensen').getByTestId('row-result');
    await noahResult.getByText('Ikke gemt: dagen er registreret på et andet forløb for den unge.').waitFor();
    await noahResult.getByText(refusal).waitFor();
    await row('Alex Rasmussen').getByTestId('row-result').getByText('Gemt.').waitFor();
    // What was typed for Noah is still there.
    expect(await row('Noah Christensen').getByLabel('Mødt').isChecked()).toBe(true);
    expect(await page.getByLabel('Timer: Noah Christensen').inputValue()).toBe('7');
    expect(await registered('Noah')).toBeUndefined();
    expect(await registered('Alex')).toMatchObject({ status: 'absent', absenceReason: 'sick' });
    await screenshot(page, 'group-attendance-one-failed');
    await expectAccessible(page, 'group attendance with a failed row', { anyImpact: true });

    // Once the server accepts it, saving again sends only Noah's row.
    await page.unroute(`**/api/courses/${noah}/attendance/*`);
    puts.length = 0;
    await page.getByRole('button', { name: 'Gem fremmøde for holdet' }).click();
    await page
      .getByTestId('group-summary')
      .getByText(/^Fremmøde for 1 ung er gemt for /)
      .waitFor();
    expect(puts).toEqual([expect.stringContaining(`/api/courses/${noah}/attendance/${today()}`)]);
    expect(await registered('Noah')).toMatchObject({ status: 'present', hours: 7 });
  });
});

describe('who gets the group page', () => {
  it('a caseworker, who does not register attendance, has no link and is sent to the caseload', async () => {
    const caseworker = await newPage(browser, server.baseUrl);
    await signIn(caseworker, 'sagsbehandler');
    await heading(caseworker).filter({ hasText: 'Mine forløb' }).waitFor();
    expect(await caseworker.getByRole('link', { name: 'Fremmøde for holdet' }).count()).toBe(0);
    await caseworker.goto('/fremmoede');
    await caseworker.waitForURL((url) => url.pathname === '/');
    await heading(caseworker).filter({ hasText: 'Mine forløb' }).waitFor();
    await caseworker.context().close();
  });
});
