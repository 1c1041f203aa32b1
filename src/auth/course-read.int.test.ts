import type { FastifyRequest } from 'fastify';
import { sql } from 'kysely';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { openTestDatabase } from '../../tests/support/database.ts';
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
