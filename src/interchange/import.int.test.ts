import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import expectedExampleReport from '../../tests/fixtures/interchange/small-partnership.expected-report.json' with {
  type: 'json',
};
import smallPartnership from '../../tests/fixtures/interchange/small-partnership.json' with { type: 'json' };
import { openTestDatabase } from '../../tests/support/database.ts';
import { sampleDocument } from '../../tests/support/interchange-sample.ts';
import { findPartnership } from '../partnerships/queries.ts';
import type { DatabaseHandle } from '../platform/db.ts';
import { readPartnershipReport } from '../reports/service.ts';
import { importInterchange } from './import.ts';
import type { InterchangeDocument } from './types.ts';
import { validateInterchange } from './validate.ts';

const tables = [
  'organisations',
  'partnerships',
  'participants',
  'courses',
  'course_status_history',
  'consents',
  'measurements',
  'audit_log',
] as const;

let database: DatabaseHandle;
beforeAll(async () => {
  database = await openTestDatabase();
});
afterAll(() => database?.close());

async function counts() {
  const out: Record<string, number> = {};
  for (const table of tables) {
    const row = await database.db
      .selectFrom(table)
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    out[table] = Number(row.n);
  }
  return out;
}

const example = () => structuredClone(smallPartnership) as InterchangeDocument;
const today = '2020-01-10';

