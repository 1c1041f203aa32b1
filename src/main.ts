import { buildApp } from './app.ts';
import { seedDemo } from './demo/seed.ts';
import { createCprCipher, loadCprKey } from './participants/cpr.ts';
import { readConfig } from './platform/config.ts';
import { openDatabase } from './platform/db.ts';
import { createMailer } from './platform/mail.ts';
import { prepareSchema, type StartupLog, untilDatabaseAnswers } from './platform/startup.ts';

const config = readConfig();
const log: StartupLog = {
  info: (message) =>
    process.stdout.write(`${JSON.stringify({ level: 30, time: Date.now(), msg: message })}\n`),
  warn: (message) =>
    process.stdout.write(`${JSON.stringify({ level: 40, time: Date.now(), msg: message })}\n`),
};
const database = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
const cprKey = loadCprKey(config.cprKey, config.databaseUrl ? undefined : config.dataDir);
if (!cprKey) throw new Error('set VIVIRK_CPR_KEY (64 hex characters) to run on a real PostgreSQL server');
const cpr = createCprCipher(cprKey);
// The database may still be starting: wait for it (and say so) rather than exit.
await prepareSchema(config, database, log);
// Demo data belongs to the embedded database only: never on a real server.
if (!config.databaseUrl) await untilDatabaseAnswers(() => seedDemo(database.db, cpr), log);
const app = await buildApp({
  database,
  cpr,
  secureCookies: config.secureCookies,
  trustProxy: config.trustProxy,
  logLevel: config.logLevel,
  mailer: createMailer({ smtpUrl: config.smtpUrl, logDir: config.logDir, from: config.mailFrom }),
  publicUrl: config.publicUrl,
  // The daily reminder job (pg-boss, on this same database).
  reminders: true,
});

const shutdown = async () => {
  await app.close();
  await database.close();
  process.exit(0);
};
process.once('SIGINT', shutdown);
process.once('SIGTERM', shutdown);

await app.listen({ port: config.port, host: config.host });
