import { describe, expect, it } from 'vitest';
import type { PartnershipSummary } from './queries.ts';
import { resolvePartnership } from './resolve.ts';

const p = (id: string, name: string, municipality: string, institution: string): PartnershipSummary => ({
  id,
  name,
  municipality,
  institution,
  municipalityId: `m-${municipality}`,
  institutionId: `i-${institution}`,
  targetAdmitted: null,
  targetCloserShare: null,
});
const all = [
  p('1', 'Randers', 'Randers Kommune', 'Randers Bo- og Erhvervstræning'),
  p('2', 'Århus Øst', 'Aarhus Kommune', 'Østskolen'),
  p('3', 'Århus Vest', 'Aarhus Kommune', 'Vestskolen'),
];
const id = (name: string) => {
  const r = resolvePartnership(all, name);
  return r.kind === 'found' ? r.partnership.id : r.kind;
};

describe('resolvePartnership', () => {
  it("matches the partnership's name or either party's name, ignoring case and spaces around", () => {
    expect(id('randers')).toBe('1');
    expect(id(' RANDERS KOMMUNE ')).toBe('1');
    expect(id('randers bo- og erhvervstræning')).toBe('1');
    expect(id('ÅRHUS ØST')).toBe('2');
    expect(id('vestskolen')).toBe('3');
  });

  it('calls a municipality with two partnerships ambiguous, and an unknown name none', () => {
    const r = resolvePartnership(all, 'aarhus kommune');
    expect(r.kind).toBe('ambiguous');
    if (r.kind === 'ambiguous') expect(r.candidates.map((c) => c.id)).toEqual(['2', '3']);
    expect(id('Odense')).toBe('none');
    expect(id('Randers Kom')).toBe('none');
  });
});
