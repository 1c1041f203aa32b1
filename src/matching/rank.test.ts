import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { industries, levels, workFunctions } from '../companies/vocabulary.ts';
import {
  type HistoryEntry,
  type RankCompany,
  type RankProfile,
  rankCompanies,
  rankParticipants,
} from './rank.ts';

/** Testby's centre; 0.1° of latitude is about 11 km. */
const home = { latitude: 55.7, longitude: 9.5 };
const profile: RankProfile = {
  workFunctions: ['kitchen', 'cleaning'],
  industries: ['food'],
  supportLevel: 'high',
  home,
  maxDistanceKm: 20,
};
const company = (over: Partial<RankCompany> & { id: string; name: string }): RankCompany => ({
  industry: 'crafts',
  workFunctions: [],
  capacity: null,
  location: null,
  openings: [],
  ...over,
});

describe('rankCompanies on hand-made cases', () => {
  it('scores functions, industry, enough capacity, distance and an open place, with their reasons', () => {
    const [only] = rankCompanies(
      profile,
      [
        company({
          id: 'c1',
          name: 'Kantinen',
          industry: 'food',
          workFunctions: ['kitchen'],
          capacity: 'high',
          location: home,
          openings: [{ id: 'o1', title: 'Opvask', workFunctions: ['cleaning'] }],
        }),
      ],
      [],
    );
    // 2 functions × 20 + industry 15 + capacity 10 + distance 10 × (1 − 0/20) + open place 10.
    expect(only?.score).toBe(85);
    expect(only?.rank).toBe(1);
    expect(only?.reasons).toEqual([
      { code: 'functions', functions: ['cleaning', 'kitchen'] },
      { code: 'industry', industry: 'food' },
      { code: 'capacity', capacity: 'high', support: 'high', enough: true },
      { code: 'distance', km: 0, maxKm: 20, within: true },
      { code: 'openPlace', openings: 1 },
    ]);
  });

  it('ranks a company whose capacity is below the support need down, and says so', () => {
    const ranked = rankCompanies(
      profile,
      [
        company({ id: 'low', name: 'A Lav', workFunctions: ['kitchen'], capacity: 'low' }),
        company({ id: 'high', name: 'B Høj', workFunctions: ['kitchen'], capacity: 'high' }),
        company({ id: 'none', name: 'C Ukendt', workFunctions: ['kitchen'] }),
      ],
      [],
    );
    expect(ranked.map((s) => [s.company.id, s.score])).toEqual([
      ['high', 30],
      ['none', 20],
      // Two steps short (high need, low capacity): −50.
      ['low', -30],
    ]);
    expect(ranked[2]?.reasons).toContainEqual({
      code: 'capacity',
      capacity: 'low',
      support: 'high',
      enough: false,
    });
    expect(ranked[1]?.reasons).toContainEqual({
      code: 'capacity',
      capacity: null,
      support: 'high',
      enough: null,
    });
  });

  it('ranks a company beyond the maximum distance down, and says how far it is', () => {
    const far = { latitude: 56.0, longitude: 9.5 };
    const ranked = rankCompanies(
      profile,
      [
        company({ id: 'far', name: 'A Fjern', workFunctions: ['kitchen'], location: far }),
        company({
          id: 'near',
          name: 'B Nær',
          workFunctions: ['kitchen'],
          location: { latitude: 55.79, longitude: 9.5 },
        }),
      ],
      [],
    );
    expect(ranked.map((s) => s.company.id)).toEqual(['near', 'far']);
    const farReason = ranked[1]?.reasons.find((r) => r.code === 'distance');
    expect(farReason).toEqual({ code: 'distance', km: 33.4, maxKm: 20, within: false });
    expect(ranked[1]?.score).toBe(20 - 30);
    // 10 km of 20: half the distance bonus.
    expect(ranked[0]?.score).toBeCloseTo(20 + 10 * (1 - 10 / 20), 0);
  });

  it('says when a young person was there before, a job weighing more than an internship', () => {
    const history: HistoryEntry[] = [
      { courseId: 'k', companyId: 'a', outcome: 'ended' },
      { courseId: 'k', companyId: 'b', outcome: 'ended' },
      { courseId: 'k', companyId: 'b', outcome: 'hired' },
    ];
    const ranked = rankCompanies(
      { ...profile, home: null },
      [company({ id: 'a', name: 'A' }), company({ id: 'b', name: 'B' }), company({ id: 'c', name: 'C' })],
      history,
    );
    expect(ranked.map((s) => [s.company.id, s.score])).toEqual([
      ['b', 10],
      ['a', 5],
      ['c', 0],
    ]);
    expect(ranked[0]?.reasons).toContainEqual({ code: 'earlierInternship', outcome: 'hired' });
    expect(ranked[1]?.reasons).toContainEqual({ code: 'earlierInternship', outcome: 'ended' });
  });

  it('breaks ties by name in Danish order (Æ, Ø, Å last)', () => {
    const ranked = rankCompanies(
      profile,
      [
        company({ id: '1', name: 'Åbo' }),
        company({ id: '2', name: 'Ørsted' }),
        company({ id: '3', name: 'Zeta' }),
      ],
      [],
    );
    expect(ranked.map((s) => s.company.name)).toEqual(['Zeta', 'Ørsted', 'Åbo']);
    expect(ranked.map((s) => s.rank)).toEqual([1, 2, 3]);
  });
});

