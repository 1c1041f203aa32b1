import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { badRequest } from '../platform/errors.ts';

/** CPR numbers are protected data: encrypted at rest (AES-256-GCM) and only ever shown masked. */
export interface CprCipher {
  encrypt(cpr: string): string;
  decrypt(stored: string): string;
}

const cprPattern = /^(\d{6})-?(\d{4})$/;

export function normaliseCpr(input: string, field = 'cpr'): string {
  const m = cprPattern.exec(input.trim());
  if (!m) throw badRequest('CPR must be 10 digits, DDMMYY-XXXX', field);
  return `${m[1]}-${m[2]}`;
}

/** What people see: the date part, never the last four digits. */
export function maskCpr(cpr: string): string {
  return `${cpr.slice(0, 6)}-xxxx`;
}

export function createCprCipher(key: Buffer): CprCipher {
  if (key.length !== 32) throw new Error('the CPR key must be 32 bytes');
  return {
    encrypt(cpr) {
      const iv = randomBytes(12);
      const cipher = createCipheriv('aes-256-gcm', key, iv);
      const data = Buffer.concat([cipher.update(cpr, 'utf8'), cipher.final()]);
      return [
        'v1',
        iv.toString('base64'),
        cipher.getAuthTag().toString('base64'),
        data.toString('base64'),
      ].join(':');
    },
    decrypt(stored) {
      const [, iv, tag, data] = stored.split(':');
      const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(iv ?? '', 'base64'));
      decipher.setAuthTag(Buffer.from(tag ?? '', 'base64'));
      return Buffer.concat([decipher.update(Buffer.from(data ?? '', 'base64')), decipher.final()]).toString(
        'utf8',
      );
    },
  };
}

/**
 * The key comes from VIVIRK_CPR_KEY (64 hex chars). The embedded database keeps a generated key
 * beside its data, so a demo install needs no setup; a real server must be given one.
 */
export function loadCprKey(configured: string | undefined, dataDir: string | undefined): Buffer | null {
  if (configured) return Buffer.from(configured, 'hex');
  if (!dataDir) return null;
  if (dataDir.startsWith('memory://')) return randomBytes(32);
  const file = path.join(dataDir, 'cpr.key');
  if (!existsSync(file)) writeFileSync(file, randomBytes(32).toString('hex'), { mode: 0o600 });
  return Buffer.from(readFileSync(file, 'utf8').trim(), 'hex');
}
