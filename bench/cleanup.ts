import { log } from './options.ts';

/** Everything the bench starts is stopped, last started first: also on errors and signals. */
const cleanups: Array<() => Promise<void> | void> = [];

export function onCleanup(cleanup: () => Promise<void> | void) {
  cleanups.push(cleanup);
}

export async function runCleanups() {
  while (cleanups.length > 0) {
    try {
      await cleanups.pop()?.();
    } catch (error) {
      log(`cleanup failed: ${(error as Error).message}`);
    }
  }
}

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    log(`\n${signal}: stopping`);
    void runCleanups().finally(() => process.exit(130));
  });
}
