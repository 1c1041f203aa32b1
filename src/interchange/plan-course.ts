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
  paused: 'Importeret: pause',
  resumed: 'Importeret: genoptaget',
};

/** The course row, and a status-history row for every change of status the file brings. */
export function planCourse(
  plan: ParticipantPlan,
  file: InterchangeParticipant,
  existing: ExistingState,
  ctx: PlanContext,
) {
  const current = existing.course;
  const status = file.outcome ? 'ended' : (statusFromFile(file, ctx.today) ?? keptStatus(current?.status));
  const wanted = {
    municipality_id: ctx.municipalityId,
    start_date: file.courseStart,
    granted_months: file.grantedMonths,
    status,
    outcome_type: file.outcome?.type ?? null,
    outcome_date: file.outcome?.date ?? null,
    // A file without a referral date (any v1 file) says nothing about it.
    ...(file.referralDate ? { referral_date: file.referralDate } : {}),
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
  } else {
    const update = differences(current, wanted);
    if (Object.keys(update).length > 0) plan.course = { update };
  }
  planStatusChanges(plan, file, existing, ctx);
  if (!current) {
    if (file.outcome) history('ended', file.outcome.date, reasons.ended);
    return;
  }
  const update = plan.course && 'update' in plan.course ? plan.course.update : {};
  if (file.outcome && current.status !== 'ended') history('ended', file.outcome.date, reasons.ended);
  else if (file.outcome && (update.outcome_type || update.outcome_date))
    history('ended', file.outcome.date, reasons.outcomeCorrected);
  else if (!file.outcome && current.status === 'ended') history('active', ctx.today, reasons.reopened);
}

/** v1 cannot say "paused": a paused course stays paused unless the file ends it. */
const keptStatus = (status: 'active' | 'paused' | 'ended' | undefined) =>
  status === 'paused' ? 'paused' : 'active';

/** The status the file's own changes give on the import's day, when it lists any. */
function statusFromFile(file: InterchangeParticipant, today: IsoDate): 'active' | 'paused' | null {
  if (!file.statusChanges) return null;
  const latest = [...file.statusChanges]
    .filter((c) => c.date <= today)
    .sort((a, b) => a.date.localeCompare(b.date))
    .at(-1);
  return latest?.status ?? 'active';
}

/**
 * The file's pauses and resumptions, kept as history rows marked as imported and matched by
 * day, status and reason: a second import of the same file writes nothing; a change the file no
 * longer lists goes. A file without `statusChanges` leaves them as they are.
 */
function planStatusChanges(
  plan: ParticipantPlan,
  file: InterchangeParticipant,
  existing: ExistingState,
  ctx: PlanContext,
) {
  if (!file.statusChanges) return;
  const keyOf = (date: string, status: string, reason: string) => `${date}|${status}|${reason}`;
  const reasonOf = (c: { status: 'paused' | 'active'; reason?: string }) =>
    c.reason?.trim() || (c.status === 'paused' ? reasons.paused : reasons.resumed);
  const have = new Map(existing.importedChanges.map((c) => [keyOf(c.effective_date, c.status, c.reason), c]));
  const wanted = new Set<string>();
  for (const change of [...file.statusChanges].sort((a, b) => a.date.localeCompare(b.date))) {
    const reason = reasonOf(change);
    const key = keyOf(change.date, change.status, reason);
    wanted.add(key);
    if (have.has(key)) continue;
    plan.history.push({
      municipality_id: ctx.municipalityId,
      course_id: plan.courseId,
      status: change.status,
      effective_date: change.date,
      reason,
      imported_change: true,
    });
  }
  for (const [key, c] of have) if (!wanted.has(key)) plan.historyDeletes.push(c.id);
}
