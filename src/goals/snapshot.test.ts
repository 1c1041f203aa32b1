import { describe, expect, it } from 'vitest';
import { readSnapshot } from './snapshot.ts';

describe('goal snapshots', () => {
  it('reads the stored shape as it is', () => {
    const stored = {
      title: 'Stabilt fremmøde',
      status: 'paused',
      area: 'socialHealth',
      track: 'sleepStructure',
      circle: { goal: 'g', activities: 'a', measure: 'm', learned: 'l' },
      note: 'Indlagt',
    };
    expect(readSnapshot(stored)).toEqual(stored);
  });

  it('reads an older raw table row (demo seed, imports) the same way', () => {
    const row = {
      id: 'x',
      title: 'Komme i seng',
      status: 'active',
      area: 'employmentEducation',
      track: null,
      circle_goal: 'g',
      circle_activities: '',
      circle_measure: 'm',
      circle_learned: '',
      version: 1,
    };
    expect(readSnapshot(JSON.stringify(row))).toEqual({
      title: 'Komme i seng',
      status: 'active',
      area: 'employmentEducation',
      track: null,
      circle: { goal: 'g', activities: '', measure: 'm', learned: '' },
    });
  });
});
