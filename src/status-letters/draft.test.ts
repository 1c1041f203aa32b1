import { describe, expect, it } from 'vitest';
import type { Snapshot } from '../goals/schemas.ts';
import { type DraftGoal, type DraftInput, draftPeriod, draftSections } from './draft.ts';

const circle = {
  goal: 'Komme kl. 8',
  activities: 'Vækkeur og sms fra mentor',
  measure: 'Fremmøde hver uge',
  learned: '',
};
const snap = (over: Partial<Snapshot> = {}): Snapshot => ({
  title: 'Stabilt fremmøde',
  status: 'active',
  area: 'employmentEducation',
  track: null,
  circle,
  ...over,
});
const goal = (id: string, over: Partial<Snapshot> = {}, versions?: DraftGoal['versions']): DraftGoal => ({
  id,
  parentGoalId: null,
  snapshot: snap(over),
  versions: versions ?? [{ version: 1, date: '2025-01-10', snapshot: snap(over) }],
});

const base: DraftInput = {
  period: { from: '2026-01-01', to: '2026-03-31' },
  goals: [],
  notes: [],
  attendance: [],
  measurements: [],
};
const text = (input: Partial<DraftInput>, key: string) =>
  draftSections({ ...base, ...input }).find((s) => s.key === key)?.text ?? '';
const figures = (input: Partial<DraftInput>, key: string) =>
  draftSections({ ...base, ...input }).find((s) => s.key === key)?.figures ?? [];

describe('draftPeriod', () => {
  it('starts the day after the last letter period, or its approval day when it has no period', () => {
    expect(
      draftPeriod({ periodTo: '2026-01-31', approvedOn: '2026-02-02' }, '2025-01-01', '2026-04-20'),
    ).toEqual({
      from: '2026-02-01',
      to: '2026-04-20',
    });
    expect(draftPeriod({ periodTo: null, approvedOn: '2026-02-02' }, '2025-01-01', '2026-04-20')).toEqual({
      from: '2026-02-03',
      to: '2026-04-20',
    });
  });
  it('starts at the course start without a letter, and never after today', () => {
    expect(draftPeriod(null, '2025-06-09', '2026-04-20').from).toBe('2025-06-09');
    expect(draftPeriod({ periodTo: '2026-04-20', approvedOn: '2026-04-20' }, null, '2026-04-20')).toEqual({
      from: '2026-04-20',
      to: '2026-04-20',
    });
  });
});