describe('importInterchange', () => {
  it('imports the example, then changes nothing at all when it is imported again', async () => {
    const before = await counts();
    const first = await importInterchange(database.db, example(), { today });
    expect(first.participants).toEqual({ total: 5, created: 5, changed: 0, unchanged: 0 });
    const after = await counts();
    expect(after.participants! - before.participants!).toBe(5);
    expect(after.courses! - before.courses!).toBe(5);
    expect(after.measurements! - before.measurements!).toBe(10);
    expect(after.consents! - before.consents!).toBe(4);
    // Five starts, and the ends of A1 (flexJob) and A5 (stopped).
    expect(after.course_status_history! - before.course_status_history!).toBe(7);
    expect(after.audit_log! - before.audit_log!).toBe(5);

    const second = await importInterchange(database.db, example(), { today });
    expect(second.participants).toEqual({ total: 5, created: 0, changed: 0, unchanged: 5 });
    expect(second.partnershipId).toBe(first.partnershipId);
    expect(await counts()).toEqual(after);
  });

  it('audits each imported participant with ids and codes only, no actor, purpose import', async () => {
    const rows = await database.db
      .selectFrom('audit_log')
      .selectAll()
      .where('action', '=', 'participant.import')
      .execute();
    expect(rows).toHaveLength(5);
    for (const row of rows) {
      expect(row.actor_user_id).toBeNull();
      expect(row.purpose).toBe('import');
      expect(row.participant_id).toBeTruthy();
      expect(row.course_id).toBeTruthy();
    }
    const text = JSON.stringify(rows.map((r) => r.detail));
    for (const personal of ['Sara', 'Holm', '1995-04-10', 'A1', 'cognitive'])
      expect(text).not.toContain(personal);
  });

  it('stores what the report needs: the example report from the database equals the expected one', async () => {
    const { partnershipId } = await importInterchange(database.db, example(), { today });
    const partnership = await findPartnership(database.db, partnershipId);
    const report = await database.db
      .transaction()
      .execute((tx) => readPartnershipReport(tx, null, partnership!, '2019-06-30'));
    expect(report).toEqual({
      ...expectedExampleReport,
      targets: { admitted: 10, closerShare: 0.8 },
      // Beyond the contract's "at least": no meetings are imported, so nobody has answered.
      feltHeard: { yes: 0, partly: 0, no: 0, share: null },
    });
  });

  it('writes only what changed in a later file, with one audit row per changed participant', async () => {
    const doc = example();
    const [a1, a2, a3, a4, a5] = doc.participants as [any, any, any, any, any];
    a1.consentToStatistics = false;
    a2.familyName = 'Dahl-Berg';
    a3.consentToStatistics = true;
    a4.outcome = { type: 'education', date: '2019-09-01' };
    a5.measurements.push({
      date: '2019-03-02',
      scores: { motivation: 3, workIdentity: 3, clarification: 3, knowledge: 3 },
    });
    doc.partnership.targets = { closerShare: 0.87 };
    const before = await counts();
    const summary = await importInterchange(database.db, doc, { today });
    expect(summary.participants).toEqual({ total: 5, created: 0, changed: 5, unchanged: 0 });
    expect(summary.targetsChanged).toBe(true);
    const after = await counts();
    expect(after.audit_log! - before.audit_log!).toBe(5);
    expect(after.consents! - before.consents!).toBe(1);
    expect(after.measurements! - before.measurements!).toBe(1);
    expect(after.participants).toBe(before.participants);

    const partnership = await findPartnership(database.db, summary.partnershipId);
    // A target left out of the file keeps its value; one given is stored.
    expect([partnership?.targetAdmitted, partnership?.targetCloserShare]).toEqual([10, 0.87]);
    const withdrawn = await database.db
      .selectFrom('consents as k')
      .innerJoin('participants as p', 'p.id', 'k.participant_id')
      .select(['k.withdrawn_on'])
      .where('p.ref', '=', 'A1')
      .where('p.partnership_id', '=', summary.partnershipId)
      .execute();
    expect(withdrawn).toEqual([{ withdrawn_on: today }]);
    const course = await database.db
      .selectFrom('courses as c')
      .innerJoin('participants as p', 'p.id', 'c.participant_id')
      .select(['c.status', 'c.outcome_type'])
      .where('p.ref', '=', 'A4')
      .where('p.partnership_id', '=', summary.partnershipId)
      .executeTakeFirstOrThrow();
    expect(course).toEqual({ status: 'ended', outcome_type: 'education' });

    expect(await importInterchange(database.db, doc, { today })).toMatchObject({
      participants: { unchanged: 5 },
    });
    expect(await counts()).toEqual(after);
  });

  it('imports a large file in batches, reporting progress, and re-imports it as a no-op', async () => {
    const doc = sampleDocument(1200);
    expect(validateInterchange(doc).ok).toBe(true);
    const progress: Array<[number, number]> = [];
    const summary = await importInterchange(database.db, doc, {
      today,
      onProgress: (d, t) => progress.push([d, t]),
    });
    expect(progress).toEqual([
      [500, 1200],
      [1000, 1200],
      [1200, 1200],
    ]);
    expect(summary.participants.created).toBe(1200);
    const after = await counts();
    const again = await importInterchange(database.db, doc, { today });
    expect(again.participants.unchanged).toBe(1200);
    expect(await counts()).toEqual(after);
  });

  it('refuses to take over a partnership name held by other parties, creating nothing', async () => {
    const doc = example();
    doc.partnership = { municipality: 'Navneby Kommune', institution: 'Navneby Skole' };
    const other = await importInterchange(database.db, {
      ...example(),
      partnership: { municipality: 'Andet Sted', institution: 'Anden Skole' },
      participants: [],
    });
    await database.db
      .updateTable('partnerships')
      .set({ name: 'Navneby Kommune / Navneby Skole' })
      .where('id', '=', other.partnershipId)
      .execute();
    const before = await counts();
    await expect(importInterchange(database.db, doc, { today })).rejects.toThrow(/already named/);
    expect(await counts()).toEqual(before);
  });

  it('writes nothing at all when a row fails part-way: one transaction', async () => {
    const doc = sampleDocument(700, 7);
    doc.partnership.municipality = 'Brudby Kommune';
    // Past validation on purpose: the database refuses this gender in the second batch.
    (doc.participants[650] as { gender: string }).gender = 'unknown';
    const before = await counts();
    await expect(importInterchange(database.db, doc, { today })).rejects.toThrow();
    expect(await counts()).toEqual(before);
  });
});