describe('rankParticipants on hand-made cases', () => {
  it('ranks young people for an opening by its functions and their own history there', () => {
    const kantine = company({
      id: 'k',
      name: 'Kantinen',
      industry: 'food',
      workFunctions: ['cleaning'],
      capacity: 'medium',
    });
    const opening = { id: 'o', title: 'Køkkenhjælp', workFunctions: ['kitchen'] };
    const ranked = rankParticipants(
      opening,
      kantine,
      [
        { courseId: 'c1', name: 'Bo', profile: { ...profile, home: null, supportLevel: 'medium' } },
        {
          courseId: 'c2',
          name: 'Ane',
          profile: { ...profile, home: null, workFunctions: ['office'], supportLevel: 'low' },
        },
        { courseId: 'c3', name: 'Cas', profile: { ...profile, home: null, supportLevel: 'high' } },
      ],
      [{ courseId: 'c2', companyId: 'k', outcome: 'running' }],
    );
    // Bo: kitchen 20 + food 15 + capacity 10; Cas: the same but one step short (−25); Ane: food, capacity, earlier.
    expect(ranked.map((s) => [s.name, s.score, s.rank])).toEqual([
      ['Bo', 45, 1],
      ['Ane', 30, 2],
      ['Cas', 10, 3],
    ]);
    // The opening's functions count, not the company's (cleaning).
    expect(ranked[0]?.reasons[0]).toEqual({ code: 'functions', functions: ['kitchen'] });
    expect(ranked[1]?.reasons).toContainEqual({ code: 'earlierInternship', outcome: 'running' });
    expect(ranked.flatMap((s) => s.reasons).some((r) => r.code === 'openPlace')).toBe(false);
  });
});

const point = fc.record({
  latitude: fc.double({ min: 54.5, max: 57.7, noNaN: true }),
  longitude: fc.double({ min: 8, max: 12.7, noNaN: true }),
});
const someOf = <T>(values: readonly T[]) => fc.uniqueArray(fc.constantFrom(...values), { maxLength: 5 });
const arbProfile = fc.record({
  workFunctions: someOf(workFunctions),
  industries: someOf(industries),
  supportLevel: fc.constantFrom(...levels),
  home: fc.option(point, { nil: null }),
  maxDistanceKm: fc.option(fc.integer({ min: 1, max: 500 }), { nil: null }),
});
const arbCompany = (id: number) =>
  fc.record({
    id: fc.constant(`c${id}`),
    name: fc.constantFrom('Alfa', 'Beta', 'Ærø', 'Øst', 'Åen', 'alfa'),
    industry: fc.constantFrom(...industries),
    workFunctions: someOf(workFunctions),
    capacity: fc.option(fc.constantFrom(...levels), { nil: null }),
    location: fc.option(point, { nil: null }),
    openings: fc.array(
      fc.record({ id: fc.uuid(), title: fc.constant('Plads'), workFunctions: someOf(workFunctions) }),
      { maxLength: 2 },
    ),
  });
const arbCompanies = fc
  .integer({ min: 1, max: 6 })
  .chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => arbCompany(i))));

describe('ranking properties', () => {
  it('never lowers a score when the young person chooses one more function the company offers', () => {
    fc.assert(
      fc.property(arbProfile, arbCompanies, (p, companies) => {
        const before = rankCompanies(p, companies, []);
        for (const s of before) {
          const offered = [...s.company.workFunctions, ...s.company.openings.flatMap((o) => o.workFunctions)];
          const extra = offered.find((f) => !(p.workFunctions as readonly string[]).includes(f));
          if (!extra) continue;
          const after = rankCompanies({ ...p, workFunctions: [...p.workFunctions, extra] }, [s.company], []);
          expect(after[0]!.score).toBeGreaterThan(s.score);
        }
      }),
    );
  });

  it('is deterministic: the input order does not change the ranking, and equal scores go by name', () => {
    fc.assert(
      fc.property(arbProfile, arbCompanies, fc.integer(), (p, companies, seed) => {
        const shuffled = [...companies].sort(
          (a, b) => ((a.id.charCodeAt(1) * seed) % 7) - ((b.id.charCodeAt(1) * seed) % 7),
        );
        const one = rankCompanies(p, companies, []);
        const two = rankCompanies(p, shuffled.reverse(), []);
        expect(two.map((s) => s.company.id)).toEqual(one.map((s) => s.company.id));
        for (let i = 1; i < one.length; i++) {
          const [a, b] = [one[i - 1]!, one[i]!];
          expect(a.score).toBeGreaterThanOrEqual(b.score);
          if (a.score === b.score)
            expect(a.company.name.localeCompare(b.company.name, 'da')).toBeLessThanOrEqual(0);
        }
      }),
    );
  });
});
