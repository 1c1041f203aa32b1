import type { GoalRow } from './queries.ts';
import type { Snapshot } from './schemas.ts';

type Track = Snapshot['track'];

/** The version record of a goal as it stands now, with the reason for the change if one was given. */
export function snapshotOf(row: GoalRow, note?: string): Snapshot {
  return {
    title: row.title,
    status: row.status as Snapshot['status'],
    area: row.area as Snapshot['area'],
    track: row.track as Track,
    circle: {
      goal: row.circle_goal,
      activities: row.circle_activities,
      measure: row.circle_measure,
      learned: row.circle_learned,
    },
    ...(note ? { note } : {}),
  };
}

const str = (v: unknown) => (typeof v === 'string' ? v : '');

/**
 * Reads a stored version. Older rows (the demo seed, imports) may hold the raw table row with
 * circle_* columns instead of the `circle` object; both read the same.
 */
export function readSnapshot(stored: unknown): Snapshot {
  const s = (typeof stored === 'string' ? JSON.parse(stored) : stored) as Record<string, unknown>;
  const c = (s.circle ?? {}) as Record<string, unknown>;
  return {
    title: str(s.title),
    status: (s.status ?? 'active') as Snapshot['status'],
    area: s.area as Snapshot['area'],
    track: (s.track ?? null) as Track,
    circle: {
      goal: str(c.goal ?? s.circle_goal),
      activities: str(c.activities ?? s.circle_activities),
      measure: str(c.measure ?? s.circle_measure),
      learned: str(c.learned ?? s.circle_learned),
    },
    ...(typeof s.note === 'string' ? { note: s.note } : {}),
  };
}
