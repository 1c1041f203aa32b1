import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { AxeBuilder } from '@axe-core/playwright';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, expect } from 'vitest';
import { type App, buildApp } from '../../src/app.ts';
import {
  addTeamMember,
  createOrganisation,
  createParticipantWithCourse,
  createPartnership,
  createUser,
  giveConsent,
} from '../../src/demo/builders.ts';
import { DEMO_PASSWORD, seedDemo } from '../../src/demo/seed.ts';
import { createCprCipher } from '../../src/participants/cpr.ts';
import type { DatabaseHandle, Db } from '../../src/platform/db.ts';
import type { Mailer } from '../../src/platform/mail.ts';
import { openTestDatabase } from '../support/database.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));
const distIndex = path.join(root, 'web/dist/index.html');
const lockDir = path.join(root, '.tmp/web-build.lock');
export const shotsDir = path.join(root, '.tmp/browser');

function newestMtime(entry: string): number {
  if (!existsSync(entry)) return 0;
  const stat = statSync(entry);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(stat.mtimeMs, ...readdirSync(entry).map((name) => newestMtime(path.join(entry, name))));
}

const sourcesMtime = () =>
  Math.max(
    ...['web/src', 'web/index.html', 'web/vite.config.ts', 'web/vite-plugins.ts', 'package-lock.json'].map(
      (p) => newestMtime(path.join(root, p)),
    ),
  );
const isFresh = () => existsSync(distIndex) && statSync(distIndex).mtimeMs >= sourcesMtime();

const sleep = (ms: number) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);

/**
 * Builds web/dist when it is missing or older than its sources. A lock directory keeps two
 * builds (another test run, `npm start`) from writing it at once; a lock older than five minutes
 * is left over from a crash and is taken over.
 */
export function ensureWebBuild() {
  if (isFresh()) return;
  mkdirSync(path.dirname(lockDir), { recursive: true });
  const deadline = Date.now() + 180_000;
  for (;;) {
    try {
      mkdirSync(lockDir);
      break;
    } catch {
      if (existsSync(lockDir) && Date.now() - statSync(lockDir).mtimeMs > 300_000)
        rmSync(lockDir, { recursive: true, force: true });
      if (Date.now() > deadline) throw new Error(`web build lock ${lockDir} is held for too long`);
      sleep(500);
    }
  }
  try {
    if (isFresh()) return;
    execFileSync(
      process.execPath,
      [
        path.join(root, 'node_modules/vite/bin/vite.js'),
        'build',
        '--config',
        'web/vite.config.ts',
        '--logLevel',
        'warn',
      ],
      {
        cwd: root,
        stdio: 'inherit',
        // Vitest sets NODE_ENV=test, which would make Vite bundle React's development build.
        env: { ...process.env, NODE_ENV: 'production' },
      },
    );
  } finally {
    rmSync(lockDir, { recursive: true, force: true });
  }
}

export interface BrowserApp {
  app: App;
  database: DatabaseHandle;
  baseUrl: string;
  /** Course ids by the participant's given name (the demo people, and Oskar of Nordby). */
  courseOf(givenName: string): Promise<string>;
  close(): Promise<void>;
}

/** A second municipality with its own caseworker (`nordby`) and one course, nothing shared with Lindeby. */
async function addOtherMunicipality(db: Db) {
  const municipality = await createOrganisation(db, 'municipality', 'Nordby Kommune');
  const institution = await createOrganisation(db, 'institution', 'Nordby Produktionsskole');
  const partnershipId = await createPartnership(db, {
    municipalityId: municipality,
    institutionId: institution,
    name: 'Nordby',
  });
  const caseworker = await createUser(db, {
    username: 'nordby',
    displayName: 'Nina Nordby',
    password: DEMO_PASSWORD,
    organisationId: municipality,
    role: 'caseworker',
  });
  const { participantId, courseId } = await createParticipantWithCourse(db, {
    partnershipId,
    municipalityId: municipality,
    ref: 'N01',
    givenName: 'Oskar',
    familyName: 'Nordmand',
    birthDate: '2001-06-01',
    gender: 'male',
    startDate: '2025-09-01',
    grantedMonths: 24,
  });
  await addTeamMember(db, {
    courseId,
    municipalityId: municipality,
    userId: caseworker,
    organisationId: municipality,
    role: 'caseworker',
  });
  await giveConsent(db, {
    participantId,
    municipalityId: municipality,
    purpose: 'shareWithMunicipality',
    givenOn: '2025-09-01',
  });
}

export interface BrowserAppOptions {
  /** How the app sends mail (a test's own SMTP server); by default .eml files in a temporary log directory. */
  mailer?: Mailer;
}

