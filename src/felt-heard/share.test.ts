import { describe, expect, it } from 'vitest';
import { feltHeardShare } from './share.ts';

describe('the felt-heard share', () => {
  it('is null, not 0, when nobody has answered', () => {
    expect(feltHeardShare([])).toEqual({ yes: 0, partly: 0, no: 0, share: null });
  });

  it('counts yes over all answers; partly is an answer but not a yes', () => {
    expect(feltHeardShare(['yes', 'yes', 'partly', 'no'])).toEqual({ yes: 2, partly: 1, no: 1, share: 0.5 });
    expect(feltHeardShare(['partly'])).toEqual({ yes: 0, partly: 1, no: 0, share: 0 });
    expect(feltHeardShare(['yes'])).toEqual({ yes: 1, partly: 0, no: 0, share: 1 });
  });

  it("gives seed 004's 87.6 % for 876 yes in 1000 answers", () => {
    const answers = [
      ...Array<'yes'>(876).fill('yes'),
      ...Array<'partly'>(100).fill('partly'),
      ...Array<'no'>(24).fill('no'),
    ];
    expect(feltHeardShare(answers).share).toBeCloseTo(0.876, 10);
  });
});
