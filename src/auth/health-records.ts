import { type RawBuilder, sql } from 'kysely';

/**
 * Which goals and journal notes are health data (GDPR art. 9, data class `health`): those about
 * the area "Socialt og helbred" or on the treatment track. One rule, in TypeScript for the view
 * policy and in SQL for the reads that leave out in the database what the view policy would (the
 * goals page and the journal count their rows for the audit row in the same statement).
 */
const healthArea = 'socialHealth';
const healthTrack = 'treatment';

export const isHealthRecord = (row: { area?: unknown; track?: unknown }) =>
  row.area === healthArea || row.track === healthTrack;

/**
 * The same rule as a SQL condition, never null, over the row's columns: `track`, and `area` where
 * the table has one (goals do, journal notes do not).
 */
export function healthRecordSql(columns: { track: string; area?: string }): RawBuilder<boolean> {
  const track = sql`${sql.ref(columns.track)} = ${sql.lit(healthTrack)}`;
  return columns.area
    ? sql<boolean>`coalesce(${sql.ref(columns.area)} = ${sql.lit(healthArea)} or ${track}, false)`
    : sql<boolean>`coalesce(${track}, false)`;
}
