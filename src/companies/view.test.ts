import { describe, expect, it } from 'vitest';
import { buildHistory } from './view.ts';

describe('buildHistory', () => {
  const internships = [
    { course_id: 'a', given_name: 'Sara', starts_on: '2026-02-01', ends_on: null },
    { course_id: 'b', given_name: 'Emil', starts_on: '2025-03-01', ends_on: '2025-06-01' },
    { course_id: 'c', given_name: 'Ali', starts_on: '2025-09-01', ends_on: null },
  ];
  const hires = [{ course_id: 'b', given_name: 'Emil', type: 'flexJob', on: '2025-08-01' }];

  it('counts internships and hires per year, newest year first', () => {
    expect(buildHistory(internships, hires, null).years).toEqual([
      { year: 2026, internships: 1, hires: 0 },
      { year: 2025, internships: 2, hires: 1 },
    ]);
  });

  it('names the young people only for the institution staff, on courses they may see', () => {
    const without = buildHistory(internships, hires, null);
    expect(without.internships).toBeNull();
    expect(without.hires).toBeNull();
    const named = buildHistory(internships, hires, new Set(['a', 'b']));
    expect(named.internships?.map((i) => i.firstName)).toEqual(['Sara', 'Emil']);
    expect(named.hires).toEqual([{ courseId: 'b', firstName: 'Emil', type: 'flexJob', on: '2025-08-01' }]);
  });
});
