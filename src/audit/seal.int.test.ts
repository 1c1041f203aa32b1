import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase } from '../../tests/support/database.ts';
import type { DatabaseHandle } from '../platform/db.ts';
import { audit } from './audit.ts';
import { sealPending, verifyChain } from './seal.ts';

let database: DatabaseHandle;
beforeAll(async () => {
  database = await openTestDatabase();
});
afterAll(() => database?.close());

/** What someone with the owner's (superuser's) rights can do: switch the guard off and change history. */
async function asOwner(statements: string[]) {
  const client = await database.pool.connect();
  try {
    await client.query('RESET ROLE');
    for (const s of statements) await client.query(s);
  } finally {
    await client.query('SET ROLE vivirk_app').catch(() => {});
    client.release();
  }
}

const ids = async () =>
  (await database.db.selectFrom('audit_log').select('id').orderBy('id').execute()).map((r) => r.id);

describe('the audit log hash chain', () => {
  it('seals new rows and verifies an untouched log', async () => {
    for (let i = 0; i < 6; i++)
      await audit(database.db, null, {
        action: 'course.read',
        purpose: 'courseWork',
        objectId: `c${i}`,
        detail: { i },
      });
    expect(await sealPending(database.db, 0)).toBe(6);
    expect(await sealPending(database.db, 0)).toBe(0);
    expect(await verifyChain(database.db, 0)).toEqual({ ok: true, sealed: 6 });
    // The application's own role cannot change a seal.
    await expect(database.db.deleteFrom('audit_seals').execute()).rejects.toThrow();
  });

  it('keeps sealing rows written later, after the existing chain', async () => {
    await audit(database.db, null, { action: 'journal.read', purpose: 'courseWork' });
    expect(await sealPending(database.db, 0)).toBe(1);
    expect(await verifyChain(database.db, 0)).toEqual({ ok: true, sealed: 7 });
  });

  it('finds a row the owner altered, at its seal', async () => {
    const [, , third] = await ids();
    await asOwner([
      'ALTER TABLE audit_log DISABLE TRIGGER audit_log_no_update',
      `UPDATE audit_log SET action = 'goals.read' WHERE id = ${third}`,
      'ALTER TABLE audit_log ENABLE TRIGGER audit_log_no_update',
    ]);
    const verdict = await verifyChain(database.db, 0);
    expect(verdict).toMatchObject({ ok: false, seq: 3, auditId: third, sealed: 2 });
    if (!verdict.ok) expect(verdict.problem).toMatch(/altered/);
  });

  it('finds a row the owner deleted, at its seal', async () => {
    const [, second] = await ids();
    await asOwner([
      'ALTER TABLE audit_log DISABLE TRIGGER audit_log_no_update',
      `DELETE FROM audit_log WHERE id = ${second}`,
      'ALTER TABLE audit_log ENABLE TRIGGER audit_log_no_update',
    ]);
    const verdict = await verifyChain(database.db, 0);
    expect(verdict).toMatchObject({ ok: false, seq: 2, auditId: second, sealed: 1 });
    if (!verdict.ok) expect(verdict.problem).toMatch(/gone/);
  });
});
