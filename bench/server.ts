import type { AddressInfo } from 'node:net';
import { buildApp } from '../src/app.ts';
import { createCprCipher } from '../src/participants/cpr.ts';
import { openDatabase } from '../src/platform/db.ts';

/**
 * The app under load, in its own process so that it does not share an event loop with the load
 * generator: buildApp over BENCH_DB_URL (PostgreSQL) or BENCH_PGLITE_DIR (PGlite), on a free
 * loopback port, reported to the parent over IPC. Started and stopped by bench/run.ts.
 */
const url = process.env.BENCH_DB_URL;
const pgliteDir = process.env.BENCH_PGLITE_DIR;
const key = process.env.BENCH_CPR_KEY;
if (!key || (!url && !pgliteDir)) throw new Error('bench/server.ts is started by bench/run.ts');

const database = await openDatabase(url ? { databaseUrl: url } : { dataDir: pgliteDir as string });
const app = await buildApp({
  database,
  cpr: createCprCipher(Buffer.from(key, 'hex')),
  logLevel: process.env.BENCH_LOG_LEVEL ?? 'info',
  // The built web app, for Lighthouse (bench/web-perf.ts); the API figures do not depend on it.
  serveWeb: process.env.BENCH_SERVE_WEB === '1',
});
await app.listen({ port: 0, host: '127.0.0.1' });

let closing = false;
const shutdown = async () => {
  if (closing) return;
  closing = true;
  await app.close();
  await database.close();
  process.exit(0);
};
process.on('SIGTERM', () => void shutdown());
process.on('SIGINT', () => void shutdown());
process.on('disconnect', () => void shutdown());
process.send?.({ port: (app.server.address() as AddressInfo).port });
