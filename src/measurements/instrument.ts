import type { Db } from '../platform/db.ts';

/** The default instrument's four dimensions (DOMAIN.md, "Measurement"). */
export const defaultDimensions = ['motivation', 'workIdentity', 'clarification', 'knowledge'] as const;
export type Dimension = (typeof defaultDimensions)[number];
export type Scores = Record<Dimension, number>;
// Also written out in migrations/023_course_facts.sql (course_measured_on): the clock counts this form.
export const DEFAULT_INSTRUMENT_KEY = 'distanceToLabourMarket';

export async function defaultInstrumentId(db: Db): Promise<string> {
  const row = await db
    .selectFrom('measurement_instruments')
    .select('id')
    .where('key', '=', DEFAULT_INSTRUMENT_KEY)
    .orderBy('version', 'desc')
    .executeTakeFirstOrThrow();
  return row.id;
}
