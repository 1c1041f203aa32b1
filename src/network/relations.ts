/**
 * The vocabulary of the young person's network (DOMAIN.md "Network map"). Pure: the view policy
 * and the web app import it, so which people are health data is decided once.
 */
export const relations = [
  'family',
  'friend',
  'partner',
  'housingSupport',
  'psychiatrist',
  'psychologist',
  'doctor',
  'addictionCounsellor',
  'caseworkerElsewhere',
  'teacher',
  'employer',
  'other',
] as const;
export type Relation = (typeof relations)[number];

export const spheres = ['private', 'professional'] as const;
export type Sphere = (typeof spheres)[number];

/** The map's rings: close people in the inner ring, the rest further out. */
export const closenesses = ['close', 'further'] as const;
export type Closeness = (typeof closenesses)[number];

/** Health-care people: that someone sees a psychiatrist is health data (GDPR art. 9). */
const healthRelations: ReadonlySet<string> = new Set<Relation>([
  'psychiatrist',
  'psychologist',
  'doctor',
  'addictionCounsellor',
]);

export const isHealthRelation = (row: { relation?: unknown }) => healthRelations.has(String(row.relation));
