import { describe, expect, it } from 'vitest';
import { diffTerms } from './diff.ts';
import { type AgreementTerms, templateTerms } from './terms.ts';

const base = (): AgreementTerms => ({
  ...templateTerms({ intakeTarget: 40, closerShareTarget: 0.87, firstContactDays: 7, from: '2026-01-01' }),
  packages: [
    { name: 'Pakke 1 – Afklaring', content: 'Afklaring i værkstedet', monthlyPrice: 9500 },
    { name: 'Pakke 2 – Værksted og praktik', content: 'Værksted og praktik', monthlyPrice: 14500 },
    { name: 'Pakke 3 – Job med støtte', content: 'Mentor i job', monthlyPrice: 6000 },
  ],
});

describe('diffTerms', () => {
  it('finds nothing between equal terms', () => {
    expect(diffTerms(base(), base())).toEqual([]);
  });

  it('names a changed value by its path, with before and after', () => {
    const b = base();
    b.goals.intakeTarget = 45;
    b.documentation.statusLetterMonths = 2;
    expect(diffTerms(base(), b)).toEqual([
      {
        path: 'goals.intakeTarget',
        kind: 'changed',
        fromPath: 'goals.intakeTarget',
        toPath: 'goals.intakeTarget',
        before: 40,
        after: 45,
      },
      {
        path: 'documentation.statusLetterMonths',
        kind: 'changed',
        fromPath: 'documentation.statusLetterMonths',
        toPath: 'documentation.statusLetterMonths',
        before: 3,
        after: 2,
      },
    ]);
  });

  it('sees a value set from or to null', () => {
    const b = base();
    b.goals.closerShareTarget = null;
    b.period.to = '2027-12-31';
    expect(diffTerms(base(), b).map((c) => [c.path, c.before, c.after])).toEqual([
      ['goals.closerShareTarget', 0.87, null],
      ['period.to', null, '2027-12-31'],
    ]);
  });

  it('reports a changed package price at that package', () => {
    const b = base();
    (b.packages[1] as AgreementTerms['packages'][number]).monthlyPrice = 15200;
    expect(diffTerms(base(), b)).toEqual([
      {
        path: 'packages[1].monthlyPrice',
        kind: 'changed',
        fromPath: 'packages[1].monthlyPrice',
        toPath: 'packages[1].monthlyPrice',
        before: 14500,
        after: 15200,
      },
    ]);
  });

  it('reports an added package as one added row', () => {
    const b = base();
    b.packages.push({ name: 'Pakke 4 – Efterværn', content: 'Opfølgning', monthlyPrice: 2500 });
    expect(diffTerms(base(), b)).toEqual([
      {
        path: 'packages[3]',
        kind: 'added',
        fromPath: null,
        toPath: 'packages[3]',
        before: null,
        after: { name: 'Pakke 4 – Efterværn', content: 'Opfølgning', monthlyPrice: 2500 },
      },
    ]);
  });

  it('reports a removed first package as removed, not the rest as changed', () => {
    const b = base();
    b.packages.shift();
    const changes = diffTerms(base(), b);
    expect(changes).toHaveLength(1);
    expect(changes[0]).toMatchObject({
      path: 'packages[0]',
      kind: 'removed',
      fromPath: 'packages[0]',
      toPath: null,
      after: null,
    });
    expect(changes[0]?.before).toMatchObject({ name: 'Pakke 1 – Afklaring' });
  });

  it('follows a moved row to its new place', () => {
    const b = base();
    b.packages = [b.packages[2], b.packages[0], b.packages[1]] as AgreementTerms['packages'];
    (b.packages[0] as AgreementTerms['packages'][number]).content = 'Mentor i job og efterværn';
    expect(diffTerms(base(), b)).toEqual([
      {
        path: 'packages[0].content',
        kind: 'changed',
        fromPath: 'packages[2].content',
        toPath: 'packages[0].content',
        before: 'Mentor i job',
        after: 'Mentor i job og efterværn',
      },
    ]);
  });

  it('treats a renamed row as one removed and one added', () => {
    const b = base();
    (b.packages[0] as AgreementTerms['packages'][number]).name = 'Pakke 1 – Afklaring og udredning';
    expect(diffTerms(base(), b).map((c) => [c.kind, c.path])).toEqual([
      ['added', 'packages[0]'],
      ['removed', 'packages[0]'],
    ]);
  });

  it('compares a list of plain values as one value', () => {
    const b = base();
    const first = b.goals.outcomeSplit[0] as AgreementTerms['goals']['outcomeSplit'][number];
    first.outcomes = ['ordinaryJob', 'flexJob', 'education'];
    first.share = 0.75;
    expect(diffTerms(base(), b).map((c) => [c.path, c.before, c.after])).toEqual([
      ['goals.outcomeSplit[0].outcomes', ['ordinaryJob', 'flexJob'], ['ordinaryJob', 'flexJob', 'education']],
      ['goals.outcomeSplit[0].share', 0.8, 0.75],
    ]);
  });

  it('keeps two rows of the same name apart by their order', () => {
    const a = base();
    a.developmentGroup = [
      { name: 'Anne', role: 'Leder', party: 'municipality' },
      { name: 'Anne', role: 'Sagsbehandler', party: 'municipality' },
    ];
    const b = structuredClone(a);
    (b.developmentGroup[1] as AgreementTerms['developmentGroup'][number]).party = 'institution';
    expect(diffTerms(a, b).map((c) => [c.path, c.after])).toEqual([
      ['developmentGroup[1].party', 'institution'],
    ]);
  });
});
