import { describe, expect, it } from 'vitest';
import { templateTerms } from '../../../src/partnerships/terms.ts';
import { draftErrors, fieldId, fromDraft, toDraft } from './draft.ts';

const terms = () => ({
  ...templateTerms({ intakeTarget: 40, closerShareTarget: 0.87, firstContactDays: 7, from: '2026-01-01' }),
  packages: [{ name: 'Pakke 1 – Afklaring', content: 'Afklaring', monthlyPrice: 14500 }],
});

describe('the agreement form draft', () => {
  it('shows shares as whole percent and gives them back as shares', () => {
    const draft = toDraft(terms());
    expect(draft.goals.closerSharePercent).toBe('87');
    expect(draft.goals.outcomeSplit.map((o) => o.percent)).toEqual(['80', '20']);
    expect(fromDraft(draft)).toEqual(terms());
  });

  it('reads prices with Danish thousands separators and an empty target as none', () => {
    const draft = toDraft(terms());
    draft.packages[0] = { ...draft.packages[0]!, monthlyPrice: '15.200' };
    draft.goals.intakeTarget = '';
    draft.goals.closerSharePercent = '90';
    const back = fromDraft(draft);
    expect(back.packages[0]?.monthlyPrice).toBe(15200);
    expect(back.goals.intakeTarget).toBeNull();
    expect(back.goals.closerShareTarget).toBe(0.9);
    expect(draftErrors(draft)).toEqual({});
  });

  it('finds what cannot be sent, by the path the server would name', () => {
    const draft = toDraft(terms());
    draft.goals.closerSharePercent = '187';
    draft.packages[0] = { ...draft.packages[0]!, name: ' ', monthlyPrice: 'mange' };
    draft.documentation.statusLetterMonths = '0';
    draft.documentation.measurementMonths = '1.5';
    draft.period.to = '2025-01-01';
    expect(draftErrors(draft)).toEqual({
      'goals.closerShareTarget': 'percent',
      'packages[0].name': 'missing',
      'packages[0].monthlyPrice': 'number',
      'documentation.measurementMonths': 'number',
      'documentation.statusLetterMonths': 'range',
      'period.to': 'range',
    });
  });

  it('names inputs after their path', () => {
    expect(fieldId('packages[1].monthlyPrice')).toBe('agreement-packages-1-monthlyPrice');
    expect(fieldId('goals.intakeTarget')).toBe('agreement-goals-intakeTarget');
  });
});
