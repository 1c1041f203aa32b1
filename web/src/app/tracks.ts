/** The seven parallel tracks (§7.2), as the server names them (src/platform/schemas.ts). */
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

export const isTrack = (value: unknown): value is Track => (tracks as readonly unknown[]).includes(value);
