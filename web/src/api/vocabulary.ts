/**
 * A runtime list of a closed vocabulary the server declares only inside a schema (a `z.enum([...])`
 * with no pure module to import): checked against the generated type, so tsc fails when the server
 * adds, renames or drops a member. Vocabularies that live in a pure server module (tracks, outcome
 * types) are imported from there instead.
 *
 *   export const goalAreas = vocabulary<GoalArea>()(['employmentEducation', 'socialHealth', 'leisureRelations']);
 */
export const vocabulary =
  <T extends string>() =>
  <const L extends readonly T[]>(
    list: L & ([Exclude<T, L[number]>] extends [never] ? unknown : { missing: Exclude<T, L[number]> }),
  ): L =>
    list;
