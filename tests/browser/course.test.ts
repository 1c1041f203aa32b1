import type { Browser, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
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
let page: Page;
let courseId: string;

setupBrowserSuite(async (suite) => {
  ({ server, browser } = suite);
  courseId = await server.courseOf('Freja');
  page = await newPage(browser, server.baseUrl);
  await signIn(page, 'koordinator');
});

const tab = (name: string) =>
  page.getByRole('navigation', { name: 'Dele af forløbet' }).getByRole('link', { name, exact: true });
/** Text with the non-breaking spaces of Danish number formatting made plain. */
const plain = (text: string | null) => (text ?? '').replace(/\s+/g, ' ');
const h2 = (name: string) => page.getByRole('heading', { level: 2, name, exact: true });
/** A day 'YYYY-MM-DD' moved by whole days. */
const addDays = (day: string, by: number) => {
  const d = new Date(`${day}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + by);
  return d.toISOString().slice(0, 10);
};
/** A day as the app writes it in Danish: "tirsdag den 3. juni". */
const weekdayDate = (day: string) =>
  new Intl.DateTimeFormat('da-DK', {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    timeZone: 'UTC',
  }).format(new Date(`${day}T12:00:00Z`));

describe('the youth coordinator', () => {
  it('starts on the caseload: participants, status, attendance share and what is due', async () => {
    await page.getByRole('heading', { level: 1, name: 'Mine forløb' }).waitFor();
    const rows = page.locator('main table tbody tr');
    // The heading shows before the caseload has loaded: wait for the rows, not just the page.
    await rows.first().waitFor();
    expect(await rows.count()).toBe(13);
    const freja = page.locator('main table tbody tr', {
      has: page.getByRole('link', { name: 'Freja Andersen' }),
    });
    const text = plain(await freja.textContent());
    expect(text).toContain('Aktivt');
    expect(text).toMatch(/\d+ %\s\(\d+\/\d+\)/);
    expect(text).toMatch(/Statusskrivelse|Progressionsmåling/);
    // A caseworker from another municipality is not on this list.
    expect(await page.getByText('Oskar Nordmand').count()).toBe(0);
    await screenshot(page, 'caseload');
    await expectAccessible(page, 'caseload');
  });

  it('opens a course from the caseload on its overview, with the team in Danish roles', async () => {
    await page.getByRole('link', { name: 'Freja Andersen' }).click();
    await page.waitForURL(`**/forloeb/${courseId}`);
    await page.getByRole('heading', { level: 1, name: /Freja Andersen/ }).waitFor();
    await h2('Overblik').waitFor();
    expect(await page.locator('h1').count()).toBe(1);
    expect(await tab('Overblik').getAttribute('aria-current')).toBe('page');
    await page.getByText('koordinerende sagsbehandler', { exact: false }).first().waitFor();
    await page.getByText('CPR-nummer').waitFor();
    await page.getByText('Deling med jobcentret').waitFor();
    await screenshot(page, 'course-overview');
    await expectAccessible(page, 'course overview');
  });

  it('breaks no label of the overview in the middle of a word at 1280 px', async () => {
    await page.goto(`/forloeb/${courseId}`);
    await h2('Overblik').waitFor();
    await page.locator('main .app-facts dt').first().waitFor();
    // Every word of every label, with the number of lines it is drawn on.
    const words = await page.evaluate(() => {
      const found: Array<[string, number]> = [];
      for (const dt of document.querySelectorAll('main .app-facts dt')) {
        const walker = document.createTreeWalker(dt, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
          for (const match of node.data.matchAll(/\S+/g)) {
            const range = document.createRange();
            range.setStart(node, match.index ?? 0);
            range.setEnd(node, (match.index ?? 0) + match[0].length);
            const lines = new Set([...range.getClientRects()].map((r) => Math.round(r.top)));
            found.push([match[0], lines.size]);
          }
        }
      }
      return found;
    });
    // The longest labels are there, so the check means something.
    expect(words.map(([w]) => w)).toEqual(
      expect.arrayContaining(['Funktionsnedsættelse', 'Funktionsforstyrrelser']),
    );
    expect(words.filter(([, lines]) => lines !== 1)).toEqual([]);
  });

  it('writes a journal note that shows in the list, survives a reload, and filters by track', async () => {
    await tab('Journal').click();
    await h2('Journal').waitFor();
    expect(await page.getByLabel('Dato').inputValue()).toBe(today());
    const body = `Øvede busturen alene i dag (${Date.now()}).`;
    await page.getByLabel('Spor (valgfri)').selectOption({ label: 'Bolig og økonomi' });
    await page.getByLabel('Notat', { exact: true }).fill(body);
    await page.getByRole('button', { name: 'Gem journalnotat' }).click();
    await page.getByText('Journalnotatet er gemt.', { exact: true }).first().waitFor();
    // Said to screen readers too, without moving focus.
    await page
      .locator('[aria-live="polite"]', { hasText: 'Journalnotatet er gemt.' })
      .waitFor({ state: 'attached' });
    await page.locator('.app-notes').getByText(body).waitFor();
    await expect(page.getByLabel('Notat', { exact: true }).inputValue()).resolves.toBe('');
    await screenshot(page, 'course-journal');
    await expectAccessible(page, 'course journal');

    await page.reload();
    await page.locator('.app-notes').getByText(body).waitFor();

    await page.getByLabel('Vis spor').selectOption({ label: 'Døgnrytme, struktur og rutiner' });
    await page.waitForURL(/spor=sleepStructure/);
    await page.getByText('Snak om døgnrytme', { exact: false }).waitFor();
    expect(await page.locator('.app-notes').getByText(body).count()).toBe(0);
    await page.getByLabel('Vis spor').selectOption({ label: 'Bolig og økonomi' });
    await page.locator('.app-notes').getByText(body).waitFor();
    expect(await page.locator('.app-notes > li').count()).toBe(1);
  });

  it('refuses an empty note with an error linked to the field', async () => {
    await page.getByLabel('Notat', { exact: true }).fill('   ');
    await page.getByRole('button', { name: 'Gem journalnotat' }).click();
    await page.getByRole('link', { name: 'Skriv notatet.' }).click();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('note-body');
    await expectAccessible(page, 'journal with error');
  });

  it('registers attendance for a day and the month share changes', async () => {
    await tab('Fremmøde').click();
    await h2('Fremmøde').waitFor();
    const day = today();
    const before = await (
      await page.request.get(`/api/courses/${courseId}/attendance?month=${day.slice(0, 7)}`)
    ).json();
    const entry = before.days.find((d: { day: string }) => d.day === day);
    const { presentDays, registeredDays } = before.summary;
    const share = page.getByTestId('month-share');
    await share.waitFor();
    expect(plain(await share.textContent())).toContain(`Mødt ${presentDays} af ${registeredDays} dage`);

    expect(await page.getByLabel('Dag', { exact: true }).inputValue()).toBe(day);
    let expected: [number, number];
    if (entry?.status === 'present') {
      await page.getByLabel('Fravær').check();
      await page.getByLabel('Syg').check();
      expected = [presentDays - 1, registeredDays];
    } else {
      await page.getByLabel('Mødt').check();
      await page.getByLabel('Timer').fill('5,5');
      expected = [presentDays + 1, entry ? registeredDays : registeredDays + 1];
    }
    await page.getByRole('button', { name: 'Gem fremmøde' }).click();
    await page.getByText(`Mødt ${expected[0]} af ${expected[1]} dage`, { exact: false }).first().waitFor();
    expect(plain(await share.textContent())).toContain(
      `Mødt ${expected[0]} af ${expected[1]} dage: ${Math.round((expected[0] / expected[1]) * 100)} %`,
    );
    const trend = page.locator('.app-trend tbody tr');
    expect(await trend.count()).toBe(6);
    await screenshot(page, 'course-attendance');
    await expectAccessible(page, 'course attendance');

    await page.getByRole('link', { name: 'Forrige måned' }).click();
    await page.waitForURL(/maaned=/);
    await page.getByTestId('month-share').waitFor();
  });

  it('asks for a reason when a day is registered as absent without one', async () => {
    await page.getByLabel('Fravær').check();
    await page.getByRole('button', { name: 'Gem fremmøde' }).click();
    await page.getByRole('link', { name: 'Vælg en årsag til fraværet.' }).waitFor();
    await expectAccessible(page, 'attendance with error');
  });

  it('says what is wrong with a future day, and takes the message away as soon as the day is fixed', async () => {
    const tomorrow = addDays(today(), 1);
    const message = 'Dagen ligger i fremtiden. Vælg i dag eller en dag før.';
    const dayField = page.getByLabel('Dag', { exact: true });
    await dayField.fill(tomorrow);
    await page.getByLabel('Mødt').check();
    await page.getByRole('button', { name: 'Gem fremmøde' }).click();
    // In the summary, as a link to the field, and at the field itself; not "check the field".
    await page.getByRole('link', { name: new RegExp(`^${message}`) }).waitFor();
    await page.locator('#attendance-day-error', { hasText: message }).waitFor();
    expect(await page.getByText('Tjek feltet', { exact: false }).count()).toBe(0);
    await expectAccessible(page, 'attendance with a future day');

    // Corrected: the message goes at once, without saving again, and the person stays in the field.
    await dayField.fill(today());
    await expect.poll(() => page.getByText(message, { exact: false }).count()).toBe(0);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('attendance-day');
    expect(await dayField.getAttribute('aria-invalid')).toBeNull();
    // Nothing was registered for tomorrow.
    const res = await page.request.get(`/api/courses/${courseId}/attendance?month=${tomorrow.slice(0, 7)}`);
    const { days } = (await res.json()) as { days: Array<{ day: string }> };
    expect(days.map((d) => d.day)).not.toContain(tomorrow);
  });

  it('calls absence without agreement "uden aftale", never "ulovligt"', async () => {
    await page.getByLabel('Fravær').check();
    const reasons = page.getByRole('group', { name: 'Årsag til fravær' });
    await reasons.getByLabel('Uden aftale', { exact: true }).waitFor();
    expect(
      await reasons.locator('label').allTextContents(),
      'the reasons, in the words of /min-side',
    ).toEqual(['Syg', 'Efter aftale', 'Uden aftale']);
    // The month's absence line says it in the same words.
    await page
      .getByText(/uden aftale \d+\./)
      .first()
      .waitFor();
    expect(await page.content()).not.toMatch(/ulovlig/i);
  });

  it('shows a present day without hours as "–", and tells screen readers there are no hours', async () => {
    const yesterday = addDays(today(), -1);
    await page.getByLabel('Dag', { exact: true }).fill(yesterday);
    await page.getByLabel('Mødt').check();
    await page.getByRole('button', { name: 'Gem fremmøde' }).click();
    await page
      .getByText(`Fremmøde for ${weekdayDate(yesterday)} er gemt.`)
      .first()
      .waitFor();
    const row = page.locator('main table tbody tr', {
      has: page.getByRole('rowheader', { name: weekdayDate(yesterday), exact: true }),
    });
    await row.getByText('Mødt', { exact: true }).waitFor();
    const hours = row.locator('td[data-title="Timer"]');
    expect(await hours.locator('[aria-hidden="true"]').textContent()).toBe('–');
    expect(await hours.locator('.sr-only').textContent()).toBe('ingen timer registreret');
    expect(await hours.textContent()).not.toMatch(/\d/);
    // The server holds a present day with no hours.
    const res = await page.request.get(`/api/courses/${courseId}/attendance?month=${yesterday.slice(0, 7)}`);
    const { days } = (await res.json()) as { days: Array<{ day: string; status: string; hours: number }> };
    expect(days.find((d) => d.day === yesterday)).toMatchObject({ status: 'present', hours: 0 });
  });

  it('adds a goal with the learning circle, then a sub-goal under it, and sees both', async () => {
    await tab('Mål').click();
    await h2('Mål').waitFor();
    await page.getByRole('button', { name: 'Nyt mål' }).click();
    await page.getByRole('heading', { name: 'Nyt mål' }).waitFor();
    await expectAccessible(page, 'goal form');
    await page.getByRole('group', { name: 'Område' }).getByLabel('Socialt og helbred').check();
    await page.getByLabel('Titel på målet').fill('Lave aftensmad selv');
    await page.getByLabel('Spor (valgfri)').selectOption({ label: 'Sundhed, kost, motion og rusmidler' });
    await page.getByLabel('1. Hvilket mål arbejder den unge med?').fill('At lave mad to gange om ugen.');
    await page
      .getByLabel('2. Hvilke aktiviteter sætter vi i gang sammen?')
      .fill('Madlavning med bostøtten tirsdag.');
    await page.getByRole('button', { name: 'Opret mål' }).click();
    const goal = page.locator('article', {
      has: page.getByRole('heading', { level: 3, name: 'Lave aftensmad selv' }),
    });
    await goal.waitFor();
    expect(await goal.textContent()).toContain('At lave mad to gange om ugen.');

    await goal.getByRole('button', { name: 'Tilføj delmål: Lave aftensmad selv' }).click();
    await page.getByLabel('Titel på delmålet').fill('Skrive en indkøbsliste');
    await page.getByRole('button', { name: 'Opret delmål' }).click();
    await goal.getByRole('heading', { level: 4, name: /Skrive en indkøbsliste/ }).waitFor();

    await page.reload();
    const again = page.locator('article', {
      has: page.getByRole('heading', { level: 3, name: 'Lave aftensmad selv' }),
    });
    await again.getByRole('heading', { level: 4, name: /Skrive en indkøbsliste/ }).waitFor();
    await screenshot(page, 'course-goals');
    await expectAccessible(page, 'course goals');
  });

  it('edits a goal and sees the change in its history', async () => {
    const goal = page
      .locator('article', { has: page.getByRole('heading', { level: 3, name: 'Lave aftensmad selv' }) })
      .first();
    await goal.getByRole('button', { name: 'Redigér: Lave aftensmad selv' }).click();
    await page.getByRole('group', { name: 'Status' }).getByLabel('Nået').check();
    await page
      .getByLabel('4. Hvad har vi lært, og hvilke nye mål følger?')
      .first()
      .fill('Det går bedst med en fast dag.');
    await page.getByLabel('Hvorfor ændres målet?').fill('Mål nået i oktober.');
    await page.getByRole('button', { name: 'Gem ændringer' }).click();
    await goal.getByText('Nået', { exact: true }).waitFor();
    await goal.getByRole('button', { name: 'Vis historik: Lave aftensmad selv' }).click();
    const history = goal.locator('.app-history').first();
    await history.getByText('Version 2', { exact: false }).waitFor();
    const text = (await history.textContent()) ?? '';
    expect(text).toContain('Aktivt');
    expect(text).toContain('Nået');
    expect(text).toContain('Mål nået i oktober.');
    await screenshot(page, 'course-goal-history');
    await expectAccessible(page, 'goal history');
  });

  it('records a consent to share with a company, then withdraws it after a confirmation', async () => {
    const what = 'Deling med virksomhed: Lindeby Tømrer ApS';
    const announced = (text: string) =>
      page.locator('[aria-live="polite"]', { hasText: text }).waitFor({ state: 'attached' });
    await page.goto(`/forloeb/${courseId}`);
    await h2('Overblik').waitFor();
    const consents = page.locator('section', {
      has: page.getByRole('heading', { level: 3, name: 'Samtykker' }),
    });
    await consents.getByText('Deling med jobcentret').waitFor();
    // Freja shares with her internship's café (the demo); not yet with the carpenter.
    expect(await consents.getByText(what).count()).toBe(0);

    await page.getByRole('button', { name: 'Registrér samtykke' }).click();
    const form = page.getByRole('form', { name: 'Registrér samtykke' });
    await form
      .getByRole('group', { name: 'Hvad har den unge sagt ja til?' })
      .getByLabel('Deling med virksomhed')
      .check();
    await form.getByLabel('Virksomhed', { exact: true }).selectOption({ label: 'Lindeby Tømrer ApS' });
    // What the company may see: the default is the least useful, and health is never offered.
    const what_ = form.getByRole('group', { name: 'Hvad må de se?' });
    expect(await what_.getByLabel('kontaktoplysninger').isChecked()).toBe(true);
    expect(await what_.getByLabel('mål', { exact: true }).isChecked()).toBe(true);
    expect(await what_.getByLabel('fremmøde').isChecked()).toBe(false);
    expect(await what_.getByLabel('helbred og funktionsnedsættelse').count()).toBe(0);
    await what_.getByLabel('fremmøde').check();
    await what_.getByLabel('kontaktoplysninger').uncheck();
    expect(await form.getByLabel('Givet den').inputValue()).toBe(today());
    await screenshot(page, 'course-consent-form');
    await expectAccessible(page, 'record consent form');
    await form.getByRole('button', { name: 'Gem samtykke' }).click();
    await announced(`Samtykket er registreret: ${what}.`);

    const item = consents.locator('li', { hasText: what });
    await item.getByText('Gælder nu.', { exact: false }).waitFor();
    await item.getByText('Deler: mål, fremmøde.').waitFor();
    await item.getByRole('button', { name: `Træk tilbage: ${what}` }).click();
    await item.getByText('Skal samtykket trækkes tilbage?').waitFor();
    await item.getByText('Lindeby Tømrer ApS kan ikke længere se den unges oplysninger.').waitFor();
    await item.getByRole('button', { name: 'Ja, træk tilbage' }).click();
    await announced(`Samtykket er trukket tilbage: ${what}.`);
    await item.getByText('Trukket tilbage', { exact: false }).waitFor();

    await page.reload();
    await h2('Overblik').waitFor();
    const after = consents.locator('li', { hasText: what });
    await after.getByText('Trukket tilbage', { exact: false }).waitFor();
    expect(await after.getByRole('button').count()).toBe(0);
  });
});

describe('ending a course', () => {
  it('has no outcome chosen beforehand: saving without one names the field and changes nothing', async () => {
    const noah = await server.courseOf('Noah');
    const overview = async () => (await (await page.request.get(`/api/courses/${noah}`)).json()) as any;
    const before = await overview();
    expect(before.course.status).toBe('active');
    await page.goto(`/forloeb/${noah}`);
    await h2('Overblik').waitFor();
    await page.getByRole('button', { name: 'Skift status' }).click();
    const form = page.getByRole('form', { name: 'Skift forløbets status' });
    await form.getByRole('group', { name: 'Ny status' }).getByLabel('Afsluttet').check();
    const outcome = form.getByLabel('Hvordan sluttede forløbet?');
    expect(await outcome.inputValue()).toBe('');
    expect(await outcome.locator('option:checked').textContent()).toBe('Vælg afslutning');

    await form.getByRole('button', { name: 'Gem status' }).click();
    const message = 'Vælg en afslutning under »Hvordan sluttede forløbet?«.';
    await form.getByRole('link', { name: message }).waitFor();
    await form.locator('#status-outcome-error', { hasText: message }).waitFor();
    expect(await outcome.getAttribute('aria-invalid')).toBe('true');
    await expectAccessible(page, 'status change without an outcome');
    const after = await overview();
    expect(after.course).toEqual(before.course);
    expect(after.statusHistory).toEqual(before.statusHistory);

    // Choosing one takes the message away; saving ends the course with that outcome.
    await outcome.selectOption({ label: 'Fleksjob' });
    await expect.poll(() => form.getByText(message).count()).toBe(0);
    await form.getByRole('button', { name: 'Gem status' }).click();
    await page
      .locator('[aria-live="polite"]', { hasText: 'Status er ændret til Afsluttet.' })
      .waitFor({ state: 'attached' });
    const ended = await overview();
    expect(ended.course.status).toBe('ended');
    expect(ended.course.outcome.type).toBe('flexJob');
  });
});

describe('what other roles see', () => {
  it('a company mentor sees no sensitive fields and no goal forms', async () => {
    const mentorCourse = await server.courseOf('Amalie');
    const mentor = await newPage(browser, server.baseUrl);
    await signIn(mentor, 'virksomhedsmentor');
    await mentor.goto(`/forloeb/${mentorCourse}`);
    await mentor.getByRole('heading', { level: 1, name: /Amalie Nielsen/ }).waitFor();
    await mentor.getByRole('heading', { level: 2, name: 'Overblik' }).waitFor();
    for (const label of [
      'CPR-nummer',
      'Fødselsdato',
      'Funktionsnedsættelse',
      'Funktionsforstyrrelser',
      'Køn',
    ]) {
      expect(await mentor.getByText(label, { exact: true }).count(), label).toBe(0);
    }
    expect(await mentor.getByRole('button', { name: 'Skift status' }).count()).toBe(0);
    await mentor.getByRole('link', { name: 'Mål', exact: true }).click();
    await mentor.getByRole('heading', { level: 2, name: 'Mål' }).waitFor();
    await mentor.getByText('Stabilt fremmøde i værkstedet').first().waitFor();
    expect(await mentor.getByRole('button', { name: 'Nyt mål' }).count()).toBe(0);
    expect(await mentor.getByRole('button', { name: /^Redigér/ }).count()).toBe(0);
    await screenshot(mentor, 'company-mentor-goals');
    await mentor.context().close();
  });

  it('a young person lands on their own page; their course shows no journal or write forms', async () => {
    const own = await server.courseOf('Amalie');
    const young = await newPage(browser, server.baseUrl);
    await signIn(young, 'ung');
    await young.waitForURL('**/min-side');
    await young.getByRole('heading', { level: 1, name: 'Min side' }).waitFor();
    await young.goto(`/forloeb/${own}`);
    await young.getByRole('heading', { level: 1, name: /Amalie Nielsen/ }).waitFor();
    const tabs = young.getByRole('navigation', { name: 'Dele af forløbet' }).getByRole('link');
    // Their own measurements, letters and logbook too, but no journal.
    expect(await tabs.allTextContents()).toEqual([
      'Overblik',
      'Fremmøde',
      'Mål',
      'Netværk',
      'Målinger',
      'Møder',
      'Praktik og job',
      'Statusbreve',
      'Logbog',
    ]);
    await young.getByRole('link', { name: 'Fremmøde', exact: true }).click();
    await young.getByTestId('month-share').waitFor();
    expect(await young.getByRole('button', { name: 'Gem fremmøde' }).count()).toBe(0);
    await expectAccessible(young, 'participant attendance');
    await young.getByRole('link', { name: 'Til min side' }).click();
    await young.waitForURL('**/min-side');
    await young.context().close();
  });
});
