import { describe, expect, it } from 'vitest';
import type { GoalRow } from '../goals/queries.ts';
import { chosenGoals } from './view.ts';

const goal = (id: string, parent: string | null, area = 'employmentEducation'): GoalRow =>
  ({
    id,
    parent_goal_id: parent,
    area,
    track: null,
    title: `Mål ${id}`,
    status: 'active',
    circle_goal: '',
    circle_activities: '',
    circle_measure: '',
    circle_learned: '',
    version: 1,
    created_at: new Date('2026-01-01T00:00:00Z'),
    updated_at: new Date('2026-01-01T00:00:00Z'),
  }) as unknown as GoalRow;

describe('the goals an internship works on', () => {
  const all = [
    goal('a', null),
    goal('a1', 'a'),
    goal('a2', 'a'),
    goal('b', null, 'socialHealth'),
    goal('c1', 'c'),
  ];

  it('puts chosen sub-goals under their chosen goal, in the course order, and leaves unchosen ones out', () => {
    const chosen = chosenGoals(all, ['a2', 'a', 'b']);
    expect(chosen.map((g) => [g.id, g.subGoals.map((s) => s.id)])).toEqual([
      ['a', ['a2']],
      ['b', []],
    ]);
    expect(chosen[0]).toMatchObject({ title: 'Mål a', area: 'employmentEducation', status: 'active' });
  });

  it('shows a sub-goal whose goal was not chosen on its own, never its goal unasked', () => {
    expect(chosenGoals(all, ['a1', 'c1']).map((g) => g.id)).toEqual(['a1', 'c1']);
  });

  it('ignores ids that are no longer goals of the course', () => {
    expect(chosenGoals(all, ['gone'])).toEqual([]);
  });
});
