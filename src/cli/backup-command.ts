import { backupEmbedded, restoreEmbedded } from '../backup/embedded.ts';
import { readConfig } from '../platform/config.ts';
import type { Io } from './io.ts';

const onServer = (io: Io) => {
  io.err(
    'DATABASE_URL is set: back up a PostgreSQL server with pg_dump and keep VIVIRK_CPR_KEY apart (docs/operations.md)',
  );
  return 1;
};

/** `backup FILE`: the embedded database and its sealed CPR key, in one file. */
export async function backupCommand(file: string, io: Io, env: NodeJS.ProcessEnv): Promise<number> {
  const config = readConfig(env);
  if (config.databaseUrl) return onServer(io);
  const header = await backupEmbedded({
    dataDir: config.dataDir,
    file,
    passphrase: env.VIVIRK_BACKUP_PASSPHRASE,
    cprKeyHex: config.cprKey,
  });
  io.err(
    `${file}: backed up ${config.dataDir} (${header.dataBytes} bytes, ${header.migrations.length} migrations)`,
  );
  return 0;
}

/** `restore FILE`: into VIVIRK_DATA_DIR, which must be new or empty. */
export async function restoreCommand(file: string, io: Io, env: NodeJS.ProcessEnv): Promise<number> {
  const config = readConfig(env);
  if (config.databaseUrl) return onServer(io);
  const header = await restoreEmbedded({
    file,
    dataDir: config.dataDir,
    passphrase: env.VIVIRK_BACKUP_PASSPHRASE,
  });
  io.err(`${file}: restored into ${config.dataDir} (backup of ${header.createdAt})`);
  return 0;
}
