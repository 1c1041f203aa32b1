import { describe, expect, it } from 'vitest';
import { instrumentDefinition, readDefinition } from './definition.ts';
import { completeEntries, entriesProblem, scoresOf } from './entries.ts';

const w = (da: string) => ({ da, en: da });
const sevenTracks = {
  name: w('De syv spor'),
  dimensions: [
    { key: 'labourMarketIdentity', label: w('Arbejde'), question: w('Hvordan går det med arbejdet?') },
    { key: 'sleepStructure', label: w('Søvn'), question: w('Sover du godt?') },
  ],
  scale: { min: 1, max: 5 },
  steps: { 1: w('Slet ikke'), 2: w('Lidt'), 3: w('Noget'), 4: w('Meget'), 5: w('Helt') },
};
const pathsOf = (value: unknown) => {
  const result = instrumentDefinition.safeParse(value);
  return result.success ? [] : result.error.issues.map((i) => i.path.join('.'));
};

describe('instrument definitions', () => {
  it('accepts a complete definition: every step and dimension labelled', () => {
    expect(pathsOf(sevenTracks)).toEqual([]);
  });

  it('names a step without a label, a step outside the scale, and a dimension twice', () => {
    const { 5: _, ...fourSteps } = sevenTracks.steps;
    expect(pathsOf({ ...sevenTracks, steps: fourSteps })).toEqual(['steps.5']);
    expect(pathsOf({ ...sevenTracks, steps: { ...sevenTracks.steps, 6: w('For meget') } })).toEqual([
      'steps.6',
    ]);
    const twice = [...sevenTracks.dimensions, sevenTracks.dimensions[0]];
    expect(pathsOf({ ...sevenTracks, dimensions: twice })).toEqual(['dimensions.2.key']);
  });

  it('refuses an empty Danish label, a scale upside down and no dimensions', () => {
    expect(pathsOf({ ...sevenTracks, name: { da: '  ', en: 'x' } })).toEqual(['name.da']);
    expect(pathsOf({ ...sevenTracks, scale: { min: 5, max: 1 } })).toEqual(['scale.max']);
    expect(pathsOf({ ...sevenTracks, dimensions: [] })).toEqual(['dimensions']);
  });

  it("reads version 1 of the default form (keys only) in today's shape, its step labels kept", () => {
    const v1 = {
      dimensions: ['motivation', 'workIdentity'],
      scale: { min: 1, max: 5 },
      labels: { da: { 1: 'Slet ikke', 5: 'Helt' }, en: { 1: 'Not at all', 5: 'Fully' } },
    };
    const read = readDefinition(v1, 'distanceToLabourMarket');
    expect(read.dimensions.map((d) => d.key)).toEqual(['motivation', 'workIdentity']);
    expect(read.steps['1']).toEqual({ da: 'Slet ikke', en: 'Not at all' });
    // A step v1 did not label is named by its number rather than left blank.
    expect(read.steps['3']).toEqual({ da: '3', en: '3' });
    expect(() => readDefinition({ nonsense: true }, 'x')).toThrow(/unreadable/);
  });
});

describe('entries against an instrument', () => {
  const definition = instrumentDefinition.parse(sevenTracks);

  it('names an unknown dimension and a score off the scale by its field', () => {
    expect(entriesProblem({ courage: { professional: 3 } }, definition, 'body.entries')).toEqual({
      field: 'body.entries.courage',
      message: 'not a dimension of this instrument',
    });
    expect(entriesProblem({ sleepStructure: { participant: 0 } }, definition, 'body.entries')?.field).toBe(
      'body.entries.sleepStructure.participant',
    );
    expect(
      entriesProblem({ sleepStructure: { professional: 5, participant: null } }, definition, 'x'),
    ).toBeNull();
  });

  it('fills every dimension and splits the perspectives, leaving out dimensions without a score', () => {
    const entries = completeEntries({ sleepStructure: { professional: 4, participant: 2 } }, definition);
    expect(Object.keys(entries)).toEqual(['labourMarketIdentity', 'sleepStructure']);
    expect(entries.labourMarketIdentity).toEqual({
      professional: null,
      participant: null,
      reason: '',
      goalId: null,
    });
    expect(scoresOf(entries, 'professional')).toEqual({ sleepStructure: 4 });
    expect(scoresOf(entries, 'participant')).toEqual({ sleepStructure: 2 });
  });
});
