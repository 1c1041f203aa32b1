import { importInterchange } from '../interchange/import.ts';
import type { InterchangeDocument } from '../interchange/types.ts';
import { addMonths } from '../platform/dates.ts';
import type { Db } from '../platform/db.ts';

/**
 * A second, smaller partnership of the demo institution (Vesterby Kommune), brought in the way real
 * users bring older courses: as an interchange file. It gives the leader something to compare
 * side by side, and small groups that the comparison must suppress. Nobody on the demo's staff is
 * on these courses, so their rows stay hidden from them.
 */
export async function seedSecondPartnership(db: Db, day: string) {
  await importInterchange(db, vesterby(day));
}

const givenNames = ['Jonas', 'Maja', 'Oliver', 'Laura', 'Victor', 'Ella', 'Malthe', 'Josefine', 'Magnus'];
const familyNames = ['Kjær', 'Bach', 'Lund', 'Holm', 'Dahl', 'Mortensen'];
const disabilityMix = [['cognitive'], ['psychological'], ['cognitive', 'psychological'], ['cognitive']];

function vesterby(day: string): InterchangeDocument {
  const participants = Array.from({ length: 18 }, (_, i) => {
    const start = addMonths(day, -(4 + ((i * 5) % 34)));
    const score = (base: number) => ({
      motivation: base,
      workIdentity: Math.max(1, base - 1),
      clarification: base,
      knowledge: Math.max(1, base - (i % 2)),
    });
    // Most move forward; every fourth stands still.
    const later = addMonths(start, 7);
    const measurements = [{ date: addMonths(start, 1), scores: score(2) }];
    if (later < day) measurements.push({ date: later, scores: score(i % 4 === 3 ? 2 : 3) });
    const ended = i % 6 === 0 && addMonths(start, 20) < day;
    return {
      ref: `N${String(i + 1).padStart(2, '0')}`,
      givenName: givenNames[i % givenNames.length] as string,
      familyName: familyNames[i % familyNames.length] as string,
      birthDate: `${1997 + (i % 8)}-0${1 + (i % 9)}-1${i % 10}`,
      gender: (['male', 'female', 'male', 'female', 'other'] as const)[i % 5] as 'male',
      disabilities: disabilityMix[i % disabilityMix.length] as Array<'cognitive'>,
      consentToStatistics: i % 9 !== 4,
      courseStart: start,
      grantedMonths: [24, 36, 48][i % 3] as number,
      measurements,
      outcome: ended ? { type: i % 12 === 0 ? 'flexJob' : 'ordinaryJob', date: addMonths(start, 20) } : null,
    };
  });
  return {
    format: 'vivirk-interchange/1',
    partnership: {
      municipality: 'Vesterby Kommune',
      institution: 'Lindeby Erhvervsskole',
      targets: { admitted: 20, closerShare: 0.8 },
    },
    participants,
  } as InterchangeDocument;
}
