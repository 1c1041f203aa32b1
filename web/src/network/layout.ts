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
 * Where each person sits on the map: close people on the inner ring, the rest on the outer one,
 * spread evenly over their side's half so no two in the same group share a point.
 */
export function layoutMap<T extends { sphere: Sphere; closeness: Closeness }>(
  people: readonly T[],
): Placed<T>[] {
  const placed: Placed<T>[] = [];
  for (const sphere of ['private', 'professional'] as const) {
    for (const closeness of ['close', 'further'] as const) {
      const group = people.filter((p) => p.sphere === sphere && p.closeness === closeness);
      const radius = closeness === 'close' ? MAP.inner : MAP.outer;
      const { from, span } = halves[sphere];
      group.forEach((item, i) => {
        const angle = ((from + ((i + 1) * span) / (group.length + 1)) * Math.PI) / 180;
        placed.push({
          item,
          x: Math.round((MAP.cx + radius * Math.cos(angle)) * 10) / 10,
          y: Math.round((MAP.cy + radius * Math.sin(angle)) * 10) / 10,
        });
      });
    }
  }
  return placed;
}

/** A name short enough for the drawing; the list beside it has the whole name. */
export const shortName = (name: string, max = 16) =>
  name.length > max ? `${name.slice(0, max - 1)}…` : name;
