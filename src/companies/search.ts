import { distanceKm, type Point } from '../platform/distance.ts';

/** What the search needs of a company (pure: unit-tested without a database). */
export interface Placed {
  name: string;
  latitude: number | null;
  longitude: number | null;
}

/** Km to one decimal, as shown; null when either end has no coordinates. */
export function kmFrom(home: Point | null, place: Placed): number | null {
  if (!home || place.latitude === null || place.longitude === null) return null;
  return Math.round(distanceKm(home, { latitude: place.latitude, longitude: place.longitude }) * 10) / 10;
}

const byName = (a: Placed, b: Placed) => a.name.localeCompare(b.name, 'da');

/**
 * Distances from the young person's home, the max-km filter and the order. A company without
 * coordinates has no known distance: it comes last, and a max-km filter leaves it out (it cannot be
 * shown to be within reach).
 */
export function arrangeByDistance<T extends Placed>(
  companies: readonly T[],
  home: Point | null,
  options: { maxKm?: number | undefined; sort: 'name' | 'distance' },
): Array<T & { distanceKm: number | null }> {
  const measured = companies.map((c) => ({ ...c, distanceKm: kmFrom(home, c) }));
  const kept =
    home && options.maxKm !== undefined
      ? measured.filter((c) => c.distanceKm !== null && c.distanceKm <= (options.maxKm as number))
      : measured;
  return kept.sort((a, b) => {
    if (options.sort === 'distance') {
      if (a.distanceKm === null && b.distanceKm !== null) return 1;
      if (b.distanceKm === null && a.distanceKm !== null) return -1;
      if (a.distanceKm !== null && b.distanceKm !== null && a.distanceKm !== b.distanceKm)
        return a.distanceKm - b.distanceKm;
    }
    return byName(a, b);
  });
}

/** Free text matches the name, city, street or notes, case- and accent-insensitive enough for Danish. */
export function matchesText(
  text: string | undefined,
  c: { name: string; city: string; street: string; notes: string },
): boolean {
  const q = text?.trim().toLocaleLowerCase('da');
  if (!q) return true;
  return [c.name, c.city, c.street, c.notes].some((v) => v.toLocaleLowerCase('da').includes(q));
}
