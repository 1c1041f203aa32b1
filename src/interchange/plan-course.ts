import type { IsoDate } from '../platform/dates.ts';
import { differences } from './differences.ts';
import type { ExistingState } from './existing.ts';
import type { ParticipantPlan, PlanContext } from './plan-types.ts';
import type { InterchangeParticipant } from './types.ts';

const reasons = {
  started: 'Importeret: forløbet startede',
  ended: 'Importeret: forløbet sluttede',
  outcomeCorrected: 'Importeret: udfald rettet',
  reopened: 'Importeret: forløbet genåbnet',
};

/** The course row, and a status-history row for every change of status the file brings. */
export function planCourse(
  plan: ParticipantPlan,
  file: InterchangeParticipant,
  existing: ExistingState,
  ctx: PlanContext,
) {
  const current = existing.course;
  // The file cannot say "paused": a paused course stays paused unless the file ends it.
  const status = file.outcome ? 'ended' : current?.status === 'paused' ? 'paused' : 'active';
  const wanted = {
    municipality_id: ctx.municipalityId,
    start_date: file.courseStart,
    granted_months: file.grantedMonths,
    status,
    outcome_type: file.outcome?.type ?? null,
    outcome_date: file.outcome?.date ?? null,
  } as const;
  const history = (status: 'active' | 'ended', effective_date: IsoDate, reason: string) =>
    plan.history.push({
      municipality_id: ctx.municipalityId,
      course_id: plan.courseId,
      status,
      effective_date,
      reason,
    });
  if (!current) {
    plan.course = {
      insert: {
        id: plan.courseId,
        partnership_id: ctx.partnershipId,
        participant_id: plan.participantId,
        ...wanted,
      },
    };
    history('active', file.courseStart, reasons.started);
    if (file.outcome) history('ended', file.outcome.date, reasons.ended);
    return;
  }
  const update = differences(current, wanted);
  if (Object.keys(update).length > 0) plan.course = { update };
  if (file.outcome && current.status !== 'ended') history('ended', file.outcome.date, reasons.ended);
  else if (file.outcome && (update.outcome_type || update.outcome_date))
    history('ended', file.outcome.date, reasons.outcomeCorrected);
  else if (!file.outcome && current.status === 'ended') history('active', ctx.today, reasons.reopened);
}
