import { laterDay } from '../platform/dates.ts';
import { differences, sameSet } from './differences.ts';
import type { ExistingState } from './existing.ts';
import { planCourse } from './plan-course.ts';
import { planLetters } from './plan-letters.ts';
import { planMeasurements } from './plan-measurements.ts';
import type { ParticipantPlan, PlanContext } from './plan-types.ts';
import type { InterchangeParticipant } from './types.ts';

export type { ParticipantPlan, PlanContext } from './plan-types.ts';

export function planParticipant(file: InterchangeParticipant, existing: ExistingState, ctx: PlanContext) {
  const participantId = existing.participant?.id ?? ctx.newId();
  const courseId = existing.course?.id ?? ctx.newId();
  const plan: ParticipantPlan = {
    participantId,
    courseId,
    participantCreated: !existing.participant,
    history: [],
    historyDeletes: [],
    consentWithdrawals: [],
    measurementInserts: [],
    measurementUpdates: [],
    measurementDeletes: [],
    letterInserts: [],
    letterUpdates: [],
    letterDeletes: [],
  };
  planParticipantRow(plan, file, existing, ctx);
  planCourse(plan, file, existing, ctx);
  planConsent(plan, file, existing, ctx);
  planMeasurements(plan, file, existing.measurements, ctx);
  planLetters(plan, file, existing.letters, ctx);
  return plan;
}

/** Whether the plan writes anything at all (and so earns an audit row). */
export function planChanges(plan: ParticipantPlan): string[] {
  const parts: string[] = [];
  if (plan.participant) parts.push('participant');
  if (plan.course || plan.history.length > 0 || plan.historyDeletes.length > 0) parts.push('course');
  if (plan.consentInsert || plan.consentWithdrawals.length > 0) parts.push('consent');
  const m = plan.measurementInserts.length + plan.measurementUpdates.length + plan.measurementDeletes.length;
  if (m > 0) parts.push('measurements');
  const letters = plan.letterInserts.length + plan.letterUpdates.length + plan.letterDeletes.length;
  if (letters > 0) parts.push('statusLetters');
  return parts;
}

function planParticipantRow(
  plan: ParticipantPlan,
  file: InterchangeParticipant,
  existing: ExistingState,
  ctx: PlanContext,
) {
  const wanted = {
    municipality_id: ctx.municipalityId,
    given_name: file.givenName,
    family_name: file.familyName,
    birth_date: file.birthDate,
    gender: file.gender,
    disabilities: [...file.disabilities].sort(),
  };
  const current = existing.participant;
  if (!current) {
    plan.participant = {
      insert: { id: plan.participantId, partnership_id: ctx.partnershipId, ref: file.ref, ...wanted },
    };
    return;
  }
  const update = differences(current, wanted);
  // The order of disabilities carries no meaning.
  if (sameSet(current.disabilities, wanted.disabilities)) delete update.disabilities;
  if (Object.keys(update).length > 0) plan.participant = { update };
}

/**
 * The file says yes or no without a date. A first consent counts from the course start (it is
 * taken at the start); one given again after a withdrawal, and a withdrawal, count from today.
 */
function planConsent(
  plan: ParticipantPlan,
  file: InterchangeParticipant,
  existing: ExistingState,
  ctx: PlanContext,
) {
  const active = existing.statisticsConsents.filter((k) => k.withdrawn_on === null);
  if (file.consentToStatistics && active.length === 0) {
    plan.consentInsert = {
      municipality_id: ctx.municipalityId,
      participant_id: plan.participantId,
      purpose: 'statistics',
      given_on: existing.statisticsConsents.length === 0 ? file.courseStart : ctx.today,
    };
  }
  if (!file.consentToStatistics) {
    for (const k of active) {
      plan.consentWithdrawals.push({
        id: k.id,
        withdrawn_on: laterDay(k.given_on, ctx.today),
      });
    }
  }
}
