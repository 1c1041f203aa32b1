import { describe, expect, it } from 'vitest';
import type { ExistingState } from './existing.ts';
import { type PlanContext, planChanges, planParticipant } from './plan.ts';
import type { InterchangeParticipant } from './types.ts';

let ids = 0;
const ctx: PlanContext = {
  partnershipId: 'partnership',
  municipalityId: 'municipality',
  instrumentId: 'instrument',
  today: '2020-01-10',
  newId: () => `new-${++ids}`,
};
const s = { motivation: 2, workIdentity: 3, clarification: 1, knowledge: 2 };

const file = (overrides: Partial<InterchangeParticipant> = {}): InterchangeParticipant => ({
  ref: 'P1',
  givenName: 'Anna',
  familyName: 'Jensen',
  birthDate: '1997-03-02',
  gender: 'female',
  disabilities: ['psychological', 'cognitive'],
  consentToStatistics: true,
  courseStart: '2018-01-15',
  grantedMonths: 36,
  measurements: [{ date: '2018-01-20', scores: s }],
  outcome: null,
  ...overrides,
});

/** The database as it stands after importing `file()`. */
const stored = (): ExistingState => ({
  participant: {
    id: 'p1',
    municipality_id: 'municipality',
    given_name: 'Anna',
    family_name: 'Jensen',
    birth_date: '1997-03-02',
    gender: 'female',
    disabilities: ['cognitive', 'psychological'],
  },
  course: {
    id: 'c1',
    municipality_id: 'municipality',
    start_date: '2018-01-15',
    referral_date: null,
    granted_months: 36,
    status: 'active',
    outcome_type: null,
    outcome_date: null,
  },
  statisticsConsents: [{ id: 'k1', given_on: '2018-01-15', withdrawn_on: null }],
  measurements: [
    { id: 'm1', measured_on: '2018-01-20', perspective: 'professional', scores: { ...s }, recorded_by: null },
  ],
  importedChanges: [],
  letters: [],
});

describe('planParticipant', () => {
  it('creates participant, course, history, consent from the course start and measurements for a new ref', () => {
    const plan = planParticipant(
      file({ outcome: { type: 'flexJob', date: '2019-05-01' } }),
      { statisticsConsents: [], measurements: [], importedChanges: [], letters: [] },
      ctx,
    );
    expect(plan.participantCreated).toBe(true);
    expect(plan.participant).toEqual({
      insert: expect.objectContaining({
        ref: 'P1',
        partnership_id: 'partnership',
        municipality_id: 'municipality',
        disabilities: ['cognitive', 'psychological'],
      }),
    });
    expect(plan.course).toEqual({
      insert: expect.objectContaining({
        status: 'ended',
        outcome_type: 'flexJob',
        outcome_date: '2019-05-01',
        participant_id: plan.participantId,
      }),
    });
    expect(plan.history.map((h) => [h.status, h.effective_date])).toEqual([
      ['active', '2018-01-15'],
      ['ended', '2019-05-01'],
    ]);
    expect(plan.consentInsert).toMatchObject({ purpose: 'statistics', given_on: '2018-01-15' });
    expect(plan.measurementInserts).toHaveLength(1);
    expect(planChanges(plan)).toEqual(['participant', 'course', 'consent', 'measurements']);
  });

  it('plans nothing when the database already says what the file says (disabilities in any order)', () => {
    const plan = planParticipant(file(), stored(), ctx);
    expect(planChanges(plan)).toEqual([]);
    expect(plan.participantId).toBe('p1');
    expect(plan.courseId).toBe('c1');
  });

  it('updates only the fields that differ', () => {
    const plan = planParticipant(file({ familyName: 'Holm', grantedMonths: null }), stored(), ctx);
    expect(plan.participant).toEqual({ update: { family_name: 'Holm' } });
    expect(plan.course).toEqual({ update: { granted_months: null } });
    expect(plan.history).toEqual([]);
  });

  it('withdraws an active consent from today when the file says no', () => {
    const plan = planParticipant(file({ consentToStatistics: false }), stored(), ctx);
    expect(plan.consentWithdrawals).toEqual([{ id: 'k1', withdrawn_on: '2020-01-10' }]);
    const future = stored();
    future.statisticsConsents = [{ id: 'k2', given_on: '2020-03-01', withdrawn_on: null }];
    expect(planParticipant(file({ consentToStatistics: false }), future, ctx).consentWithdrawals).toEqual([
      { id: 'k2', withdrawn_on: '2020-03-01' },
    ]);
  });

  it('gives consent again from today after a withdrawal, never back-dated over it', () => {
    const existing = stored();
    existing.statisticsConsents = [{ id: 'k1', given_on: '2018-01-15', withdrawn_on: '2019-01-01' }];
    expect(planParticipant(file(), existing, ctx).consentInsert).toMatchObject({ given_on: '2020-01-10' });
  });

  it('ends a course with a history row, and reopens it from today when the outcome disappears', () => {
    const ending = planParticipant(file({ outcome: { type: 'stopped', date: '2019-08-01' } }), stored(), ctx);
    expect(ending.course).toEqual({
      update: { status: 'ended', outcome_type: 'stopped', outcome_date: '2019-08-01' },
    });
    expect(ending.history.map((h) => [h.status, h.effective_date])).toEqual([['ended', '2019-08-01']]);

    const ended = stored();
    Object.assign(ended.course!, { status: 'ended', outcome_type: 'stopped', outcome_date: '2019-08-01' });
    const reopening = planParticipant(file(), ended, ctx);
    expect(reopening.course).toEqual({
      update: { status: 'active', outcome_type: null, outcome_date: null },
    });
    expect(reopening.history.map((h) => [h.status, h.effective_date])).toEqual([['active', '2020-01-10']]);
  });

  it('leaves a paused course paused: the file has no way to say so', () => {
    const paused = stored();
    paused.course!.status = 'paused';
    expect(planChanges(planParticipant(file(), paused, ctx))).toEqual([]);
  });

  it('updates changed scores, removes imported measurements the file dropped, keeps recorded ones', () => {
    const existing = stored();
    existing.measurements.push(
      {
        id: 'm2',
        measured_on: '2018-06-01',
        perspective: 'professional',
        scores: { ...s },
        recorded_by: null,
      },
      {
        id: 'm3',
        measured_on: '2018-07-01',
        perspective: 'professional',
        scores: { ...s },
        recorded_by: 'user',
      },
    );
    const plan = planParticipant(
      file({ measurements: [{ date: '2018-01-20', scores: { ...s, knowledge: 5 } }] }),
      existing,
      ctx,
    );
    expect(plan.measurementUpdates).toEqual([{ id: 'm1', scores: JSON.stringify({ ...s, knowledge: 5 }) }]);
    expect(plan.measurementDeletes).toEqual(['m2']);
    expect(plan.measurementInserts).toEqual([]);
  });
});
