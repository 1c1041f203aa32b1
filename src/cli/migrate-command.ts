import { readConfig } from '../platform/config.ts';
import { openDatabase } from '../platform/db.ts';
import { migrate } from '../platform/migrate.ts';
import type { Io } from './io.ts';

/** `vivirk migrate`: the schema owner's step, separate from the app's own (restricted) login. */
export async function migrateCommand(io: Io, env: NodeJS.ProcessEnv): Promise<number> {
  const config = readConfig(env);
  const database = await openDatabase({
    databaseUrl: config.migrationDatabaseUrl ?? config.databaseUrl,
    dataDir: config.dataDir,
    poolSize: 1,
  });
  try {
    const applied = await migrate(database.pool);
    io.out(applied.length > 0 ? `applied: ${applied.join(', ')}` : 'the schema is up to date');
    return 0;
  } finally {
    await database.close();
  }
}
