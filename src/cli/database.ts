import { readConfig } from '../platform/config.ts';
import { type DatabaseHandle, openDatabase } from '../platform/db.ts';
import { prepareSchema } from '../platform/startup.ts';

/**
 * The database the environment names (DATABASE_URL, else the embedded one in VIVIRK_DATA_DIR),
 * migrated, for the length of one command; closed afterwards so the process can exit. Never
 * seeds demo data.
 */
const quiet = { info: () => {}, warn: () => {} };

export async function withDatabase<T>(
  env: NodeJS.ProcessEnv,
  work: (database: DatabaseHandle) => Promise<T>,
) {
  const config = readConfig(env);
  const database = await openDatabase({
    databaseUrl: config.databaseUrl,
    dataDir: config.dataDir,
    poolSize: 2,
  });
  try {
    // A command fails at once when the database is away; only the server waits for it.
    await prepareSchema(config, database, quiet, { wait: false });
    return await work(database);
  } finally {
    await database.close();
  }
}
