import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase } from '../../tests/support/database.ts';
import { seedDemo } from '../demo/seed.ts';
import { createCprCipher } from '../participants/cpr.ts';
import { today } from '../platform/dates.ts';
import type { DatabaseHandle } from '../platform/db.ts';

/** The demo's meetings are there as the demo's guide promises (src/demo/meetings.ts). */
let database: DatabaseHandle;
beforeAll(async () => {
  database = await openTestDatabase();
  await seedDemo(database.db, createCprCipher(randomBytes(32)));
});
afterAll(() => database?.close());

const userId = async (username: string) =>
  (
    await database.db
      .selectFrom('users')
      .select('id')
      .where('username', '=', username)
      .executeTakeFirstOrThrow()
  ).id;

describe('demo meetings', () => {
  it('has held meetings with approved minutes and planned ones on the courses', async () => {
    const rows = await database.db
      .selectFrom('meetings')
      .select(['kind', 'status', 'minutes_approved_at', 'starts_at', 'course_id', 'format_id'])
      .execute();
    const approvedKinds = new Set(rows.filter((r) => r.minutes_approved_at).map((r) => r.kind));
    expect([...approvedKinds].sort()).toEqual(['developmentGroup', 'startUp', 'status', 'visit']);
    // Planned by people (a format's "as soon as possible" may be earlier today).
    const planned = rows.filter((r) => r.status === 'planned' && r.course_id !== null && !r.format_id);
    expect(planned.length).toBeGreaterThan(5);
    expect(planned.every((r) => new Date(r.starts_at) > new Date())).toBe(true);
    const partnershipPlanned = rows.filter((r) => r.course_id === null && r.status === 'planned');
    expect(partnershipPlanned.length).toBeGreaterThan(0);
    expect(new Set(partnershipPlanned.map((r) => r.kind))).toEqual(new Set(['developmentGroup']));
  });

  it('invites the company mentor only to planned meetings on the first course', async () => {
    const invited = await database.db
      .selectFrom('meeting_participants as p')
      .innerJoin('meetings as m', 'm.id', 'p.meeting_id')
      .innerJoin('courses as c', 'c.id', 'm.course_id')
      .innerJoin('participants as pa', 'pa.id', 'c.participant_id')
      .select(['m.status', 'pa.ref'])
      .where('p.user_id', '=', await userId('virksomhedsmentor'))
      .execute();
    expect(invited.length).toBeGreaterThan(0);
    expect(invited.every((m) => m.status === 'planned' && m.ref === 'D01')).toBe(true);
  });

  it("has open tasks, one of the coordinator's overdue", async () => {
    const open = await database.db
      .selectFrom('tasks')
      .select(['owner_id', 'deadline'])
      .where('done_at', 'is', null)
      .execute();
    const coordinator = await userId('koordinator');
    const overdue = open.filter(
      (t) => t.owner_id === coordinator && t.deadline !== null && t.deadline < today(),
    );
    expect(overdue).toHaveLength(1);
    expect(open.length).toBeGreaterThan(overdue.length);
  });
});
