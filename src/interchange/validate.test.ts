import { describe, expect, it } from 'vitest';
import smallPartnership from '../../tests/fixtures/interchange/small-partnership.json' with { type: 'json' };
import { issueLine, MAX_REPORTED_ISSUES } from './issues.ts';
import { validateInterchange } from './validate.ts';

const valid = () => structuredClone(smallPartnership) as any;

/** The error lines for a document changed by `edit`. */
function linesFor(edit: (doc: any) => void): string[] {
  const doc = valid();
  edit(doc);
  const result = validateInterchange(doc);
  return result.ok ? [] : result.issues.map(issueLine);
}

describe('validateInterchange', () => {
  it('accepts the shared example', () => {
    const result = validateInterchange(valid());
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.document.participants).toHaveLength(5);
  });

  it('names the place and the allowed range of a score out of range', () => {
    expect(linesFor((d) => (d.participants[3].measurements[0].scores.knowledge = 7))).toEqual([
      'participants[3].measurements[0].scores.knowledge: 7 is outside 1..5',
    ]);
  });

  it('reports a missing field, an unknown field and a wrong enum value in the exact style', () => {
    const lines = linesFor((d) => {
      delete d.participants[0].ref;
      d.participants[1].nickname = 'x';
      d.participants[2].gender = 'woman';
    });
    expect(lines).toEqual([
      'participants[0].ref: is required',
      'participants[1].nickname: unknown field',
      'participants[2].gender: expected one of female, male, other',
    ]);
  });

  it('refuses dates that are not on the calendar, and wrongly written dates', () => {
    expect(
      linesFor((d) => {
        d.participants[0].birthDate = '2019-02-30';
        d.participants[1].courseStart = '2018-1-15';
        d.participants[2].measurements[0].date = 20170502;
        d.participants[0].outcome.date = '1850-01-01';
      }),
    ).toEqual([
      'participants[0].birthDate: 2019-02-30 is not a real calendar date',
      'participants[0].outcome.date: 1850-01-01 is outside 1900-01-01..2100-12-31',
      'participants[1].courseStart: expected a date YYYY-MM-DD',
      'participants[2].measurements[0].date: expected a date YYYY-MM-DD, got a number',
    ]);
    expect(linesFor((d) => (d.participants[4].birthDate = '2000-02-29'))).toEqual([]);
  });

  it('refuses a ref used twice, naming both places', () => {
    expect(linesFor((d) => (d.participants[4].ref = 'A2'))).toEqual([
      'participants[4].ref: A2 is already used by participants[1]',
    ]);
  });

  it('refuses two measurements on one day for the same participant', () => {
    expect(linesFor((d) => (d.participants[0].measurements[2].date = '2017-09-05'))).toEqual([
      'participants[0].measurements[2].date: 2017-09-05 is already measured at measurements[0]',
    ]);
  });

  it('checks granted months, outcome, disabilities and consent', () => {
    expect(
      linesFor((d) => {
        d.participants[0].grantedMonths = 0;
        d.participants[1].grantedMonths = '24';
        d.participants[2].grantedMonths = 2.5;
        d.participants[3].disabilities = ['cognitive', 'cognitive', 'blind'];
        d.participants[4].outcome = { type: 'pension', date: '2019-08-01' };
        d.participants[4].consentToStatistics = 'yes';
        d.participants[1].outcome = 'none';
      }),
    ).toEqual([
      'participants[0].grantedMonths: 0 is outside 1..120',
      'participants[1].grantedMonths: expected an integer or null, got a string',
      'participants[1].outcome: expected null or an object, got a string',
      'participants[2].grantedMonths: 2.5 is not an integer',
      'participants[3].disabilities[1]: cognitive is listed twice',
      'participants[3].disabilities[2]: expected one of cognitive, physical, psychological',
      'participants[4].consentToStatistics: expected true or false, got a string',
      'participants[4].outcome.type: expected one of ordinaryJob, flexJob, wageSubsidyJob, shelteredEmployment, education, otherCourse, movedAway, stopped',
    ]);
  });

  it('checks the partnership, its targets and the format', () => {
    expect(
      linesFor((d) => {
        d.format = 'vivirk-interchange/3';
        d.partnership.municipality = '';
        d.partnership.institution = '   ';
        d.partnership.targets = { admitted: -1, closerShare: 87, intake: 3 };
        d.participants[0].measurements[0].scores.motivation = 1e21;
      }),
    ).toEqual([
      'format: expected one of "vivirk-interchange/1", "vivirk-interchange/2"',
      'partnership.municipality: must not be empty',
      'partnership.institution: must not be blank',
      'partnership.targets.intake: unknown field',
      'partnership.targets.admitted: -1 is outside 0..2147483647',
      'partnership.targets.closerShare: 87 is outside 0..1',
      'participants[0].measurements[0].scores.motivation: 1e+21 is outside 1..5',
    ]);
  });

  it('accepts a partnership without targets and a participant without measurements', () => {
    expect(
      linesFor((d) => {
        delete d.partnership.targets;
        d.participants[0].measurements = [];
        d.participants[0].disabilities = [];
      }),
    ).toEqual([]);
  });

  it('refuses strings PostgreSQL cannot store and names that are too long', () => {
    expect(
      linesFor((d) => {
        d.participants[0].givenName = 'A\u0000B';
        d.participants[1].familyName = 'x'.repeat(201);
        d.participants[2].ref = '\uD800';
      }),
    ).toEqual([
      'participants[0].givenName: must not contain a NUL character',
      'participants[1].familyName: is longer than 200 characters',
      'participants[2].ref: contains an invalid character',
    ]);
  });

  it('describes a document that is not an object at all, and quotes odd field names', () => {
    const top = validateInterchange([1, 2]);
    expect(top.ok ? [] : top.issues.map(issueLine)).toEqual(['(root): expected an object, got an array']);
    expect(linesFor((d) => (d['odd key'] = 1))).toEqual(['["odd key"]: unknown field']);
  });

  it('lists every problem up to a cap, and counts the rest', () => {
    const doc = valid();
    doc.participants = Array.from({ length: 300 }, () => ({}));
    const result = validateInterchange(doc);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues).toHaveLength(MAX_REPORTED_ISSUES);
    expect(result.total).toBe(300 * 11);
    expect(issueLine(result.issues[0]!)).toBe('participants[0].ref: is required');
  });
});
