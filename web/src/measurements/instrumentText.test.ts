import { describe, expect, it } from 'vitest';
import { instrumentDefinition } from '../../../src/measurements/definition.ts';
import { definitionOf, textOf } from './instrumentText.ts';

const text = {
  key: 'sevenTracks',
  nameDa: 'De syv spor',
  nameEn: '',
  min: 1,
  max: 3,
  dimensions: 'sleep; Søvn; Sover du godt?; Sleep; Do you sleep well?\n\nwork; Arbejde; Går du på arbejde?',
  steps: 'Nej; No\nLidt\nJa; Yes',
};

describe('the instrument form as lines', () => {
  it('makes a definition the server accepts, English falling back to the Danish', () => {
    const definition = definitionOf(text);
    expect(instrumentDefinition.safeParse(definition).success).toBe(true);
    expect(definition.name).toEqual({ da: 'De syv spor', en: 'De syv spor' });
    expect(definition.dimensions.map((d) => d.key)).toEqual(['sleep', 'work']);
    expect(definition.dimensions[1]?.question).toEqual({
      da: 'Går du på arbejde?',
      en: 'Går du på arbejde?',
    });
    expect(definition.steps).toEqual({
      1: { da: 'Nej', en: 'No' },
      2: { da: 'Lidt', en: 'Lidt' },
      3: { da: 'Ja', en: 'Yes' },
    });
  });

  it('reads an instrument back into the same lines, so a new version starts from the last', () => {
    const definition = definitionOf(text);
    const again = textOf({
      id: 'x',
      key: 'sevenTracks',
      version: 1,
      isDefault: false,
      ownedByPartnership: true,
      definition,
    });
    expect(definitionOf(again)).toEqual(definition);
  });
});
