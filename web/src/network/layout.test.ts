import { describe, expect, it } from 'vitest';
import { layoutMap, MAP, shortName } from './layout.ts';

const person = (name: string, sphere: 'private' | 'professional', closeness: 'close' | 'further') => ({
  name,
  sphere,
  closeness,
});
const distance = (p: { x: number; y: number }) => Math.hypot(p.x - MAP.cx, p.y - MAP.cy);

describe('the network map layout', () => {
  it('puts close people on the inner ring and the rest on the outer one', () => {
    const placed = layoutMap([person('Mor', 'private', 'close'), person('Ven', 'private', 'further')]);
    expect(distance(placed.find((p) => p.item.name === 'Mor')!)).toBeCloseTo(MAP.inner, 0);
    expect(distance(placed.find((p) => p.item.name === 'Ven')!)).toBeCloseTo(MAP.outer, 0);
  });

  it('puts private people on the left and professionals on the right, all inside the drawing', () => {
    const people = [
      ...['a', 'b', 'c', 'd', 'e'].map((n) => person(n, 'private', 'further')),
      ...['f', 'g', 'h'].map((n) => person(n, 'professional', 'close')),
      person('i', 'professional', 'further'),
    ];
    const placed = layoutMap(people);
    expect(placed).toHaveLength(people.length);
    for (const p of placed) {
      if (p.item.sphere === 'private') expect(p.x).toBeLessThan(MAP.cx);
      else expect(p.x).toBeGreaterThan(MAP.cx);
      expect(p.y).toBeGreaterThan(0);
      expect(p.y).toBeLessThan(MAP.height - 20);
    }
    // No two people on one line from the middle, whatever their ring: labels never share a spot.
    const angles = new Set(placed.map((p) => Math.atan2(p.y - MAP.cy, p.x - MAP.cx).toFixed(3)));
    expect(angles.size).toBe(placed.length);
  });

  it('shortens long names for the drawing only', () => {
    expect(shortName('Hanne')).toBe('Hanne');
    expect(shortName('Overlæge Bente Storm-Hansen')).toBe('Overlæge Bente …');
  });
});
