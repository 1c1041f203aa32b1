import type { Instrument } from './api.ts';

/**
 * The instrument form writes a definition as plain lines a coordinator can type: one dimension
 * per line "key; Danish label; Danish question; English label; English question", one step per
 * line "Danish; English". Pure, so both directions are unit-tested.
 */
export interface InstrumentText {
  key: string;
  nameDa: string;
  nameEn: string;
  min: number;
  max: number;
  dimensions: string;
  steps: string;
}

type Definition = Instrument['definition'];

const cells = (line: string) => line.split(';').map((c) => c.trim());

export function definitionOf(text: InstrumentText): Definition {
  const dimensions = text.dimensions
    .split('\n')
    .filter((l) => l.trim())
    .map((line) => {
      const [key = '', labelDa = '', questionDa = '', labelEn, questionEn] = cells(line);
      // English falls back to the Danish: better a Danish word than a blank.
      return {
        key,
        label: { da: labelDa, en: labelEn || labelDa },
        question: { da: questionDa, en: questionEn || questionDa },
      };
    });
  const stepLines = text.steps.split('\n').filter((l) => l.trim());
  const steps: Definition['steps'] = {};
  stepLines.forEach((line, i) => {
    const [da = '', en] = cells(line);
    steps[String(text.min + i)] = { da, en: en || da };
  });
  return {
    name: { da: text.nameDa, en: text.nameEn || text.nameDa },
    dimensions,
    scale: { min: text.min, max: text.max },
    steps,
  };
}

export function textOf(instrument: Instrument): InstrumentText {
  const d = instrument.definition;
  const steps: string[] = [];
  for (let s = d.scale.min; s <= d.scale.max; s++) {
    const w = d.steps[String(s)];
    steps.push(w ? `${w.da}; ${w.en}` : '');
  }
  return {
    key: instrument.key,
    nameDa: d.name.da,
    nameEn: d.name.en,
    min: d.scale.min,
    max: d.scale.max,
    dimensions: d.dimensions
      .map((x) => `${x.key}; ${x.label.da}; ${x.question.da}; ${x.label.en}; ${x.question.en}`)
      .join('\n'),
    steps: steps.join('\n'),
  };
}

export const emptyText = (): InstrumentText => ({
  key: '',
  nameDa: '',
  nameEn: '',
  min: 1,
  max: 5,
  dimensions: '',
  steps: '',
});
