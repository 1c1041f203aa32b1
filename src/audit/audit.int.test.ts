import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase } from '../../tests/support/database.ts';
import type { DatabaseHandle } from '../platform/db.ts';
import { type AuditEntry, audit } from './audit.ts';

describe('audit rows', () => {
  let database: DatabaseHandle;
  beforeAll(async () => {
    database = await openTestDatabase();
  });
  afterAll(async () => {
    await database?.close();
  });

  const read = (actor: string) =>
    database.db
      .selectFrom('audit_log')
      .select(['action', 'purpose', 'participant_id', 'course_id', 'municipality_id', 'object_type'])
      .select(['object_id', 'detail', 'outcome'])
      .where('actor_user_id', '=', actor)
      .orderBy('id')
      .execute();

  it('writes many entries in one statement exactly as one at a time would, nulls and odd text included', async () => {
    const course = randomUUID();
    const entries: AuditEntry[] = [
      {
        action: 'caseload.read',
        purpose: 'courseWork',
        courseId: course,
        objectType: 'course',
        objectId: course,
      },
      {
        action: 'caseload.read',
        purpose: 'courseWork',
        participantId: randomUUID(),
        municipalityId: randomUUID(),
        objectType: 'course',
        objectId: 'a "quoted", {braced} \\ back',
        detail: { note: 'quote " and \\ backslash, comma, {x}', count: 3, nested: { æøå: [1, null] } },
        outcome: 'refused',
      },
      { action: 'caseload.read', purpose: 'courseWork', detail: {} },
    ];
    const [many, single] = [randomUUID(), randomUUID()];
    await audit(database.db, { userId: many }, entries);
    for (const entry of entries) await audit(database.db, { userId: single }, entry);
    const rows = await read(many);
    expect(rows).toHaveLength(3);
    expect(rows).toEqual(await read(single));
    expect(rows[1]?.object_id).toBe('a "quoted", {braced} \\ back');
    expect(rows[1]?.detail).toEqual(entries[1]?.detail);
    expect(rows[0]).toMatchObject({ participant_id: null, detail: null, outcome: 'ok', course_id: course });
  });
});
