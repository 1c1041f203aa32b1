import { describe, expect, it } from 'vitest';
import { figureFileName, reportFileName } from './file-names.ts';
import type { FigureRows } from './rows-schemas.ts';
import { decimalWords, keyWords, percentWords, successCriterionWords, valueCell } from './words.ts';

describe('the report in Danish words', () => {
  it('words each distribution key', () => {
    expect(keyWords('byGender', 'female')).toBe('Kvinde');
    expect(keyWords('byAgeAtStart', '23')).toBe('23 år');
    expect(keyWords('byDisabilityCombination', 'cognitive+physical+psychological')).toBe(
      'kognitiv, fysisk og psykisk',
    );
    expect(keyWords('byDisabilityCombination', 'none')).toBe('ingen registreret');
    expect(keyWords('byGrantedMonths', 'undecided')).toBe('Ikke besluttet');
    expect(keyWords('outcomes', 'ongoing')).toBe('I gang');
    expect(keyWords('outcomes', 'wageSubsidyJob')).toBe('Job med løntilskud for førtidspensionister');
  });

  it('writes shares and decimals with a Danish comma', () => {
    expect(percentWords(0.7)).toBe('70 %');
    expect(percentWords(0.876)).toBe('87,6 %');
    expect(decimalWords(6.25)).toBe('6,3');
  });

  it('says the success criterion as DOMAIN.md counts it', () => {
    const r = {
      atLeastOneYear: 20,
      closerToLabourMarket: 14,
      closerShare: 0.7,
      targets: { closerShare: 0.87 },
    };
    expect(successCriterionWords(r)).toBe(
      '70 % (14 af 20 unge med mindst et år i forløb) er kommet tættere på arbejdsmarkedet. Målet er 87 %.',
    );
    expect(successCriterionWords({ ...r, closerShare: null, targets: { closerShare: null } })).toBe(
      'Ingen af de unge i statistikken har været i forløb i mindst et år endnu.',
    );
  });

  it('keeps numbers numbers in the file, and words keys', () => {
    expect(valueCell('closer', -2)).toBe(-2);
    expect(valueCell('byGrantedMonths', null)).toBe('Ikke besluttet');
    expect(valueCell('byGender', 'other')).toBe('Andet');
  });

  it('names files by figure, bar and day, with an ASCII twin', () => {
    const rows = { figure: 'byGender', key: 'female', asOf: '2026-03-01' } as FigureRows;
    expect(figureFileName(rows)).toEqual({
      ascii: 'Koen - Kvinde - 2026-03-01.csv',
      utf8: encodeURIComponent('Køn - Kvinde - 2026-03-01.csv'),
    });
    expect(reportFileName('Århus/Nord "A"', '2026-03-01').ascii).toBe(
      'Aarhus_Nord _A_ - 2026-03-01.pdf'.replace(/^/, 'Halvaarsrapport - '),
    );
  });
});
