import type { Browser, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../../src/demo/seed.ts';
import { Client } from '../support/server.ts';
import { type BrowserApp, expectAccessible, newPage, setupBrowserSuite, signIn } from './support.ts';

let server: BrowserApp;
let browser: Browser;
let page: Page;
let courseId: string;
let caseworker: Client;

setupBrowserSuite(async (suite) => {
  ({ server, browser } = suite);
  // An active course from the caseworker's own caseload (their team and the young person's consent);
  // the coordinator is on every demo course.
  caseworker = await Client.signIn(server.baseUrl, 'sagsbehandler', DEMO_PASSWORD);
  const caseload = await caseworker.request('GET', '/api/caseload');
  const active = (caseload.body.items as Array<{ courseId: string; status: string }>).find(
    (i) => i.status === 'active',
  );
  if (!active) throw new Error('the caseworker has no active course in the demo');
  courseId = active.courseId;
  page = await newPage(browser, server.baseUrl);
  await signIn(page, 'koordinator');
});

describe('two people change the same thing', () => {
  it('a goal saved on a stale read is refused, shows what changed, keeps what was typed, and saves on purpose', async () => {
    const created = await caseworker.request('POST', `/api/courses/${courseId}/goals`, {
      area: 'employmentEducation',
      title: 'Møde til tiden',
    });
    const goalId = created.body.goal.id as string;
    await page.goto(`/forloeb/${courseId}/maal`);
    const goal = page.locator('article', {
      has: page.getByRole('heading', { level: 3, name: 'Møde til tiden' }),
    });
    await goal.getByRole('button', { name: 'Redigér: Møde til tiden' }).click();
    await page.getByLabel('Titel på målet').fill('Møde til tiden tre dage om ugen');

    // Meanwhile the caseworker pauses the goal.
    const meanwhile = await caseworker.request(
      'PATCH',
      `/api/courses/${courseId}/goals/${goalId}`,
      { status: 'paused' },
      { 'if-match': '"1"' },
    );
    expect(meanwhile.status).toBe(200);

    await page.getByRole('button', { name: 'Gem ændringer' }).click();
    const alert = page.locator('.app-alert');
    await alert.getByText('Nogen har ændret det her, mens du arbejdede', { exact: false }).waitFor();
    expect(await alert.textContent()).toContain('Status: nu »På pause«');
    expect(await page.getByLabel('Titel på målet').inputValue()).toBe('Møde til tiden tre dage om ugen');
    await expectAccessible(page, 'goal changed meanwhile');

    // Saving again is a conscious choice, based on the version now shown: it goes through.
    await page.getByRole('button', { name: 'Gem ændringer' }).click();
    await page.getByRole('heading', { level: 3, name: 'Møde til tiden tre dage om ugen' }).waitFor();
    const history = await caseworker.request('GET', `/api/courses/${courseId}/goals/${goalId}/history`);
    expect(
      history.body.versions.map((v: { snapshot: { title: string; status: string } }) => v.snapshot),
    ).toEqual([
      expect.objectContaining({ title: 'Møde til tiden', status: 'active' }),
      expect.objectContaining({ title: 'Møde til tiden', status: 'paused' }),
      // The caseworker's pause was not overwritten: only the title changed.
      expect.objectContaining({ title: 'Møde til tiden tre dage om ugen', status: 'paused' }),
    ]);
  });

  it('a status change on a stale read is refused and says what the status is now', async () => {
    await page.goto(`/forloeb/${courseId}`);
    await page.getByRole('button', { name: 'Skift status' }).click();
    const opened = await caseworker.request('GET', `/api/courses/${courseId}`);
    const paused = await caseworker.request(
      'POST',
      `/api/courses/${courseId}/status`,
      { status: 'paused', effectiveDate: opened.body.course.startDate, reason: 'Sygdom' },
      { 'if-match': `"${opened.body.course.version}"` },
    );
    expect(paused.status).toBe(200);
    await page.getByRole('button', { name: 'Gem status' }).click();
    await page.locator('.app-alert').getByText('Forløbets status er nu »På pause«.').waitFor();
    const after = await caseworker.request('GET', `/api/courses/${courseId}`);
    // The caseworker's change only: the coordinator's stale one wrote nothing.
    expect(after.body.statusHistory).toHaveLength(opened.body.statusHistory.length + 1);
    expect(after.body.course.version).toBe(opened.body.course.version + 1);
  });

  it('sends one Idempotency-Key per submission, and a lost answer retried with it writes the note once', async () => {
    await page.goto(`/forloeb/${courseId}/journal`);
    const keys: string[] = [];
    page.on('request', (request) => {
      if (request.method() === 'POST' && request.url().endsWith('/journal'))
        keys.push(request.headers()['idempotency-key'] ?? '');
    });
    // The first answer is lost on the way back (the server did write): the app retries with the same key.
    let dropped = false;
    await page.route('**/journal', async (route) => {
      if (route.request().method() !== 'POST' || dropped) return route.fallback();
      dropped = true;
      await route.fetch();
      await route.abort('connectionreset');
    });
    const body = `Retried once (${Date.now()}).`;
    await page.getByLabel('Notat', { exact: true }).fill(body);
    await page.getByRole('button', { name: 'Gem journalnotat' }).click();
    await page.getByText('Journalnotatet er gemt.', { exact: true }).first().waitFor();
    expect(keys).toHaveLength(2);
    expect(keys[0]).toMatch(/^[0-9a-f]{32}$/);
    expect(keys[1]).toBe(keys[0]);
    const notes = await caseworker.request('GET', `/api/courses/${courseId}/journal`);
    expect(notes.body.notes.filter((n: { body: string }) => n.body === body)).toHaveLength(1);

    await page.getByLabel('Notat', { exact: true }).fill(`${body} Again.`);
    await page.getByRole('button', { name: 'Gem journalnotat' }).click();
    await page.locator('.app-notes').getByText(`${body} Again.`).waitFor();
    expect(keys).toHaveLength(3);
    expect(keys[2]).not.toBe(keys[0]);
  });
});
