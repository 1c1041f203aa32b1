import { createCipheriv, createDecipheriv, createHash, randomBytes, scryptSync } from 'node:crypto';

/**
 * A backup file: one line naming the format, one line of JSON header, then the database as a
 * gzip tarball. The header carries the CPR key sealed with a passphrase (scrypt + AES-256-GCM):
 * without it a restored database cannot read a single CPR number, and with it in the clear the
 * file would be as sensitive as the key itself.
 */
export const MAGIC = 'VIVIRK-BACKUP/1';

export interface SealedKey {
  kdf: 'scrypt';
  salt: string;
  N: number;
  r: number;
  p: number;
  iv: string;
  tag: string;
  ciphertext: string;
}

export interface BackupHeader {
  createdAt: string;
  kind: 'pglite';
  migrations: string[];
  cprKey: SealedKey;
  /** SHA-256 of the tarball: a damaged file is refused before anything is restored. */
  dataSha256: string;
  dataBytes: number;
}

const SCRYPT = { N: 2 ** 15, r: 8, p: 1 };
const MIN_PASSPHRASE = 12;

function checkPassphrase(passphrase: string | undefined): string {
  if (!passphrase || passphrase.length < MIN_PASSPHRASE)
    throw new Error(`set VIVIRK_BACKUP_PASSPHRASE (at least ${MIN_PASSPHRASE} characters)`);
  return passphrase;
}

const derive = (passphrase: string, salt: Buffer, s: { N: number; r: number; p: number }) =>
  scryptSync(passphrase, salt, 32, { ...s, maxmem: 256 * s.N * s.r });

export function sealKey(key: Buffer, passphrase: string | undefined): SealedKey {
  const salt = randomBytes(16);
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', derive(checkPassphrase(passphrase), salt, SCRYPT), iv);
  const ciphertext = Buffer.concat([cipher.update(key), cipher.final()]);
  return {
    kdf: 'scrypt',
    salt: salt.toString('base64'),
    ...SCRYPT,
    iv: iv.toString('base64'),
    tag: cipher.getAuthTag().toString('base64'),
    ciphertext: ciphertext.toString('base64'),
  };
}

export function openKey(sealed: SealedKey, passphrase: string | undefined): Buffer {
  const key = derive(checkPassphrase(passphrase), Buffer.from(sealed.salt, 'base64'), sealed);
  const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(sealed.iv, 'base64'));
  decipher.setAuthTag(Buffer.from(sealed.tag, 'base64'));
  try {
    return Buffer.concat([decipher.update(Buffer.from(sealed.ciphertext, 'base64')), decipher.final()]);
  } catch {
    throw new Error('wrong passphrase for this backup (or the file is damaged)');
  }
}

export const sha256 = (data: Buffer) => createHash('sha256').update(data).digest('hex');

export function writeContainer(header: BackupHeader, data: Buffer): Buffer {
  return Buffer.concat([Buffer.from(`${MAGIC}\n${JSON.stringify(header)}\n`), data]);
}

export function readContainer(file: Buffer): { header: BackupHeader; data: Buffer } {
  const first = file.indexOf(0x0a);
  const second = first < 0 ? -1 : file.indexOf(0x0a, first + 1);
  if (first < 0 || second < 0 || file.subarray(0, first).toString() !== MAGIC)
    throw new Error(`not a ViVirk backup (expected ${MAGIC})`);
  let header: BackupHeader;
  try {
    header = JSON.parse(file.subarray(first + 1, second).toString()) as BackupHeader;
  } catch {
    throw new Error('the backup header is damaged');
  }
  const data = file.subarray(second + 1);
  if (data.length !== header.dataBytes || sha256(data) !== header.dataSha256)
    throw new Error('the backup is damaged: its data does not match its checksum');
  return { header, data };
}
