import type { ExistingMeasurement } from './existing.ts';
import type { ParticipantPlan, PlanContext } from './plan-types.ts';
import type { InterchangeParticipant } from './types.ts';

/** Matched by day. Imported measurements missing from the file go; ones a person recorded stay. */
export function planMeasurements(
  plan: ParticipantPlan,
  file: InterchangeParticipant,
  existing: readonly ExistingMeasurement[],
  ctx: PlanContext,
) {
  const byDay = new Map<string, ExistingMeasurement>();
  for (const m of existing) if (!byDay.has(m.measured_on)) byDay.set(m.measured_on, m);
  for (const m of file.measurements) {
    const current = byDay.get(m.date);
    if (!current) {
      plan.measurementInserts.push({
        municipality_id: ctx.municipalityId,
        course_id: plan.courseId,
        instrument_id: ctx.instrumentId,
        measured_on: m.date,
        scores: JSON.stringify(m.scores),
      });
    } else if (!sameScores(current.scores, m.scores)) {
      plan.measurementUpdates.push({ id: current.id, scores: JSON.stringify(m.scores) });
    }
  }
  const days = new Set(file.measurements.map((m) => m.date));
  for (const m of existing)
    if (m.recorded_by === null && !days.has(m.measured_on)) plan.measurementDeletes.push(m.id);
}

function sameScores(a: Record<string, number>, b: Record<string, number>) {
  const keys = Object.keys(b);
  return Object.keys(a).length === keys.length && keys.every((k) => a[k] === b[k]);
}
