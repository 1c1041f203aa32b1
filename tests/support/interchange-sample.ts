import {
  FORMAT,
  type InterchangeDocument,
  type InterchangeParticipant,
  outcomeTypes,
} from '../../src/interchange/types.ts';
import { addDays } from '../../src/platform/dates.ts';

/**
 * A valid interchange document of any size with made-up people, the same for the same seed: for
 * tests and benchmarks of large imports.
 */
export function sampleDocument(participants: number, seed = 1): InterchangeDocument {
  let s = seed;
  const rnd = (n: number) => {
    s = (s * 1_103_515_245 + 12_345) % 2_147_483_648;
    return Math.floor((s / 2_147_483_648) * n);
  };
  const score = () => 1 + rnd(5);
  const list: InterchangeParticipant[] = [];
  for (let i = 0; i < participants; i++) {
    const courseStart = addDays('2016-01-01', rnd(1500));
    const measurements = Array.from({ length: rnd(6) }, (_, k) => ({
      date: addDays(courseStart, k * 182 + 3),
      scores: { motivation: score(), workIdentity: score(), clarification: score(), knowledge: score() },
    }));
    list.push({
      ref: `S${String(i + 1).padStart(6, '0')}`,
      givenName: `Deltager${i + 1}`,
      familyName: 'Eksempel',
      birthDate: addDays('1990-01-01', rnd(4000)),
      gender: (['female', 'male', 'other'] as const)[rnd(3)] ?? 'other',
      disabilities: (['cognitive', 'physical', 'psychological'] as const).filter(() => rnd(2) === 1),
      consentToStatistics: rnd(10) > 0,
      courseStart,
      grantedMonths: rnd(5) === 0 ? null : 12 * (2 + rnd(4)),
      measurements,
      outcome:
        rnd(3) === 0
          ? {
              type: outcomeTypes[rnd(outcomeTypes.length)] ?? 'stopped',
              date: addDays(courseStart, 400 + rnd(800)),
            }
          : null,
    });
  }
  return {
    format: FORMAT,
    partnership: {
      municipality: 'Prøveby Kommune',
      institution: 'Prøveby Skole',
      targets: { admitted: 40, closerShare: 0.87 },
    },
    participants: list,
  };
}
