import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { giveConsent } from '../../src/demo/builders.ts';
import { sessionCache, startTestServer, type TestServer } from '../../tests/support/server.ts';

let server: TestServer;
let base: string;
let defaultId: string;
beforeAll(async () => {
  server = await startTestServer();
  base = `/api/courses/${server.world.courseA.courseId}/measurements`;
  const list = await call('coordinator', 'GET', base);
  defaultId = list.body.instruments.find(
    (i: { isDefault: boolean; version: number }) => i.isDefault && i.version === 2,
  ).id;
});
afterAll(() => server?.close());

const { as, call } = sessionCache(() => server.baseUrl);
const withVersion = async (
  who: string,
  method: string,
  url: string,
  body: unknown,
  version: number | string,
) => (await as(who)).request(method, url, body, { 'if-match': `"${version}"` });

const score = (professional: number | null, participant: number | null = null, reason = '') => ({
  professional,
  participant,
  reason,
});

/** Starts a draft, saves the entries, approves it; returns the approved measurement. */
async function takeMeasurement(measuredOn: string, entries: Record<string, unknown>) {
  const started = await call('coordinator', 'POST', `${base}/draft`, { instrumentId: defaultId, measuredOn });
  expect(started.status).toBe(201);
  const saved = await withVersion(
    'coordinator',
    'PATCH',
    `${base}/draft`,
    { entries },
    started.body.draft.version,
  );
  expect(saved.status).toBe(200);
  const approved = await withVersion(
    'coordinator',
    'POST',
    `${base}/draft/approve`,
    undefined,
    saved.body.draft.version,
  );
  expect(approved.status).toBe(201);
  return approved.body.measurement;
}

