import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type BrowserApp,
  expectAccessible,
  heading,
  launchBrowser,
  newPage,
  screenshot,
  signIn,
  startApp,
  today,
} from './support.ts';

let server: BrowserApp;
let browser: Browser;

beforeAll(async () => {
  server = await startApp();
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const statistics = 'Dine tal må bruges i statistik.';
const jobCentre = 'Jobcentret må se dine oplysninger.';

/** This month's attendance as the server counts it, so the sentence can be checked on any day. */
async function monthSummary(page: Page, courseId: string) {
  const res = await page.request.get(`/api/courses/${courseId}/attendance?month=${today().slice(0, 7)}`);
  expect(res.status()).toBe(200);
  const body = (await res.json()) as { summary: { presentDays: number; registeredDays: number } };
  return body.summary;
}

async function signInAsYoungPerson(page: Page) {
  await signIn(page, 'ung');
  await page.waitForURL('**/min-side');
  await heading(page).filter({ hasText: 'Min side' }).waitFor();
  await page.getByRole('heading', { level: 2, name: 'Mine samtykker' }).waitFor();
  await page.getByRole('article', { name: statistics }).waitFor();
  await page
    .getByTestId('own-attendance-sentence')
    .or(page.getByText(/Der er ikke skrevet fremmøde/))
    .waitFor();
  await page.waitForLoadState('networkidle');
}

describe("the young person's own page", () => {
  it('is where they land after signing in: goals, attendance, contacts and consents in easy words', async () => {
    const own = await server.courseOf('Amalie');
    const page = await newPage(browser, server.baseUrl);
    await signInAsYoungPerson(page);
    expect(await page.title()).toBe('Min side – ViVirk');
    expect(await heading(page).count()).toBe(1);
    expect(await page.getByRole('heading', { level: 2 }).allTextContents()).toEqual([
      // The demo's coordinator has opened a measurement for her.
      'Hvor tæt er du på et arbejde?',
      // The demo has a held meeting she attended and has not answered yet (src/demo/feedback.ts).
      'Følte du dig hørt?',
      'Mine næste møder',
      'Mine mål',
      'Mit fremmøde',
      'Det næste, vi skal gøre sammen',
      'Mine kontaktpersoner',
      'Dem der hjælper dig',
      'Anden hjælp du får',
      'Mine samtykker',
      'Hvem har set mine oplysninger?',
    ]);
    await page.getByText('Hej Amalie.').waitFor();

    // Goals, with the learning circle as plain questions.
    const goal = page.getByRole('article', { name: 'Stabilt fremmøde i værkstedet' });
    await goal.getByRole('heading', { level: 3 }).waitFor();
    await goal.getByText('Du arbejder på det nu.').first().waitFor();
    await goal.getByText('Hvad vil jeg?').waitFor();
    await goal.getByText('At møde til tiden fire dage om ugen.').waitFor();
    await goal.getByText('Hvordan ser vi, om det virker?').waitFor();
    await page.getByRole('heading', { level: 4, name: /Komme i seng før kl\. 23/ }).waitFor();
    const html = await page.content();
    for (const jargon of ['Læringscirkel', 'læringscirkel', 'ressourceforløb', 'Ressourceforløb'])
      expect(html, jargon).not.toContain(jargon);

    // This month's attendance in one sentence.
    const summary = await monthSummary(page, own);
    if (summary.registeredDays > 0) {
      const unit = summary.registeredDays === 1 ? 'dag' : 'dage';
      await expect(page.getByTestId('own-attendance-sentence').textContent()).resolves.toMatch(
        new RegExp(`^Du er mødt ${summary.presentDays} af ${summary.registeredDays} ${unit} i `),
      );
    } else {
      await page.getByText(/Der er ikke skrevet fremmøde endnu/).waitFor();
    }

    // The people to talk to, with what they do; not the young person themself.
    const contacts = page.getByRole('region', { name: 'Mine kontaktpersoner' });
    await contacts.getByText('Karin Ungekoordinator').waitFor();
    await contacts.getByText('Ungekoordinator. Hjælper dig hele vejen.').waitFor();
    await contacts.getByText('Viktor Virksomhedsmentor').waitFor();
    expect(await contacts.getByText('Amalie Nielsen').count()).toBe(0);

    // Consents, each as a plain sentence.
    await page.getByRole('article', { name: jobCentre }).getByText('Ja. Det gælder nu.').waitFor();
    await page
      .getByRole('article', { name: 'Lindeby Tømrer ApS må se nogle af dine oplysninger.' })
      .waitFor();

    await screenshot(page, 'own-page');
    await expectAccessible(page, 'own page');
    await page.context().close();
  });

  it('fits a phone 360 px wide, also with the confirmation open', async () => {
    const page = await newPage(browser, server.baseUrl, { width: 360, height: 740 });
    await signInAsYoungPerson(page);
    const width = async () => page.evaluate(() => document.scrollingElement?.scrollWidth ?? 0);
    expect(await width(), 'horizontal overflow on the own page').toBeLessThanOrEqual(360);
    await screenshot(page, 'own-page-phone');
    await expectAccessible(page, 'own page at 360 px');

    await page.getByRole('button', { name: `Træk hele samtykket tilbage: ${jobCentre}` }).click();
    await page.getByText('Er du sikker?').waitFor();
    expect(await width(), 'horizontal overflow with the confirmation open').toBeLessThanOrEqual(360);
    await expectAccessible(page, 'own page confirmation at 360 px');

    // Saying no changes nothing and puts focus back on the button.
    await page.getByRole('button', { name: 'Nej, fortryd' }).click();
    await page.waitForFunction(() =>
      document.activeElement?.textContent?.startsWith('Træk hele samtykket tilbage'),
    );
    await page.getByRole('article', { name: jobCentre }).getByText('Ja. Det gælder nu.').waitFor();
    await page.context().close();
  });

  it('lets them take back the statistics consent, after a plain confirmation, at once', async () => {
    const own = await server.courseOf('Amalie');
    const page = await newPage(browser, server.baseUrl);
    await signInAsYoungPerson(page);
    const consent = page.getByRole('article', { name: statistics });
    await consent.getByText('Ja. Det gælder nu.').waitFor();

    await consent.getByRole('button', { name: `Træk tilbage: ${statistics}` }).click();
    await consent.getByText('Er du sikker?').waitFor();
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Er du sikker?');
    await consent.getByText('Dine tal bliver ikke brugt i statistik mere.').waitFor();
    await consent.getByText('Det gælder med det samme.').waitFor();
    await screenshot(page, 'own-page-confirm');
    await consent.getByRole('button', { name: 'Ja, træk tilbage' }).click();

    await consent.getByText(/^Nej\. Det blev trukket tilbage/).waitFor();
    await page
      .getByRole('status')
      .filter({ hasText: `Du har trukket det tilbage: ${statistics}` })
      .waitFor();
    expect(await consent.getByRole('button').count()).toBe(0);
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(statistics);

    // It is recorded: after a reload it still says withdrawn, and the server agrees.
    await page.reload();
    await page
      .getByRole('article', { name: statistics })
      .getByText(/^Nej\. Det blev trukket tilbage/)
      .waitFor();
    await page.getByRole('article', { name: jobCentre }).getByText('Ja. Det gælder nu.').waitFor();
    const res = await page.request.get(`/api/courses/${own}/consents`);
    const { consents } = (await res.json()) as {
      consents: Array<{ purpose: string; withdrawnOn: string | null; active: boolean }>;
    };
    const stats = consents.find((c) => c.purpose === 'statistics');
    expect(stats).toMatchObject({ withdrawnOn: today(), active: false });
    await expectAccessible(page, 'own page after withdrawal');
    await page.context().close();
  });

  it('is not for staff: they stay on their caseload', async () => {
    const page = await newPage(browser, server.baseUrl);
    await signIn(page, 'koordinator');
    await page.getByRole('heading', { level: 1, name: 'Mine forløb' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/');
    await page.goto('/min-side');
    await page.waitForURL((url) => url.pathname === '/');
    await page.getByRole('heading', { level: 1, name: 'Mine forløb' }).waitFor();
    await page.context().close();
  });
});

const company = 'Lindeby Tømrer ApS må se nogle af dine oplysninger.';
/** What Amalie shares with the company in the demo, line by line in easy words. */
const companyShares = [
  'Dit telefonnummer og din e-mail.',
  'Hvad du har brug for hjælp til.',
  'Dine mål i praktikken.',
  'Hvornår du er mødt på arbejde hos dem.',
  'Notater, der er skrevet til dem.',
  'De møder om dit forløb, som de er med i.',
  'Den anden hjælp, du får (ikke om helbred).',
  'De mennesker, der hjælper dig (ikke læger og behandlere).',
  'Din praktikaftale: hvad du skal lave, med hvem, hvor og hvornår.',
];
const seenTitle = 'Hvem har set mine oplysninger?';
const mentorName = 'Viktor Virksomhedsmentor';

const pageWidth = (page: Page) => page.evaluate(() => document.scrollingElement?.scrollWidth ?? 0);

/** Buttons (and links that look like them) in the page's main part lower than a finger needs. */
const smallTargets = (page: Page) =>
  page.evaluate(() =>
    [...document.querySelectorAll('main button, main a.button')]
      .filter((el) => el.getBoundingClientRect().height < 44)
      .map((el) => el.textContent),
  );

const activeText = (page: Page) => page.evaluate(() => document.activeElement?.textContent ?? null);

/**
 * Amalie's consents as they are now, and a function that puts them back: the tests that change
 * them do not depend on running in any order.
 */
async function keepConsents(courseId: string) {
  const db = server.database.db;
  const { participant_id: participantId } = await db
    .selectFrom('courses')
    .select('participant_id')
    .where('id', '=', courseId)
    .executeTakeFirstOrThrow();
  const before = await db
    .selectFrom('consents')
    .selectAll()
    .where('participant_id', '=', participantId)
    .execute();
  return async () => {
    await db
      .deleteFrom('consents')
      .where('participant_id', '=', participantId)
      .where(
        'id',
        'not in',
        before.map((row) => row.id),
      )
      .execute();
    for (const row of before)
      await db
        .updateTable('consents')
        .set({ withdrawn_on: row.withdrawn_on, withdrawn_by: row.withdrawn_by, categories: row.categories })
        .where('id', '=', row.id)
        .execute();
  };
}

/** The course overview's participant as the company mentor receives it on this request. */
async function participantAsMentor(mentor: Page, courseId: string) {
  const res = await mentor.request.get(`/api/courses/${courseId}`);
  expect(res.status()).toBe(200);
  return ((await res.json()) as { participant: Record<string, unknown> }).participant;
}

interface ConsentRow {
  id: string;
  purpose: string;
  active: boolean;
  categories: string[];
  replacesConsentId: string | null;
}

async function companyConsents(page: Page, courseId: string) {
  const res = await page.request.get(`/api/courses/${courseId}/consents`);
  expect(res.status()).toBe(200);
  const { consents } = (await res.json()) as { consents: ConsentRow[] };
  return consents.filter((c) => c.purpose === 'shareWithCompany');
}

const sharedLines = (page: Page) =>
  page.getByRole('article', { name: company }).locator('.own-share-what').allTextContents();

describe('what they share, one thing at a time', () => {
  it('stops sharing one thing with the company after a plain confirmation; the company sees less at once', async () => {
    const own = await server.courseOf('Amalie');
    const restore = await keepConsents(own);
    const mentor = await newPage(browser, server.baseUrl);
    const page = await newPage(browser, server.baseUrl);
    try {
      await signIn(mentor, 'virksomhedsmentor');
      expect((await participantAsMentor(mentor, own)).phone, 'contact is shared at first').toEqual(
        expect.any(String),
      );

      await signInAsYoungPerson(page);
      const consent = page.getByRole('article', { name: company });
      expect(await sharedLines(page)).toEqual(companyShares);
      // The job centre's consent names health too; a company's never does.
      expect(
        await page.getByRole('article', { name: jobCentre }).locator('.own-share-what').allTextContents(),
      ).toContain('Om dit helbred.');
      expect(await consent.getByText('Om dit helbred.').count()).toBe(0);

      await consent.getByRole('button', { name: `Stop med at dele det her: ${companyShares[0]}` }).click();
      await consent.getByText('Er du sikker?').waitFor();
      expect(await activeText(page)).toBe('Er du sikker?');
      await consent.getByText('Lindeby Tømrer ApS kan ikke se det her mere.').waitFor();
      await consent.getByText('Det gælder med det samme.').waitFor();
      await screenshot(page, 'own-page-stop-one');
      await consent.getByRole('button', { name: 'Ja, stop det' }).click();

      await page
        .getByRole('status')
        .filter({ hasText: `Nu deler du ikke det her mere: ${companyShares[0]}` })
        .waitFor();
      await expect.poll(() => sharedLines(page)).toEqual(companyShares.slice(1));
      // The replaced consent is history: one consent with the company is shown, still in force.
      expect(await page.getByRole('article', { name: company }).count()).toBe(1);
      await consent.getByText('Ja. Det gælder nu.').waitFor();
      // Focus is back on the consent, not lost on the page.
      await page.waitForFunction((name) => document.activeElement?.textContent === name, company);
      await consent.getByRole('button', { name: `Træk hele samtykket tilbage: ${company}` }).waitFor();

      // The server agrees: one active consent with the eight other things, replacing the old one.
      const active = (await companyConsents(page, own)).filter((c) => c.active);
      expect(active).toHaveLength(1);
      expect(active[0]?.categories).toEqual([
        'supportNeeds',
        'goals',
        'attendance',
        'notes',
        'meetings',
        'efforts',
        'network',
        'internship',
      ]);
      expect(active[0]?.replacesConsentId).toEqual(expect.any(String));

      // The company mentor's very next request no longer has the phone number; the rest is still shared.
      const after = await participantAsMentor(mentor, own);
      expect(after).not.toHaveProperty('phone');
      expect(after).not.toHaveProperty('email');
      expect(after.givenName).toBe('Amalie');
      expect((await mentor.request.get(`/api/courses/${own}/goals`)).status()).toBe(200);

      // Also after a reload.
      await page.reload();
      await expect.poll(() => sharedLines(page)).toEqual(companyShares.slice(1));
      await expectAccessible(page, 'own page after stopping one thing', { anyImpact: true });
    } finally {
      await mentor.context().close();
      await page.context().close();
      await restore();
    }
  });

  it('stopping the last thing left takes back the whole consent, and says so first', async () => {
    const own = await server.courseOf('Amalie');
    const restore = await keepConsents(own);
    const page = await newPage(browser, server.baseUrl);
    try {
      await signInAsYoungPerson(page);
      // Down to one thing, through the API the page uses.
      const { csrfToken } = (await (await page.request.get('/api/auth/me')).json()) as { csrfToken: string };
      const [current] = (await companyConsents(page, own)).filter((c) => c.active);
      const narrowed = await page.request.post(`/api/courses/${own}/consents/${current?.id}/narrow`, {
        headers: { 'x-csrf-token': csrfToken },
        data: { categories: ['goals'] },
      });
      expect(narrowed.status()).toBe(200);
      await page.reload();
      await expect.poll(() => sharedLines(page)).toEqual(['Dine mål i praktikken.']);

      const consent = page.getByRole('article', { name: company });
      await consent.getByRole('button', { name: 'Stop med at dele det her: Dine mål i praktikken.' }).click();
      await consent.getByText('Det er det sidste, du deler.').waitFor();
      await consent.getByText('Så bliver hele samtykket trukket tilbage.').waitFor();
      await consent.getByText('Lindeby Tømrer ApS kan ikke se dine oplysninger mere.').waitFor();
      await consent.getByRole('button', { name: 'Ja, træk tilbage' }).click();

      await consent.getByText(/^Nej\. Det blev trukket tilbage/).waitFor();
      await page
        .getByRole('status')
        .filter({ hasText: `Du har trukket det tilbage: ${company}` })
        .waitFor();
      expect(await consent.getByRole('button').count()).toBe(0);
      expect(await consent.locator('.own-share-what').count()).toBe(0);
      expect((await companyConsents(page, own)).filter((c) => c.active)).toEqual([]);
    } finally {
      await page.context().close();
      await restore();
    }
  });

  it('fits a phone 360 px wide with the question to stop one thing open: no overflow, large buttons, no axe findings', async () => {
    const page = await newPage(browser, server.baseUrl, { width: 360, height: 740 });
    await signInAsYoungPerson(page);
    expect(await pageWidth(page), 'horizontal overflow on the own page').toBeLessThanOrEqual(360);
    expect(await smallTargets(page)).toEqual([]);
    await expectAccessible(page, 'own page at 360 px', { anyImpact: true });

    const consent = page.getByRole('article', { name: company });
    await consent.getByRole('button', { name: `Stop med at dele det her: ${companyShares[3]}` }).click();
    await consent.getByText('Er du sikker?').waitFor();
    expect(await pageWidth(page), 'horizontal overflow with the question open').toBeLessThanOrEqual(360);
    expect(await smallTargets(page)).toEqual([]);
    await screenshot(page, 'own-page-stop-one-phone');
    await expectAccessible(page, 'own page, stop one thing, at 360 px', { anyImpact: true });

    // Saying no changes nothing and puts focus back on the button.
    await consent.getByRole('button', { name: 'Nej, fortryd' }).click();
    await page.waitForFunction(() => document.activeElement?.textContent === 'Stop med at dele det her');
    expect(await sharedLines(page)).toContain(companyShares[3]);
    await page.context().close();
  });
});

describe('who has seen my information', () => {
  it("shows the company mentor's reads and refused attempt in easy words, 20 at a time, with the whole list to download", async () => {
    const own = await server.courseOf('Amalie');
    // The company mentor reads the course overview (21 times: more than one page of the list),
    // then tries the access log, which is not theirs to read.
    const mentor = await newPage(browser, server.baseUrl);
    await signIn(mentor, 'virksomhedsmentor');
    for (let i = 0; i < 21; i += 1) await participantAsMentor(mentor, own);
    expect((await mentor.request.get(`/api/courses/${own}/access-log`)).status()).toBe(404);
    await mentor.context().close();

    const page = await newPage(browser, server.baseUrl, { width: 360, height: 740 });
    await signInAsYoungPerson(page);
    await page.getByRole('link', { name: 'Se, hvem der har set dine oplysninger' }).click();
    await page.waitForURL('**/min-side/hvem-har-set');
    await heading(page).filter({ hasText: seenTitle }).waitFor();
    expect(await page.title()).toBe(`${seenTitle} – ViVirk`);
    const entries = page.getByTestId('access-log-entry');
    await entries.first().waitFor();
    await page.getByRole('heading', { level: 2, name: 'I dag' }).waitFor();

    // Newest first, 20 at a time.
    expect(await entries.count()).toBe(20);
    const showing = await page.getByTestId('access-log-showing').textContent();
    const total = Number(/^Du ser 20 af (\d+)\.$/.exec(showing ?? '')?.[1]);
    expect(total).toBeGreaterThan(22);
    const times = await entries
      .locator('time')
      .evaluateAll((els) => els.map((el) => el.getAttribute('datetime')));
    expect(times).toEqual([...times].sort().reverse());

    // The refused attempt, plainly, with who and from where.
    const refused = entries.filter({ hasText: 'Prøvede at åbne dit forløb, men måtte ikke.' });
    expect(await refused.count()).toBe(1);
    expect(await refused.getAttribute('data-outcome')).toBe('refused');
    await refused.getByText(mentorName).waitFor();
    await refused.getByText('Mentor på din arbejdsplads. Fra Lindeby Tømrer ApS.').waitFor();
    await refused.getByText(/^Kl\. \d\d\.\d\d$/).waitFor();
    // The reads, as what they did.
    const reads = entries
      .filter({ hasText: mentorName })
      .filter({ hasText: 'Så oversigten over dit forløb.' });
    expect(await reads.count()).toBeGreaterThan(0);
    expect(await reads.first().getAttribute('data-outcome')).toBe('ok');
    // Their own reads say it was them (whichever of the page's parallel reads came last: "Så dem,
    // der hjælper dig." ends in "dig." too, so the role's line is matched from its start).
    await entries
      .filter({ hasText: 'Amalie Nielsen' })
      .first()
      .getByText(/^Dig\./)
      .waitFor();

    expect(await pageWidth(page), 'horizontal overflow on the access log').toBeLessThanOrEqual(360);
    expect(await smallTargets(page)).toEqual([]);
    await screenshot(page, 'access-log-phone');
    await expectAccessible(page, 'access log at 360 px', { anyImpact: true });

    // "Vis flere" shows 20 more and puts focus on the first of them.
    await page.getByRole('button', { name: 'Vis flere' }).click();
    await expect.poll(() => entries.count()).toBe(Math.min(40, total));
    await page.waitForFunction(
      () =>
        document.activeElement?.getAttribute('data-testid') === 'access-log-entry' &&
        [...document.querySelectorAll('[data-testid="access-log-entry"]')].indexOf(document.activeElement) ===
          20,
    );
    await page
      .getByRole('status')
      .filter({ hasText: `Du ser ${Math.min(40, total)} af ${total}.` })
      .waitFor();
    expect(await pageWidth(page), 'horizontal overflow with more entries').toBeLessThanOrEqual(360);
    await expectAccessible(page, 'access log, more entries, at 360 px', { anyImpact: true });

    // The whole list, as a file.
    const download = page.getByRole('link', { name: 'Hent hele listen' });
    expect(await download.getAttribute('href')).toBe(`/api/courses/${own}/access-log.csv`);
    const csv = await page.request.get(`/api/courses/${own}/access-log.csv`);
    expect(csv.status()).toBe(200);
    expect(csv.headers()['content-type']).toMatch(/^text\/csv/);
    const text = await csv.text();
    expect(text).toContain(mentorName);
    expect(text.split('\r\n').filter((line) => line.includes(mentorName)).length).toBeGreaterThan(21);

    // In English too, with the same words as the download's (src/audit/words.ts).
    await page.getByRole('button', { name: 'English' }).click();
    await heading(page).filter({ hasText: 'Who has seen my information?' }).waitFor();
    await entries
      .filter({ hasText: 'Tried to open your course, but was not allowed.' })
      .getByText(mentorName)
      .waitFor();
    await entries
      .filter({ hasText: 'Saw the overview of your course.' })
      .first()
      .getByText(/^At \d\d:\d\d$/)
      .waitFor();
    await page.getByRole('button', { name: 'Dansk' }).click();

    // Back to the own page.
    await page.getByRole('link', { name: 'Til min side' }).click();
    await page.waitForURL('**/min-side');
    await page.context().close();
  });

  it('is for the young person only: staff are sent to their caseload', async () => {
    const page = await newPage(browser, server.baseUrl);
    await signIn(page, 'virksomhedsmentor');
    await page.goto('/min-side/hvem-har-set');
    await page.waitForURL((url) => url.pathname === '/');
    await page.getByRole('heading', { level: 1, name: 'Mine forløb' }).waitFor();
    await page.context().close();
  });
});
