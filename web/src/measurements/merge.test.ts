import { describe, expect, it } from 'vitest';
import { mergeEntries } from './merge.ts';

const entry = (professional: number | null, participant: number | null, reason = '') => ({
  professional,
  participant,
  reason,
  goalId: null,
});

describe('merging a draft after someone else saved (412)', () => {
  it("keeps the young person's new answer and the coordinator's unsaved changes", () => {
    const server = { motivation: entry(2, 4), knowledge: entry(1, 2) };
    const local = { motivation: entry(3, null, 'Mere lyst nu'), knowledge: entry(1, null) };
    const merged = mergeEntries(server, local, new Set(['motivation.professional', 'motivation.reason']));
    expect(merged).toEqual({ motivation: entry(3, 4, 'Mere lyst nu'), knowledge: entry(1, 2) });
    // The server's copy is not changed in place.
    expect(server.motivation.professional).toBe(2);
  });

  it('lets a field both changed go to the one who is saving now', () => {
    const merged = mergeEntries(
      { motivation: entry(2, 4) },
      { motivation: entry(2, 5) },
      new Set(['motivation.participant']),
    );
    expect(merged.motivation?.participant).toBe(5);
  });
});