describe('draftSections', () => {
  it('gives every section in the letter order', () => {
    expect(draftSections(base).map((s) => s.key)).toEqual([
      'goals',
      'health',
      'activities',
      'attendance',
      'progression',
      'nextSteps',
    ]);
  });

  it('takes notes only from inside the period, both boundary days included, grouped by track', () => {
    const notes: DraftInput['notes'] = [
      { date: '2025-12-31', track: null, body: 'Før perioden' },
      { date: '2026-01-01', track: 'sleepStructure', body: 'Første dag' },
      { date: '2026-03-31', track: 'sleepStructure', body: 'Sidste dag' },
      { date: '2026-02-10', track: null, body: 'Uden spor' },
      { date: '2026-04-01', track: null, body: 'Efter perioden' },
    ];
    const activities = text({ notes }, 'activities');
    expect(activities).toContain(
      'Døgnrytme, struktur og rutiner:\n- 1. januar 2026: Første dag\n- 31. marts 2026: Sidste dag',
    );
    expect(activities).toContain('Øvrige aktiviteter:\n- 10. februar 2026: Uden spor');
    expect(activities).not.toContain('Før perioden');
    expect(activities).not.toContain('Efter perioden');
    expect(figures({ notes }, 'activities')).toEqual([{ label: 'Notater i perioden', value: '3' }]);
  });

  it('puts health goals and treatment-track notes in the health section only', () => {
    const input: Partial<DraftInput> = {
      goals: [goal('g1'), goal('g2', { title: 'Gå til psykolog', area: 'socialHealth' })],
      notes: [
        { date: '2026-02-01', track: 'treatment', body: 'Samtale hos psykiater' },
        { date: '2026-02-02', track: 'leisureNetwork', body: 'Spillede fodbold' },
      ],
    };
    const health = text(input, 'health');
    expect(health).toContain('Gå til psykolog');
    expect(health).toContain('Samtale hos psykiater');
    for (const key of ['goals', 'activities', 'nextSteps']) {
      expect(text(input, key), key).not.toContain('psyk');
    }
    expect(text(input, 'goals')).toContain('Stabilt fremmøde (i gang)');
    expect(text(input, 'activities')).toContain('Spillede fodbold');
  });

  it('shows the learning circle and the changes made in the period from the goal history', () => {
    const g = goal('g1', { status: 'achieved' }, [
      { version: 1, date: '2025-10-01', snapshot: snap() },
      {
        version: 2,
        date: '2026-02-15',
        snapshot: snap({ status: 'achieved', note: 'Kom hver dag i 6 uger' }),
      },
    ]);
    const goals = text({ goals: [g] }, 'goals');
    expect(goals).toContain('- Mål: Komme kl. 8');
    expect(goals).toContain('- Aktiviteter: Vækkeur og sms fra mentor');
    expect(goals).toContain('- I perioden: 15. februar 2026: i gang → nået, "Kom hver dag i 6 uger"');
    // Version 1 is before the period: not a change in it.
    expect(goals).not.toContain('nyt mål');
    expect(figures({ goals: [g] }, 'goals')).toEqual([
      { label: 'Aktive mål', value: '0' },
      { label: 'Nået i perioden', value: '1' },
    ]);
  });

  it('counts attendance in the period with the share of days present', () => {
    const attendance: DraftInput['attendance'] = [
      { day: '2025-12-31', status: 'absent', absenceReason: 'sick', hours: 0 },
      { day: '2026-01-05', status: 'present', absenceReason: null, hours: 6 },
      { day: '2026-01-06', status: 'present', absenceReason: null, hours: 5.5 },
      { day: '2026-01-07', status: 'present', absenceReason: null, hours: 6 },
      { day: '2026-01-08', status: 'absent', absenceReason: 'unexplained', hours: 0 },
    ];
    expect(text({ attendance }, 'attendance')).toContain(
      'Der er registreret 4 dage i perioden. Den unge mødte op 3 af dem (75 %).',
    );
    expect(figures({ attendance }, 'attendance')).toContainEqual({
      label: 'Dage med fremmøde',
      value: '3 af 4 (75 %)',
    });
    expect(figures({ attendance }, 'attendance')).toContainEqual({ label: 'Timer', value: '17,5' });
    expect(text({}, 'attendance')).toBe('Der er ikke registreret fremmøde i perioden.');
  });

  it('words the development since the baseline as DOMAIN.md defines it', () => {
    const measurements: DraftInput['measurements'] = [
      { date: '2025-06-01', scores: { knowledge: 2, clarification: 1, workIdentity: 2, motivation: 2 } },
      // Stored scores come back in any key order: the letter keeps the instrument's.
      { date: '2026-02-01', scores: { knowledge: 3, clarification: 3, workIdentity: 2, motivation: 3 } },
      // After the period: ignored.
      { date: '2026-04-02', scores: { motivation: 1, workIdentity: 1, clarification: 1, knowledge: 1 } },
    ];
    const progression = text({ measurements }, 'progression');
    expect(progression).toContain('Målinger i perioden: 1. februar 2026.');
    expect(progression).toContain(
      '- Motivation: +1\n- Arbejdsidentitet: 0\n- Afklaring af ønsker til arbejde og uddannelse: +2\n- Kendskab til arbejdsmarkedet: +1',
    );
    expect(progression).toContain('Samlet udvikling: +4: tættere på arbejdsmarkedet.');
    const down = [
      measurements[0],
      { date: '2026-03-01', scores: { motivation: 1, workIdentity: 2, clarification: 1, knowledge: 2 } },
    ];
    expect(text({ measurements: down as DraftInput['measurements'] }, 'progression')).toContain(
      '-1: længere fra arbejdsmarkedet',
    );
    expect(text({}, 'progression')).toContain('endnu ikke foretaget en måling');
  });

  it('says what happens next from the active goals outside health', () => {
    const next = text(
      {
        goals: [
          goal('g1'),
          goal('g2', { title: 'Færdig', status: 'achieved' }),
          goal('g3', { area: 'socialHealth', title: 'Medicin' }),
        ],
      },
      'nextSteps',
    );
    expect(next).toBe(
      'Vi arbejder videre med:\n- Stabilt fremmøde: Vækkeur og sms fra mentor – måles: Fremmøde hver uge',
    );
  });
});
