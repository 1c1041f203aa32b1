import type { ExistingMeasurement } from './existing.ts';
import type { ParticipantPlan, PlanContext } from './plan-types.ts';
import type { InterchangeParticipant } from './types.ts';

/**
 * Matched by day and perspective (the professional's, or the young person's own beside it).
 * Imported measurements missing from the file go; ones a person recorded stay.
 */
export function planMeasurements(
  plan: ParticipantPlan,
  file: InterchangeParticipant,
  existing: readonly ExistingMeasurement[],
  ctx: PlanContext,
) {
  const keyOf = (day: string, perspective: string) => `${day} ${perspective}`;
  const byDay = new Map<string, ExistingMeasurement>();
  for (const m of existing) {
    const key = keyOf(m.measured_on, m.perspective);
    if (!byDay.has(key)) byDay.set(key, m);
  }
  for (const m of file.measurements) {
    const perspective = m.perspective ?? 'professional';
    const current = byDay.get(keyOf(m.date, perspective));
    if (!current) {
      plan.measurementInserts.push({
        municipality_id: ctx.municipalityId,
        course_id: plan.courseId,
        instrument_id: ctx.instrumentId,
        measured_on: m.date,
        perspective,
        scores: JSON.stringify(m.scores),
      });
    } else if (!sameScores(current.scores, m.scores)) {
      plan.measurementUpdates.push({ id: current.id, scores: JSON.stringify(m.scores) });
    }
  }
  const inFile = new Set(file.measurements.map((m) => keyOf(m.date, m.perspective ?? 'professional')));
  for (const m of existing)
    if (m.recorded_by === null && !inFile.has(keyOf(m.measured_on, m.perspective)))
      plan.measurementDeletes.push(m.id);
}

function sameScores(a: Record<string, number>, b: Record<string, number>) {
  const keys = Object.keys(b);
  return Object.keys(a).length === keys.length && keys.every((k) => a[k] === b[k]);
}
