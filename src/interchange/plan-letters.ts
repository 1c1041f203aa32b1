import type { ExistingLetter } from './existing.ts';
import type { ParticipantPlan, PlanContext } from './plan-types.ts';
import type { InterchangeParticipant } from './types.ts';

/**
 * Approved status letters, matched by their day. A file without `statusLetters` (any v1 file)
 * says nothing about letters; one with the list is the whole truth about imported letters:
 * missing ones go, letters a person wrote in the app stay.
 */
export function planLetters(
  plan: ParticipantPlan,
  file: InterchangeParticipant,
  existing: readonly ExistingLetter[],
  ctx: PlanContext,
) {
  if (!file.statusLetters) return;
  const byDay = new Map<string, ExistingLetter>();
  for (const l of existing) if (!byDay.has(l.approved_on)) byDay.set(l.approved_on, l);
  for (const letter of file.statusLetters) {
    const body = letter.text ?? null;
    const current = byDay.get(letter.approvedOn);
    if (!current)
      plan.letterInserts.push({
        municipality_id: ctx.municipalityId,
        course_id: plan.courseId,
        approved_on: letter.approvedOn,
        body,
      });
    else if (current.recorded_by === null && current.body !== body)
      plan.letterUpdates.push({ id: current.id, body });
  }
  const days = new Set(file.statusLetters.map((l) => l.approvedOn));
  for (const l of existing)
    if (l.recorded_by === null && !days.has(l.approved_on)) plan.letterDeletes.push(l.id);
}
