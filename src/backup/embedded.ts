import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { loadCprKey } from '../participants/cpr.ts';
import { type BackupHeader, openKey, readContainer, sealKey, sha256, writeContainer } from './container.ts';

/**
 * Backup and restore of the embedded database (PGlite): the whole data directory as PGlite dumps
 * it, plus the CPR key sealed with a passphrase. The server must be stopped first: PGlite is
 * single-process. A real PostgreSQL server is backed up with pg_dump (docs/operations.md).
 */
export async function backupEmbedded(options: {
  dataDir: string;
  file: string;
  passphrase: string | undefined;
  cprKeyHex?: string | undefined;
}): Promise<BackupHeader> {
  if (!existsSync(path.join(options.dataDir, 'PG_VERSION')))
    throw new Error(`${options.dataDir} holds no embedded database`);
  const key = loadCprKey(options.cprKeyHex, options.dataDir);
  if (!key) throw new Error('no CPR key to back up');
  const cprKey = sealKey(key, options.passphrase);
  const db = await PGlite.create(options.dataDir);
  try {
    const migrations = (
      await db.query<{ name: string }>('SELECT name FROM schema_migrations ORDER BY name')
    ).rows.map((r) => r.name);
    const data = Buffer.from(await (await db.dumpDataDir('gzip')).arrayBuffer());
    const header: BackupHeader = {
      createdAt: new Date().toISOString(),
      kind: 'pglite',
      migrations,
      cprKey,
      dataSha256: sha256(data),
      dataBytes: data.length,
    };
    // Written beside, then renamed: a crash never leaves half a backup under the real name.
    const partial = `${options.file}.partial`;
    writeFileSync(partial, writeContainer(header, data), { mode: 0o600 });
    renameSync(partial, options.file);
    return header;
  } finally {
    await db.close();
  }
}

/** Restores into a new (missing or empty) directory; nothing is written unless the file and passphrase are right. */
export async function restoreEmbedded(options: {
  file: string;
  dataDir: string;
  passphrase: string | undefined;
}): Promise<BackupHeader> {
  const { header, data } = readContainer(readFileSync(options.file));
  const key = openKey(header.cprKey, options.passphrase);
  if (existsSync(options.dataDir) && readdirSync(options.dataDir).length > 0)
    throw new Error(`${options.dataDir} is not empty: restore into a new directory`);
  mkdirSync(options.dataDir, { recursive: true });
  try {
    const db = await PGlite.create(options.dataDir, { loadDataDir: new Blob([new Uint8Array(data)]) });
    await db.query('SELECT 1');
    await db.close();
    writeFileSync(path.join(options.dataDir, 'cpr.key'), key.toString('hex'), { mode: 0o600 });
  } catch (error) {
    rmSync(options.dataDir, { recursive: true, force: true });
    throw error;
  }
  return header;
}
