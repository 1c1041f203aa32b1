/**
 * The seven parallel tracks (§7.2); a goal or note may name one. Pure (no imports): the server's
 * schemas (src/platform/schemas.ts) and the web app (web/src/app/tracks.ts) both import it.
 */
export const tracks = [
  'labourMarketIdentity',
  'hygieneAppearance',
  'sleepStructure',
  'housingEconomy',
  'leisureNetwork',
  'healthSubstance',
  'treatment',
] as const;
export type Track = (typeof tracks)[number];
