import { type ChildProcess, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import lighthouse from 'lighthouse';

/**
 * Lighthouse 12 with its default mobile settings (simulated slow 4G, 4× CPU slowdown, a phone's
 * screen) on the pages a phone user opens first: the coordinator's caseload, one course page and a
 * young person's own page, signed in through a Cookie header. Debian's Chromium, headless, one
 * page at a time (Lighthouse needs the machine to itself as far as it can have it).
 */
export interface LighthousePage {
  /** What the page is: "caseload", "course", "own page". */
  page: string;
  path: string;
  /** 0–100. */
  performance: number;
  accessibility: number;
  lcpMs: number;
  fcpMs: number;
  tbtMs: number;
  cls: number;
  /** Bytes of script over the wire (compressed), as Lighthouse counted them. */
  scriptBytes: number;
  /** Every byte over the wire. */
  totalBytes: number;
}

export interface LighthouseTargets {
  performance: number;
  lcpMs: number;
  accessibility: number;
}

/** Issue 11: the web app on a phone over mobile data. */
export const lighthouseTargets: LighthouseTargets = { performance: 95, lcpMs: 2000, accessibility: 100 };

export interface LighthouseInput {
  baseUrl: string;
  /** `name=value` of a signed-in youth coordinator's session. */
  coordinatorCookie: string;
  /** `name=value` of a signed-in young person's session. */
  youngPersonCookie: string;
  /** A course the coordinator may open. */
  courseId: string;
  chromiumPath?: string;
  /**
   * Runs per page (default 3, BENCH_LIGHTHOUSE_RUNS): the median run by performance score is
   * reported, as Lighthouse advises, since its CPU figures follow what else the machine does.
   */
  runs?: number;
  /** Where each page's full Lighthouse report (JSON) is written, to see why a figure is what it is. */
  reportDir?: string;
  log?: (line: string) => void;
}

export async function auditPages(input: LighthouseInput): Promise<LighthousePage[]> {
  const pages = [
    { page: 'caseload', path: '/', cookie: input.coordinatorCookie },
    { page: 'course', path: `/forloeb/${input.courseId}`, cookie: input.coordinatorCookie },
    { page: 'own page', path: '/min-side', cookie: input.youngPersonCookie },
  ];
  const chromium = await launchChromium(
    input.chromiumPath ?? process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  );
  try {
    const results: LighthousePage[] = [];
    const runs = Math.max(1, input.runs ?? Number(process.env.BENCH_LIGHTHOUSE_RUNS ?? 3));
    for (const p of pages) {
      const reportFile = input.reportDir
        ? path.join(input.reportDir, `lighthouse-${p.page.replace(/\W+/g, '-')}.json`)
        : undefined;
      const tries: Array<Awaited<ReturnType<typeof auditOne>>> = [];
      for (let i = 0; i < runs; i++) {
        // Lighthouse now and then loses its trace (NO_NAVSTART, NO_FCP): once more before giving up.
        const once = () => auditOne(input.baseUrl + p.path, p.cookie, chromium.port);
        tries.push(
          await once().catch((error: Error) => {
            input.log?.(`  Lighthouse ${p.page}: ${error.message.split('\n')[0]}; once more`);
            return once();
          }),
        );
      }
      const median = medianRun(tries);
      if (reportFile) {
        mkdirSync(path.dirname(reportFile), { recursive: true });
        writeFileSync(reportFile, JSON.stringify(median.lhr));
      }
      const { lhr: _lhr, ...figures } = median;
      results.push({ page: p.page, path: p.path, ...figures });
      input.log?.(
        `  Lighthouse ${p.page} (${p.path}): ${describe(results.at(-1)!)}` +
          (runs > 1 ? ` (median of ${runs}; performance ${tries.map((t) => t.performance).join(', ')})` : ''),
      );
    }
    return results;
  } finally {
    await chromium.close();
  }
}

export const describe = (r: LighthousePage) =>
  `performance ${r.performance}, accessibility ${r.accessibility}, LCP ${(r.lcpMs / 1000).toFixed(2)} s, ` +
  `FCP ${(r.fcpMs / 1000).toFixed(2)} s, TBT ${r.tbtMs.toFixed(0)} ms, CLS ${r.cls.toFixed(3)}, ` +
  `script ${(r.scriptBytes / 1024).toFixed(0)} KiB of ${(r.totalBytes / 1024).toFixed(0)} KiB transferred`;

/** One line per page and target: "ok" or "MISSED". */
export function lighthouseVerdicts(pages: LighthousePage[], targets = lighthouseTargets): string[] {
  return pages.map((r) => {
    const misses = [
      r.performance < targets.performance ? `performance ${r.performance} < ${targets.performance}` : null,
      r.lcpMs > targets.lcpMs ? `LCP ${(r.lcpMs / 1000).toFixed(2)} s > ${targets.lcpMs / 1000} s` : null,
      r.accessibility < targets.accessibility
        ? `accessibility ${r.accessibility} < ${targets.accessibility}`
        : null,
    ].filter(Boolean);
    const met = `performance ${r.performance} (≥ ${targets.performance}), LCP ${(r.lcpMs / 1000).toFixed(2)} s (≤ ${targets.lcpMs / 1000} s), accessibility ${r.accessibility} (${targets.accessibility})`;
    return misses.length === 0
      ? `Lighthouse ${r.page}: ok — ${met}`
      : `Lighthouse ${r.page}: MISSED — ${misses.join(', ')}`;
  });
}

interface NetworkItem {
  resourceType?: string;
  transferSize?: number;
}

/** The run with the median performance score (the lower middle one of an even number). */
export function medianRun<T extends { performance: number; lcpMs: number }>(runs: T[]): T {
  const sorted = [...runs].sort((a, b) => a.performance - b.performance || b.lcpMs - a.lcpMs);
  const median = sorted[Math.floor((sorted.length - 1) / 2)];
  if (!median) throw new Error('no Lighthouse run');
  return median;
}

async function auditOne(url: string, cookie: string, port: number) {
  const runner = await lighthouse(url, {
    port,
    output: 'json',
    logLevel: 'error',
    onlyCategories: ['performance', 'accessibility'],
    extraHeaders: { Cookie: cookie },
  });
  if (!runner) throw new Error(`Lighthouse returned nothing for ${url}`);
  const lhr = runner.lhr;
  if (lhr.runtimeError) throw new Error(`Lighthouse on ${url}: ${lhr.runtimeError.message}`);
  // A page that redirected to sign-in would score well and say nothing.
  if (new URL(lhr.finalDisplayedUrl).pathname !== new URL(url).pathname)
    throw new Error(`Lighthouse on ${url} ended at ${lhr.finalDisplayedUrl}`);
  const numeric = (id: string) => {
    const value = lhr.audits[id]?.numericValue;
    if (typeof value !== 'number') throw new Error(`Lighthouse on ${url}: no ${id}`);
    return value;
  };
  const items = ((lhr.audits['network-requests']?.details as { items?: NetworkItem[] } | undefined)?.items ??
    []) as NetworkItem[];
  const bytes = (filter: (item: NetworkItem) => boolean) =>
    items.filter(filter).reduce((sum, item) => sum + (item.transferSize ?? 0), 0);
  const score = (id: string) => Math.round((lhr.categories[id]?.score ?? 0) * 100);
  return {
    performance: score('performance'),
    accessibility: score('accessibility'),
    lcpMs: numeric('largest-contentful-paint'),
    fcpMs: numeric('first-contentful-paint'),
    tbtMs: numeric('total-blocking-time'),
    cls: numeric('cumulative-layout-shift'),
    scriptBytes: bytes((item) => item.resourceType === 'Script'),
    totalBytes: bytes(() => true),
    lhr,
  };
}

/** Headless Chromium with a remote-debugging port, in a profile of its own that goes with it. */
async function launchChromium(executable: string): Promise<{ port: number; close: () => Promise<void> }> {
  const profile = mkdtempSync(path.join(os.tmpdir(), 'vivirk-lighthouse-'));
  const child: ChildProcess = spawn(
    executable,
    [
      '--headless=new',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--no-default-browser-check',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-extensions',
      '--remote-debugging-port=0',
      `--user-data-dir=${profile}`,
      'about:blank',
    ],
    { stdio: ['ignore', 'ignore', 'pipe'] },
  );
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const close = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM');
      await Promise.race([exited, new Promise((r) => setTimeout(r, 5000))]);
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    }
    rmSync(profile, { recursive: true, force: true });
  };
  try {
    const port = await new Promise<number>((resolve, reject) => {
      let err = '';
      const timer = setTimeout(() => reject(new Error(`Chromium did not start in 30 s: ${err}`)), 30_000);
      child.stderr?.on('data', (d: Buffer) => {
        err += d;
        const m = /DevTools listening on ws:\/\/[^:]+:(\d+)\//.exec(err);
        if (m) {
          clearTimeout(timer);
          resolve(Number(m[1]));
        }
      });
      child.once('exit', (code) => {
        clearTimeout(timer);
        reject(new Error(`Chromium exited with ${code}: ${err}`));
      });
      child.once('error', (error) => {
        clearTimeout(timer);
        reject(error);
      });
    });
    // Keep reading, or a full pipe would stall Chromium.
    child.stderr?.resume();
    return { port, close };
  } catch (error) {
    await close();
    throw error;
  }
}
