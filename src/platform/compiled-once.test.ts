import {
  DummyDriver,
  Kysely,
  PostgresAdapter,
  PostgresIntrospector,
  PostgresQueryCompiler,
  sql,
} from 'kysely';
import { describe, expect, it, vi } from 'vitest';
import { compiledOnce } from './compiled-once.ts';
import type { Database } from './schema.ts';

const offline = () =>
  new Kysely<Database>({
    dialect: {
      createAdapter: () => new PostgresAdapter(),
      createDriver: () => new DummyDriver(),
      createIntrospector: (db) => new PostgresIntrospector(db),
      createQueryCompiler: () => new PostgresQueryCompiler(),
    },
  });

describe('compiledOnce', () => {
  it('builds once per database and sends each call its own values, constants as they were', () => {
    const build = vi.fn((db: Kysely<Database>, { user, course }: Record<'user' | 'course', string>) =>
      db
        .selectFrom('course_team')
        .select('role')
        .where('user_id', '=', user)
        .where(sql<boolean>`added_at > now() - make_interval(days => ${30})`)
        .where('course_id', '=', course)
        .where('organisation_id', '<>', user),
    );
    const query = compiledOnce(['user', 'course'], build);
    const db = offline();
    const first = query(db, { user: 'u1', course: 'c1' });
    const second = query(db, { user: 'u2', course: 'c2' });
    expect(build).toHaveBeenCalledTimes(1);
    expect(second.sql).toBe(first.sql);
    expect(first.parameters).toEqual(['u1', 30, 'c1', 'u1']);
    expect(second.parameters).toEqual(['u2', 30, 'c2', 'u2']);
    // What Kysely itself would send for the same values.
    expect(first.sql).toBe(build(db, { user: 'u1', course: 'c1' }).compile().sql);
    expect(second.queryId).not.toBe(first.queryId);
    query(offline(), { user: 'u3', course: 'c3' });
    expect(build).toHaveBeenCalledTimes(3);
  });

  it('refuses a query that would freeze or lose a value', () => {
    const db = offline();
    const team = () => db.selectFrom('course_team').select('role');
    const cases: Array<[string, (db: Kysely<Database>, v: Record<'id', string>) => ReturnType<typeof team>]> =
      [
        ['written into the text', (_db, { id }) => team().where(sql<boolean>`user_id = ${sql.lit(id)}`)],
        ['changed on its way', (_db, { id }) => team().where('user_id', '=', id.toUpperCase())],
        ['not a parameter', () => team()],
        ['a string constant', (_db, { id }) => team().where('user_id', '=', id).where('role', '=', 'x')],
      ];
    for (const [what, build] of cases)
      expect(() => compiledOnce(['id'], build)(db, { id: 'u' }), what).toThrow(/compiledOnce/);
  });
});
