import { describe, expect, it } from 'vitest';
import { development, totalDevelopment } from '../reports/compute.ts';
import { directionOf, signed } from './development.ts';

describe('development in words', () => {
  it('is closer above 0, the same at 0 and further below', () => {
    expect([4, 1, 0, -2].map(directionOf)).toEqual(['closer', 'closer', 'same', 'further']);
  });

  it('signs the number with a plus or a true minus', () => {
    expect([4, 0, -2].map(signed)).toEqual(['+4', '0', '\u22122']);
  });
});

describe('development per dimension (DOMAIN.md: latest minus baseline)', () => {
  const measurements = [
    { date: '2025-09-01', scores: { motivation: 3, workIdentity: 2, clarification: 4, knowledge: 2 } },
    { date: '2025-03-01', scores: { motivation: 2, workIdentity: 2, clarification: 2, knowledge: 1 } },
    { date: '2026-03-01', scores: { motivation: 1, workIdentity: 1, clarification: 1, knowledge: 1 } },
  ];

  it("gives the report's example +1, +0, +2, +1 → +4, ignoring a measurement after the day", () => {
    expect(development(measurements, '2025-12-31')).toEqual({
      baselineOn: '2025-03-01',
      latestOn: '2025-09-01',
      perDimension: { motivation: 1, workIdentity: 0, clarification: 2, knowledge: 1 },
      total: 4,
    });
    expect(totalDevelopment(measurements, '2025-12-31')).toBe(4);
  });

  it('is 0 for a baseline alone and null with no measurement yet', () => {
    expect(development(measurements, '2025-03-01')?.total).toBe(0);
    expect(development(measurements, '2025-02-28')).toBeNull();
  });
});
