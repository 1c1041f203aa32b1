import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import dueExample from '../../tests/fixtures/interchange/due-example.json' with { type: 'json' };
import { openTestDatabase } from '../../tests/support/database.ts';
import type { DatabaseHandle } from '../platform/db.ts';
import { importInterchange } from './import.ts';
import type { InterchangeDocument } from './types.ts';
import { validateInterchange } from './validate.ts';

let database: DatabaseHandle;
beforeAll(async () => {
  database = await openTestDatabase();
});
afterAll(() => database?.close());

const document = (edit: (doc: any) => void = () => {}): InterchangeDocument => {
  const doc = structuredClone(dueExample) as any;
  edit(doc);
  const result = validateInterchange(doc);
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return result.document;
};
const importIt = (doc: InterchangeDocument) => importInterchange(database.db, doc, { today: '2021-07-01' });

const courseOf = async (ref: string) =>
  database.db
    .selectFrom('courses as c')
    .innerJoin('participants as p', 'p.id', 'c.participant_id')
    .select(['c.id', 'c.status', 'c.referral_date', 'c.municipality_id'])
    .where('p.ref', '=', ref)
    .executeTakeFirstOrThrow();
const lettersOf = (courseId: string) =>
  database.db
    .selectFrom('status_letters')
    .select(['approved_on', 'body', 'recorded_by'])
    .where('course_id', '=', courseId)
    .orderBy('approved_on')
    .execute();
const changesOf = (courseId: string) =>
  database.db
    .selectFrom('course_status_history')
    .select(['effective_date', 'status', 'reason', 'imported_change'])
    .where('course_id', '=', courseId)
    .orderBy('effective_date')
    .orderBy('id')
    .execute();

describe('importing interchange version 2', () => {
  it('stores the referral, pauses, letters and both perspectives of a measurement', async () => {
    await importIt(document());
    const e1 = await courseOf('E1');
    expect(e1.referral_date).toBe('2020-09-01');
    expect(await lettersOf(e1.id)).toEqual([
      { approved_on: '2020-12-14', body: null, recorded_by: null },
      { approved_on: '2021-03-15', body: null, recorded_by: null },
    ]);
    const perspectives = await database.db
      .selectFrom('measurements')
      .select(['measured_on', 'perspective'])
      .where('course_id', '=', e1.id)
      .orderBy('measured_on')
      .orderBy('perspective')
      .execute();
    expect(perspectives).toEqual([
      { measured_on: '2020-09-21', perspective: 'participant' },
      { measured_on: '2020-09-21', perspective: 'professional' },
      { measured_on: '2021-03-22', perspective: 'professional' },
    ]);
    const e3 = await courseOf('E3');
    // Resumed before the import's day: active now, with the pause in its history.
    expect(e3.status).toBe('active');
    expect(await changesOf(e3.id)).toEqual([
      {
        effective_date: '2020-01-06',
        status: 'active',
        reason: 'Importeret: forløbet startede',
        imported_change: false,
      },
      { effective_date: '2021-03-01', status: 'paused', reason: 'indlagt', imported_change: true },
      {
        effective_date: '2021-04-12',
        status: 'active',
        reason: 'Importeret: genoptaget',
        imported_change: true,
      },
    ]);
  });

  it('follows a changed file: a dropped letter and pause go, a new one comes; what a person wrote stays', async () => {
    const e3 = await courseOf('E3');
    await database.db
      .insertInto('status_letters')
      .values({
        municipality_id: e3.municipality_id,
        course_id: e3.id,
        approved_on: '2021-05-03',
        body: 'Skrevet i ViVirk',
        recorded_by: (
          await database.db
            .insertInto('users')
            .values({ username: 'koordinator-e', display_name: 'K', password_hash: 'x' })
            .returning('id')
            .executeTakeFirstOrThrow()
        ).id,
      })
      .execute();
    const summary = await importIt(
      document((d) => {
        const p = d.participants[2];
        p.statusLetters = [{ approvedOn: '2021-02-01', text: 'Rettet tekst' }];
        p.statusChanges = [{ date: '2021-06-20', status: 'paused', reason: 'ferie' }];
      }),
    );
    expect(summary.participants).toMatchObject({ changed: 1, unchanged: 3 });
    expect(await lettersOf(e3.id)).toEqual([
      { approved_on: '2021-02-01', body: 'Rettet tekst', recorded_by: null },
      expect.objectContaining({ approved_on: '2021-05-03', body: 'Skrevet i ViVirk' }),
    ]);
    expect((await changesOf(e3.id)).filter((c) => c.imported_change)).toEqual([
      { effective_date: '2021-06-20', status: 'paused', reason: 'ferie', imported_change: true },
    ]);
    expect((await courseOf('E3')).status).toBe('paused');
  });

  it('writes nothing when the same file comes again', async () => {
    const doc = document((d) => {
      const p = d.participants[2];
      p.statusLetters = [{ approvedOn: '2021-02-01', text: 'Rettet tekst' }];
      p.statusChanges = [{ date: '2021-06-20', status: 'paused', reason: 'ferie' }];
    });
    const before = await database.db
      .selectFrom('audit_log')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    const summary = await importIt(doc);
    expect(summary.participants).toMatchObject({ created: 0, changed: 0, unchanged: 4 });
    const after = await database.db
      .selectFrom('audit_log')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    expect(Number(after.n)).toBe(Number(before.n));
  });
});