/** The real app (API and built web app) over a fresh database with the demo data, on a free port. */
export async function startApp(options: BrowserAppOptions = {}): Promise<BrowserApp> {
  ensureWebBuild();
  const database = await openTestDatabase();
  const cpr = createCprCipher(randomBytes(32));
  await seedDemo(database.db, cpr);
  await addOtherMunicipality(database.db);
  const app = await buildApp({
    database,
    cpr,
    logLevel: 'silent',
    ...(options.mailer ? { mailer: options.mailer } : {}),
  });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const { port } = app.server.address() as AddressInfo;
  return {
    app,
    database,
    baseUrl: `http://127.0.0.1:${port}`,
    async courseOf(givenName) {
      const row = await database.db
        .selectFrom('courses as c')
        .innerJoin('participants as p', 'p.id', 'c.participant_id')
        .select('c.id')
        .where('p.given_name', '=', givenName)
        .executeTakeFirstOrThrow();
      return row.id;
    },
    async close() {
      await app.close();
      await database.close();
    },
  };
}

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

export interface CspViolation {
  directive: string;
  blocked: string;
  page: string;
}

/** What the browser reported against the server's Content-Security-Policy since the last check. */
export const cspViolations: CspViolation[] = [];
/** Sections of the Danish strings a page asked for before they came (web/vite-strings.ts). */
export const missingStrings: string[] = [];

export interface BrowserSuite {
  server: BrowserApp;
  browser: Browser;
}

/**
 * One app and one browser for a test file: started before its tests (then `ready`, for the
 * file's own setup), closed after them.
 */
export function setupBrowserSuite(
  ready?: (suite: BrowserSuite) => Promise<void> | void,
  options: BrowserAppOptions | (() => BrowserAppOptions) = {},
) {
  let server: BrowserApp | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    server = await startApp(typeof options === 'function' ? options() : options);
    browser = await launchBrowser();
    await ready?.({ server, browser });
  });
  afterEach(() => {
    // The whole web app runs under the production CSP: anything it blocks is a bug here.
    const reported = cspViolations.splice(0);
    expect(reported, 'Content-Security-Policy violations').toEqual([]);
    // Every string the app shows comes with the module that shows it.
    expect(missingStrings.splice(0), 'strings missing at run time').toEqual([]);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
}

/** A fresh browser profile (no cookies, no stored language) in Copenhagen, like the users. */
export async function newPage(browser: Browser, baseUrl: string, viewport = { width: 1280, height: 900 }) {
  const context = await browser.newContext({
    baseURL: baseUrl,
    viewport,
    timezoneId: 'Europe/Copenhagen',
    locale: 'da-DK',
  });
  // Every Content-Security-Policy violation any page reports is collected; each test must end with none.
  await context.exposeBinding('__vivirkCspViolation', (_source, violation: CspViolation) => {
    cspViolations.push(violation);
  });
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      (window as unknown as { __vivirkCspViolation(v: unknown): void }).__vivirkCspViolation({
        directive: event.violatedDirective,
        blocked: event.blockedURI,
        page: location.pathname,
      });
    });
  });
  const page = await context.newPage();
  // Anything fetched from elsewhere would break offline use and leak who is looking.
  await page.route(/^(?!http:\/\/127\.0\.0\.1:)/, (route) => {
    throw new Error(`request outside the app: ${route.request().url()}`);
  });
  page.on('pageerror', (error) => console.error(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error' && message.text().startsWith('missing strings'))
      missingStrings.push(message.text());
  });
  return page;
}

export async function signIn(page: Page, username: string, password = DEMO_PASSWORD) {
  if (!new URL(page.url(), 'http://x').pathname.startsWith('/logind')) await page.goto('/logind');
  await page.getByLabel('Brugernavn').fill(username);
  await page.getByLabel('Adgangskode').fill(password);
  await page.getByRole('button', { name: 'Log ind' }).click();
  await page.waitForURL((url) => !url.pathname.startsWith('/logind'));
}

/** Today in Copenhagen, as the server and the browser see it. */
export const today = () =>
  new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Copenhagen' }).format(new Date());

/**
 * WCAG 2.1 A and AA by axe: prints every violation found, and fails on serious or critical ones
 * (with `anyImpact`, on every violation: none at all).
 */
export async function expectAccessible(page: Page, label: string, { anyImpact = false } = {}) {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  for (const v of results.violations) {
    console.log(
      `axe [${label}] ${v.impact}: ${v.id} — ${v.help}\n${v.nodes.map((n) => `    ${n.target.join(' ')}: ${n.failureSummary ?? ''}`).join('\n')}`,
    );
  }
  const blocking = results.violations
    .filter((v) => anyImpact || v.impact === 'serious' || v.impact === 'critical')
    .map((v) => v.id);
  const kind = anyImpact ? 'accessibility' : 'serious or critical accessibility';
  expect(blocking, `${kind} violations on ${label}`).toEqual([]);
}

export async function screenshot(page: Page, name: string) {
  mkdirSync(shotsDir, { recursive: true });
  await page.screenshot({ path: path.join(shotsDir, `${name}.png`), fullPage: true });
}

/** The page's h1, once rendered. */
export const heading = (page: Page) => page.getByRole('heading', { level: 1 });
