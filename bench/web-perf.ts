import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { signIn } from './app-process.ts';
import { auditPages, type LighthousePage } from './lighthouse.ts';
import { log, root } from './options.ts';
import type { SeedResult } from './seed.ts';

/**
 * Issue 11's part of the bench: the web app as a phone on mobile data sees it. The bench builds
 * web/dist first, every time (about 10 s), so what is measured is the source as it is now; the
 * app under load then serves it (BENCH_SERVE_WEB).
 */
export function buildWebApp() {
  const t0 = Date.now();
  execFileSync('npm', ['run', '--silent', 'build:web', '--', '--logLevel', 'warn'], {
    cwd: root,
    stdio: 'inherit',
  });
  process.env.BENCH_SERVE_WEB = '1';
  log(`web app built in ${((Date.now() - t0) / 1000).toFixed(1)} s (web/dist, served by the bench's app)`);
}

/** Lighthouse on the caseload, a course page and a young person's own page, against the running app. */
export async function benchWebApp(baseUrl: string, seeded: SeedResult): Promise<LighthousePage[]> {
  const young = seeded.youngPerson;
  const coordinatorCookie = await signIn(baseUrl, seeded.coordinator.username);
  const youngPersonCookie = await signIn(baseUrl, young.username);
  return auditPages({
    baseUrl,
    coordinatorCookie,
    youngPersonCookie,
    courseId: young.courseId,
    reportDir: path.join(root, '.tmp', 'lighthouse'),
    log,
  });
}
