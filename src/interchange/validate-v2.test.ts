import { describe, expect, it } from 'vitest';
import dueExample from '../../tests/fixtures/interchange/due-example.json' with { type: 'json' };
import smallPartnership from '../../tests/fixtures/interchange/small-partnership.json' with { type: 'json' };
import { issueLine } from './issues.ts';
import { validateInterchange } from './validate.ts';

const v2 = () => structuredClone(dueExample) as any;
const lines = (doc: unknown) => {
  const result = validateInterchange(doc);
  return result.ok ? [] : result.issues.map(issueLine);
};

describe('interchange version 2', () => {
  it('accepts the shared v2 example, and v1 alongside it', () => {
    expect(lines(v2())).toEqual([]);
    expect(lines(structuredClone(smallPartnership))).toEqual([]);
  });

  it('refuses what only version 2 may say in a version 1 document, by place', () => {
    const doc = structuredClone(smallPartnership) as any;
    doc.participants[0].referralDate = '2017-12-01';
    doc.participants[1].measurements[0].perspective = 'participant';
    expect(lines(doc)).toEqual([
      'participants[0].referralDate: unknown field',
      'participants[1].measurements[0].perspective: unknown field',
    ]);
  });

  it("keeps one measurement per day and perspective: the young person's own scores beside the professional's", () => {
    const doc = v2();
    const e1 = doc.participants[0];
    expect(lines(doc)).toEqual([]);
    e1.measurements.push({ ...e1.measurements[1] });
    e1.measurements.push({ ...e1.measurements[0], perspective: 'professional' });
    e1.measurements.push({ ...e1.measurements[0], perspective: 'mentor' });
    expect(lines(doc)).toEqual([
      "participants[0].measurements[3].date: 2020-09-21 already has the young person's own scores at measurements[1]",
      'participants[0].measurements[4].date: 2020-09-21 is already measured at measurements[0]',
      'participants[0].measurements[5].perspective: expected one of professional, participant',
    ]);
  });

  it('refuses a referral after the start, a change before it, two changes or letters on one day', () => {
    const doc = v2();
    const e3 = doc.participants[2];
    e3.referralDate = '2020-02-01';
    e3.statusChanges.push({ date: '2019-12-01', status: 'paused' });
    e3.statusChanges.push({ date: '2021-03-01', status: 'active', reason: '' });
    e3.statusChanges.push({ date: '2021-05-01', status: 'ended' });
    e3.statusLetters.push({ approvedOn: '2021-02-01', text: 'igen' });
    expect(lines(doc)).toEqual([
      'participants[2].referralDate: 2020-02-01 is after the course start 2020-01-06',
      'participants[2].statusChanges[2].date: 2019-12-01 is before the course start 2020-01-06',
      'participants[2].statusChanges[3].date: 2021-03-01 already has a status change at statusChanges[0]',
      'participants[2].statusChanges[4].status: expected one of paused, active',
      'participants[2].statusLetters[1].approvedOn: 2021-02-01 already has a letter at statusLetters[0]',
    ]);
  });

  it('allows an empty reason and letter text, as the schema does, but not an unknown field in them', () => {
    const doc = v2();
    doc.participants[2].statusChanges[0].reason = '';
    doc.participants[0].statusLetters[0].text = '';
    expect(lines(doc)).toEqual([]);
    doc.participants[0].statusLetters[0].author = 'x';
    expect(lines(doc)).toEqual(['participants[0].statusLetters[0].author: unknown field']);
  });
});
