import type { Closeness, Sphere } from './api.ts';

/** The map's drawing area (SVG user units): the young person in the middle, two rings around. */
export const MAP = { width: 600, height: 440, cx: 300, cy: 220, inner: 95, outer: 185 } as const;

export interface Placed<T> {
  item: T;
  x: number;
  y: number;
}

/** Private people on the left half, professionals on the right: each half spans 140 degrees. */
const halves: Record<Sphere, { from: number; span: number }> = {
  professional: { from: -70, span: 140 },
  private: { from: 110, span: 140 },
};

/**
 * Where each person sits on the map: close people on the inner ring, the rest on the outer one.
 * Each side's people share out its half by angle, close and further out taking turns, so no two
 * of them sit on one line from the middle (their labels would run into each other).
 */
export function layoutMap<T extends { sphere: Sphere; closeness: Closeness }>(
  people: readonly T[],
): Placed<T>[] {
  const placed: Placed<T>[] = [];
  for (const sphere of ['private', 'professional'] as const) {
    const close = people.filter((p) => p.sphere === sphere && p.closeness === 'close');
    const further = people.filter((p) => p.sphere === sphere && p.closeness === 'further');
    const side: T[] = [];
    for (let i = 0; i < Math.max(close.length, further.length); i++) {
      if (close[i]) side.push(close[i] as T);
      if (further[i]) side.push(further[i] as T);
    }
    const { from, span } = halves[sphere];
    side.forEach((item, i) => {
      const radius = item.closeness === 'close' ? MAP.inner : MAP.outer;
      const angle = ((from + ((i + 1) * span) / (side.length + 1)) * Math.PI) / 180;
      placed.push({
        item,
        x: Math.round((MAP.cx + radius * Math.cos(angle)) * 10) / 10,
        y: Math.round((MAP.cy + radius * Math.sin(angle)) * 10) / 10,
      });
    });
  }
  return placed;
}

/** A name short enough for the drawing; the list beside it has the whole name. */
export const shortName = (name: string, max = 16) =>
  name.length > max ? `${name.slice(0, max - 1)}…` : name;
