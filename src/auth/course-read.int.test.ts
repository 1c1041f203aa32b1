import type { FastifyRequest } from 'fastify';
import { sql } from 'kysely';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { openTestDatabase } from '../../tests/support/database.ts';
import { readAudited } from '../audit/audit.ts';
import type { DatabaseHandle } from '../platform/db.ts';
import type { CourseGrant } from './access.ts';
import { workOn } from './course-access.ts';
import { rolePermissions } from './permissions.ts';

let database: DatabaseHandle;
beforeAll(async () => {
  database = await openTestDatabase();
});
afterAll(() => database?.close());

const courseId = '00000000-0000-4000-8000-000000000001';
const grant: CourseGrant = {
  courseId,
  participantId: '00000000-0000-4000-8000-000000000002',
  municipalityId: '00000000-0000-4000-8000-000000000003',
  partnershipId: '00000000-0000-4000-8000-000000000004',
  role: 'youthCoordinator',
  side: 'institution',
  organisationId: '00000000-0000-4000-8000-000000000005',
  permissions: rolePermissions.youthCoordinator,
  categories: null,
  classes: new Set(),
};
const request = (over: Partial<FastifyRequest> = {}) =>
  ({
    grant,
    idempotency: null,
    actor: { userId: null },
    routeOptions: { url: '/api/courses/:courseId' },
    ...over,
  }) as unknown as FastifyRequest;

const auditRows = async () =>
  Number(
    (
      await database.db
        .selectFrom('audit_log')
        .select((eb) => eb.fn.countAll().as('n'))
        .where('object_id', '=', courseId)
        .executeTakeFirstOrThrow()
    ).n,
  );

it('reads and audits in one statement, and fails a course read that runs a second one', async () => {
  const work = workOn(database.db);
  const rows = await work.courseRead(request(), (scope) =>
    scope.readAudited(
      scope.queries((tx) => tx.selectNoFrom(sql<number>`41 + 1`.as('answer'))),
      'course.read',
      { objectType: 'course', objectId: courseId },
    ),
  );
  expect(rows).toEqual([{ answer: 42 }]);
  expect(await auditRows()).toBe(1);

  await expect(
    work.courseRead(request(), async (scope) => {
      const tx = scope.queries((tx) => tx);
      await tx.selectNoFrom(sql<number>`1`.as('one')).execute();
      await tx.selectNoFrom(sql<number>`2`.as('two')).execute();
    }),
  ).rejects.toThrow(/second statement/);
});

it('refuses a one-statement read for a request that writes', async () => {
  const work = workOn(database.db);
  await expect(
    work.courseRead(
      request({ idempotency: { userId: 'u', key: 'k' } } as Partial<FastifyRequest>),
      async () => 1,
    ),
  ).rejects.toThrow(/needs course work/);
});

const lastDetail = async () =>
  await database.db
    .selectFrom('audit_log')
    .select(['detail', 'action', 'purpose', 'object_type'])
    .where('object_id', '=', courseId)
    .orderBy('id', 'desc')
    .executeTakeFirstOrThrow();

it('computes the audit detail from the rows read, in the same statement, and keeps their order', async () => {
  const work = workOn(database.db);
  const before = await auditRows();
  const rows = await work.courseRead(request(), (scope) =>
    scope.readAudited(
      scope.queries((tx) =>
        tx
          .selectFrom(sql<{ n: number }>`generate_series(1, 5)`.as('s'))
          .select(sql<number>`s * 10`.as('n'))
          .where(sql<boolean>`s <> 3`)
          .orderBy(sql`s`, 'desc'),
      ),
      'journal.read',
      { objectType: 'course', objectId: courseId, detail: { track: null, kept: 'as given' } },
      { count: sql`(select count(*) from rows)`, largest: sql`(select max(n) from rows)` },
    ),
  );
  expect(rows.map((r) => r.n)).toEqual([50, 40, 20, 10]);
  expect(await auditRows()).toBe(before + 1);
  expect(await lastDetail()).toEqual({
    action: 'journal.read',
    purpose: 'courseWork',
    object_type: 'course',
    detail: { track: null, kept: 'as given', count: 4, largest: 50 },
  });
});

it('fails whole: no audit row when the read fails, no rows when the audit insert fails', async () => {
  const db = database.db;
  const before = await auditRows();
  const entry = { action: 'journal.read', purpose: 'courseWork', objectId: courseId } as const;
  const count = { count: sql`(select count(*) from rows)` };
  // No user: the audit row's actor may be empty (a system read).
  const actor = { userId: null } as unknown as { userId: string };
  // The read fails at its third row: the audit row goes with it.
  await expect(
    readAudited(
      db,
      actor,
      entry,
      db
        .selectFrom(sql<{ s: number }>`generate_series(1, 5)`.as('s'))
        .select(sql<number>`10 / (s - 3)`.as('q')),
      count,
    ),
  ).rejects.toThrow(/division by zero/);
  expect(await auditRows()).toBe(before);
  // An audit row the table refuses (its outcome is checked) takes the read with it.
  await expect(
    readAudited(
      db,
      actor,
      { ...entry, outcome: 'unheard-of' as 'ok' },
      db.selectNoFrom(sql<number>`1`.as('one')),
      count,
    ),
  ).rejects.toThrow(/check constraint/);
  expect(await auditRows()).toBe(before);
});
