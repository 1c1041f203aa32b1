import { readConfig } from '../platform/config.ts';
import { type DatabaseHandle, openDatabase } from '../platform/db.ts';
import { migrate } from '../platform/migrate.ts';

/**
 * The database the environment names (DATABASE_URL, else the embedded one in VIVIRK_DATA_DIR),
 * migrated, for the length of one command; closed afterwards so the process can exit. Never
 * seeds demo data.
 */
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
    await migrate(database.pool);
    return await work(database);
  } finally {
    await database.close();
  }
}