describe('measurements', () => {
  it('autosaves a draft on its version, refuses a stale save with 412, and keeps it across reads', async () => {
    const started = await call('coordinator', 'POST', `${base}/draft`, {
      instrumentId: defaultId,
      measuredOn: '2025-02-03',
    });
    expect(started.status).toBe(201);
    expect(Object.keys(started.body.draft.entries).sort()).toEqual([
      'clarification',
      'knowledge',
      'motivation',
      'workIdentity',
    ]);
    const v1 = started.body.draft.version;
    const first = await withVersion(
      'coordinator',
      'PATCH',
      `${base}/draft`,
      { entries: { motivation: score(2) } },
      v1,
    );
    expect(first.status).toBe(200);
    expect(first.body.draft.version).toBe(v1 + 1);
    const stale = await withVersion(
      'coordinator',
      'PATCH',
      `${base}/draft`,
      { entries: { motivation: score(5) } },
      v1,
    );
    expect(stale.status).toBe(412);
    expect(stale.body.current.entries.motivation.professional).toBe(2);
    const read = await call('coordinator', 'GET', `${base}/draft`);
    expect(read.body.draft.entries.motivation.professional).toBe(2);
    // Nothing that reads measurements sees the draft.
    const list = await call('coordinator', 'GET', base);
    expect(list.body.measurements).toEqual([]);
    const discarded = await withVersion(
      'coordinator',
      'DELETE',
      `${base}/draft`,
      undefined,
      first.body.draft.version,
    );
    expect(discarded.status).toBe(200);
    expect((await call('coordinator', 'GET', `${base}/draft`)).body.draft).toBeNull();
  });

  it('refuses bad input with 400 naming the field', async () => {
    const started = await call('coordinator', 'POST', `${base}/draft`, {
      instrumentId: defaultId,
      measuredOn: '2025-02-31',
    });
    expect(started.status).toBe(400);
    expect(started.body.error.field).toContain('measuredOn');
    const ok = await call('coordinator', 'POST', `${base}/draft`, {
      instrumentId: defaultId,
      measuredOn: '2025-02-03',
    });
    const v = ok.body.draft.version;
    const outOfScale = await withVersion(
      'coordinator',
      'PATCH',
      `${base}/draft`,
      { entries: { knowledge: score(9) } },
      v,
    );
    expect(outOfScale.status).toBe(400);
    expect(outOfScale.body.error.field).toBe('body.entries.knowledge.professional');
    const unknown = await withVersion(
      'coordinator',
      'PATCH',
      `${base}/draft`,
      { entries: { courage: score(3) } },
      v,
    );
    expect(unknown.status).toBe(400);
    expect(unknown.body.error.field).toBe('body.entries.courage');
    const noGoal = await withVersion(
      'coordinator',
      'PATCH',
      `${base}/draft`,
      { entries: { knowledge: { goalId: '00000000-0000-4000-8000-000000000000' } } },
      v,
    );
    expect(noGoal.status).toBe(400);
    expect(noGoal.body.error.field).toBe('body.entries.knowledge.goalId');
    const empty = await withVersion('coordinator', 'POST', `${base}/draft/approve`, undefined, v);
    expect(empty.status).toBe(400);
    await withVersion('coordinator', 'DELETE', `${base}/draft`, undefined, v);
  });

  it('lets the young person answer only a draft opened for them, and approves both perspectives', async () => {
    expect((await call('participant', 'GET', `${base}/own`)).body.open).toBeNull();
    const started = await call('coordinator', 'POST', `${base}/draft`, {
      instrumentId: defaultId,
      measuredOn: '2025-03-03',
    });
    let version = started.body.draft.version;
    // Not opened yet: nothing to answer.
    expect(
      (await withVersion('participant', 'PUT', `${base}/own`, { scores: { motivation: 3 } }, version)).status,
    ).toBe(404);
    const saved = await withVersion(
      'coordinator',
      'PATCH',
      `${base}/draft`,
      {
        entries: {
          motivation: score(2, null, 'Usikker'),
          workIdentity: score(1),
          clarification: score(2),
          knowledge: score(1),
        },
        openForParticipant: true,
      },
      version,
    );
    version = saved.body.draft.version;
    const own = await call('participant', 'GET', `${base}/own`);
    expect(own.body.open.version).toBe(version);
    expect(own.body.open.instrument.definition.dimensions[0].question.da).toMatch(/\?$/);
    // Their own answers only: never the professional's draft scores.
    expect(own.body.open.scores).toEqual({
      motivation: null,
      workIdentity: null,
      clarification: null,
      knowledge: null,
    });
    const bad = await withVersion(
      'participant',
      'PUT',
      `${base}/own`,
      { scores: { motivation: 6 } },
      version,
    );
    expect(bad.status).toBe(400);
    expect(bad.body.error.field).toBe('body.scores.motivation');
    const answered = await withVersion(
      'participant',
      'PUT',
      `${base}/own`,
      { scores: { motivation: 4, knowledge: 2 } },
      version,
    );
    expect(answered.status).toBe(200);
    // The participant may not see or write the draft itself.
    expect((await call('participant', 'GET', `${base}/draft`)).status).toBe(404);
    const draft = await call('coordinator', 'GET', `${base}/draft`);
    expect(draft.body.draft.entries.motivation).toMatchObject({
      professional: 2,
      participant: 4,
      reason: 'Usikker',
    });
    // The coordinator's save on the version before the young person's answer is stale.
    expect(
      (await withVersion('coordinator', 'PATCH', `${base}/draft`, { openForParticipant: false }, version))
        .status,
    ).toBe(412);
    const approved = await withVersion(
      'coordinator',
      'POST',
      `${base}/draft/approve`,
      undefined,
      draft.body.draft.version,
    );
    expect(approved.status).toBe(201);
    const rows = await server.database.db
      .selectFrom('measurements')
      .select(['perspective', 'scores', 'measured_on', 'instrument_id'])
      .where('dialogue_id', '=', approved.body.measurement.id)
      .orderBy('perspective', 'desc')
      .execute();
    expect(rows).toEqual([
      {
        perspective: 'professional',
        scores: { motivation: 2, workIdentity: 1, clarification: 2, knowledge: 1 },
        measured_on: '2025-03-03',
        instrument_id: defaultId,
      },
      {
        perspective: 'participant',
        scores: { motivation: 4, knowledge: 2 },
        measured_on: '2025-03-03',
        instrument_id: defaultId,
      },
    ]);
    expect((await call('participant', 'GET', `${base}/own`)).body.open).toBeNull();
  });

  it('edits only the latest measurement, keeps every version, and shows development', async () => {
    const later = await takeMeasurement('2025-09-01', {
      motivation: score(3),
      workIdentity: score(2),
      clarification: score(4),
      knowledge: score(2),
    });
    const list = await call('coordinator', 'GET', base);
    const ids = list.body.measurements.map((m: { id: string }) => m.id);
    expect(ids.at(-1)).toBe(later.id);
    expect(list.body.measurements.map((m: { editable: boolean }) => m.editable)).toEqual([false, true]);
    expect(list.body.development).toEqual({
      baselineOn: '2025-03-03',
      latestOn: '2025-09-01',
      perDimension: { motivation: 1, workIdentity: 1, clarification: 2, knowledge: 1 },
      total: 5,
    });
    const older = await withVersion(
      'coordinator',
      'PUT',
      `${base}/${ids[0]}`,
      { entries: { motivation: score(5) } },
      1,
    );
    expect(older.status).toBe(409);
    const edited = await withVersion(
      'coordinator',
      'PUT',
      `${base}/${later.id}`,
      { entries: { ...later.entries, knowledge: score(1) } },
      1,
    );
    expect(edited.status).toBe(200);
    expect(edited.body.measurement.version).toBe(2);
    expect(
      (await withVersion('coordinator', 'PUT', `${base}/${later.id}`, { entries: later.entries }, 1)).status,
    ).toBe(412);
    const history = await call('coordinator', 'GET', `${base}/${later.id}/history`);
    expect(
      history.body.versions.map(
        (v: { entries: { knowledge: { professional: number } } }) => v.entries.knowledge.professional,
      ),
    ).toEqual([2, 1]);
    expect((await call('coordinator', 'GET', base)).body.development.total).toBe(4);
  });

  it('keeps a measurement on version 1 of the form readable after version 2', async () => {
    const v1 = await server.database.db
      .selectFrom('measurement_instruments')
      .select('id')
      .where('key', '=', 'distanceToLabourMarket')
      .where('version', '=', 1)
      .executeTakeFirstOrThrow();
    const { courseId, participantId } = server.world.courseA;
    await server.database.db
      .insertInto('measurements')
      .values({
        course_id: courseId,
        municipality_id: server.world.organisations.municipality,
        instrument_id: v1.id,
        measured_on: '2025-01-20',
        scores: JSON.stringify({ motivation: 1, workIdentity: 1, clarification: 1, knowledge: 1 }),
        recorded_by: null,
      })
      .execute();
    expect(participantId).toBeTruthy();
    const list = await call('coordinator', 'GET', base);
    const old = list.body.measurements[0];
    expect(old).toMatchObject({
      instrumentId: v1.id,
      measuredOn: '2025-01-20',
      version: null,
      editable: false,
    });
    expect(old.entries.motivation.professional).toBe(1);
    const instrument = list.body.instruments.find((i: { id: string }) => i.id === v1.id);
    expect(instrument.definition.steps['5'].da).toBe('Helt');
    expect(instrument.definition.dimensions.map((d: { key: string }) => d.key)).toEqual([
      'motivation',
      'workIdentity',
      'clarification',
      'knowledge',
    ]);
    // Now the baseline is the older one (all 1s).
    expect(list.body.development.baselineOn).toBe('2025-01-20');
  });

  it("lets a coordinator add the partnership's own instrument and its next version; it never feeds development", async () => {
    const definition = {
      name: { da: 'De syv spor', en: 'The seven tracks' },
      dimensions: [
        {
          key: 'sleep',
          label: { da: 'Søvn', en: 'Sleep' },
          question: { da: 'Sover du godt?', en: 'Do you sleep well?' },
        },
      ],
      scale: { min: 1, max: 3 },
      steps: { 1: { da: 'Nej', en: 'No' }, 2: { da: 'Lidt', en: 'Some' }, 3: { da: 'Ja', en: 'Yes' } },
    };
    const url = `/api/courses/${server.world.courseA.courseId}/instruments`;
    const first = await call('coordinator', 'POST', url, { key: 'sevenTracks', definition });
    expect(first.status).toBe(201);
    expect(first.body.instrument).toMatchObject({
      key: 'sevenTracks',
      version: 1,
      isDefault: false,
      ownedByPartnership: true,
    });
    const second = await call('coordinator', 'POST', url, { key: 'sevenTracks', definition });
    expect(second.body.instrument.version).toBe(2);
    const missingStep = await call('coordinator', 'POST', url, {
      key: 'sevenTracks',
      definition: { ...definition, steps: { 1: definition.steps[1], 2: definition.steps[2] } },
    });
    expect(missingStep.status).toBe(400);
    expect(missingStep.body.error.field).toMatch(/^body\.definition\.steps(\.3|\[3\])$/);
    const defaultKey = await call('coordinator', 'POST', url, { key: 'distanceToLabourMarket', definition });
    expect(defaultKey.status).toBe(400);
    expect(defaultKey.body.error.field).toBe('body.key');
    // Another partnership's course does not see it.
    const other = await call(
      'othercaseworker',
      'GET',
      `/api/courses/${server.world.courseB.courseId}/measurements`,
    );
    expect(other.body.instruments.some((i: { key: string }) => i.key === 'sevenTracks')).toBe(false);
    const before = (await call('coordinator', 'GET', base)).body.development;
    await takeMeasurementWith(second.body.instrument.id, '2025-10-01', { sleep: score(3) });
    expect((await call('coordinator', 'GET', base)).body.development).toEqual(before);
  });

  it('shows a company mentor measurements only with the consent category, and never drafts', async () => {
    await call('coordinator', 'POST', `${base}/draft`, { instrumentId: defaultId, measuredOn: '2025-11-03' });
    const withCategory = await call('companymentor', 'GET', base);
    expect(withCategory.status).toBe(200);
    expect(withCategory.body.measurements.length).toBeGreaterThan(0);
    expect(withCategory.body.development).toBeDefined();
    expect((await call('companymentor', 'GET', `${base}/draft`)).status).toBe(404);
    // The young person now shares only goals with the company.
    const { db } = server.database;
    await db
      .updateTable('consents')
      .set({ withdrawn_on: '2025-01-07' })
      .where('id', '=', server.world.consents.company)
      .execute();
    await giveConsent(db, {
      participantId: server.world.courseA.participantId,
      municipalityId: server.world.organisations.municipality,
      purpose: 'shareWithCompany',
      recipientOrganisationId: server.world.organisations.company,
      givenOn: '2025-01-07',
      categories: ['goals'],
    });
    const without = await call('companymentor', 'GET', base);
    expect(without.status).toBe(200);
    expect(without.body.measurements).toEqual([]);
    expect(without.body).not.toHaveProperty('development');
    const first = withCategory.body.measurements.find((m: { version: number | null }) => m.version !== null);
    const history = await call('companymentor', 'GET', `${base}/${first.id}/history`);
    expect(history.body.versions).toEqual([]);
    const audited = await db
      .selectFrom('audit_log')
      .select(['action', 'actor_user_id'])
      .where('action', '=', 'measurements.read')
      .where('actor_user_id', '=', server.world.users.companyMentor)
      .execute();
    expect(audited.length).toBe(2);
  });
});

async function takeMeasurementWith(
  instrumentId: string,
  measuredOn: string,
  entries: Record<string, unknown>,
) {
  const existing = await call('coordinator', 'GET', `${base}/draft`);
  if (existing.body.draft)
    await withVersion('coordinator', 'DELETE', `${base}/draft`, undefined, existing.body.draft.version);
  const started = await call('coordinator', 'POST', `${base}/draft`, { instrumentId, measuredOn });
  const saved = await withVersion(
    'coordinator',
    'PATCH',
    `${base}/draft`,
    { entries },
    started.body.draft.version,
  );
  expect(saved.status).toBe(200);
  const approved = await withVersion(
    'coordinator',
    'POST',
    `${base}/draft/approve`,
    undefined,
    saved.body.draft.version,
  );
  expect(approved.status).toBe(201);
}
