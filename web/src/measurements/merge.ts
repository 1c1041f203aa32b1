import type { MeasurementEntry } from '../api/types.ts';

type Entries = Record<string, MeasurementEntry>;
/** A field the person changed since the last save: 'motivation.reason'. */
export type Dirty = ReadonlySet<string>;

/**
 * The server's entries with the person's unsaved changes on top: after a 412 (the young person
 * answered meanwhile) neither side's work is lost, since each changed different fields.
 */
export function mergeEntries(server: Entries, local: Entries, dirty: Dirty): Entries {
  const merged: Entries = structuredClone(server);
  for (const path of dirty) {
    const [dimension, field] = path.split('.') as [string, keyof MeasurementEntry];
    const entry = merged[dimension];
    const mine = local[dimension];
    if (entry && mine) (entry as Record<string, unknown>)[field] = mine[field];
  }
  return merged;
}
