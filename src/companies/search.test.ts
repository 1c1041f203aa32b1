import { describe, expect, it } from 'vitest';
import { arrangeByDistance, kmFrom, matchesText } from './search.ts';

const home = { latitude: 55.7, longitude: 9.5 };
const near = { name: 'Nær', latitude: 55.71, longitude: 9.53 };
const far = { name: 'Fjern', latitude: 56.15, longitude: 10.2 };
const nowhere = { name: 'Adresseløs', latitude: null, longitude: null };

describe('company search helpers', () => {
  it('measures km to one decimal, and nothing without coordinates', () => {
    expect(kmFrom(home, near)).toBe(2.2);
    expect(kmFrom(home, nowhere)).toBeNull();
    expect(kmFrom(null, near)).toBeNull();
  });

  it('sorts by distance with the companies without coordinates last', () => {
    const sorted = arrangeByDistance([nowhere, far, near], home, { sort: 'distance' });
    expect(sorted.map((c) => c.name)).toEqual(['Nær', 'Fjern', 'Adresseløs']);
    expect(sorted[1]?.distanceKm).toBeGreaterThan(60);
  });

  it('sorts by name (Danish order) when asked, or without a home', () => {
    const sorted = arrangeByDistance([near, far, nowhere], null, { sort: 'distance' });
    expect(sorted.map((c) => c.name)).toEqual(['Adresseløs', 'Fjern', 'Nær']);
    expect(sorted.every((c) => c.distanceKm === null)).toBe(true);
  });

  it('keeps only companies known to be within max km', () => {
    const kept = arrangeByDistance([near, far, nowhere], home, { sort: 'distance', maxKm: 10 });
    expect(kept.map((c) => c.name)).toEqual(['Nær']);
    // Without a home the filter cannot apply.
    expect(arrangeByDistance([near, far], null, { sort: 'name', maxKm: 10 })).toHaveLength(2);
  });

  it('matches free text in name, city, street and notes', () => {
    const c = { name: 'Testby Tømrer ApS', city: 'Testby', street: 'Savværksvej 3', notes: 'Gode til nye' };
    expect(matchesText('tømrer', c)).toBe(true);
    expect(matchesText('SAVVÆRK', c)).toBe(true);
    expect(matchesText('bager', c)).toBe(false);
    expect(matchesText(undefined, c)).toBe(true);
  });
});
