import type { CourseScope } from '../auth/course-scope.ts';
import { createGoal } from '../goals/service.ts';
import { AppError, badRequest } from '../platform/errors.ts';
import { type Expected, StaleVersion } from '../platform/versions.ts';
import { currentStep, mayRecord, recordableSteps, type StepKind, startDateOf, stepKinds } from './order.ts';
import { type StepRow, type StepVersionRow, stepQueries } from './queries.ts';
import { type CourseSteps, type StepInput, type StepView, storedDetails } from './schemas.ts';

const iso = (d: Date | string) => new Date(d).toISOString();
const parse = (v: unknown) => (typeof v === 'string' ? JSON.parse(v) : v);

function viewStep(row: StepRow, versions: StepVersionRow[]): StepView {
  const kind = row.kind as StepKind;
  const schema = storedDetails[kind];
  return {
    kind,
    date: row.step_date,
    details: schema.parse(parse(row.details)),
    version: row.version,
    recordedAt: iso(row.recorded_at),
    recordedBy:
      row.recorded_by && row.recorded_by_name
        ? { id: row.recorded_by, displayName: row.recorded_by_name }
        : null,
    history: versions
      .filter((v) => v.step_id === row.id)
      .map((v) => ({
        version: v.version,
        date: v.step_date,
        details: schema.parse(parse(v.details)),
        recordedAt: iso(v.recorded_at),
        recordedBy:
          v.recorded_by && v.recorded_by_name ? { id: v.recorded_by, displayName: v.recorded_by_name } : null,
      })),
  } as StepView;
}

const inOrder = (a: StepRow, b: StepRow) =>
  stepKinds.indexOf(a.kind as StepKind) - stepKinds.indexOf(b.kind as StepKind);

/** The course's steps in the model's order, which one it is at, and what may be recorded now. */
export async function listSteps(scope: CourseScope): Promise<CourseSteps> {
  // The steps are the course's administration: a reader without it (a company) is told nothing.
  if (!scope.grant.classes.has('courseAdmin'))
    throw new AppError(404, 'not_found', 'course not found or no access');
  const q = scope.queries(stepQueries);
  const rows = (await q.list()).sort(inOrder);
  const versions = await q.versions();
  const course = await q.course();
  const recorded = new Set(rows.map((r) => r.kind as StepKind));
  await scope.audit('courseSteps.read', {
    objectType: 'course',
    objectId: scope.grant.courseId,
    detail: { steps: rows.length },
  });
  return {
    steps: rows.map((r) => viewStep(r, versions)),
    current: currentStep(recorded),
    recordable: scope.grant.permissions.has('courseSteps.write') ? recordableSteps(recorded) : [],
    course: {
      referralDate: course.referral_date,
      firstContactDate: course.first_contact_date,
      startDate: course.start_date,
      grantedMonths: course.granted_months,
      planSummary: course.plan_summary,
      package: course.package,
    },
  };
}

/**
 * Records a step, or changes it as a new version (the old one stays in the history). Everything
 * the step sets on the course (referral, first contact, start) and the goals it writes down are
 * written in the same transaction. `expected` is null when the client sent no If-Match: only
 * right for a step not recorded yet.
 */
export async function recordStep(
  scope: CourseScope,
  kind: StepKind,
  input: StepInput,
  expected: Expected | null,
): Promise<StepView> {
  if (input.kind !== kind) throw badRequest(`body.kind: must be "${kind}", as in the address`, 'body.kind');
  const q = scope.queries(stepQueries);
  const rows = await q.list();
  const recorded = new Set(rows.map((r) => r.kind as StepKind));
  const existing = rows.find((r) => r.kind === kind);
  if (!mayRecord(kind, recorded))
    throw badRequest(
      recorded.has('end')
        ? 'body.kind: the course has ended; no new step follows the end'
        : 'body.kind: record the steps before this one first',
      'body.kind',
    );
  if (existing && expected === null)
    throw new AppError(
      428,
      'precondition_required',
      'If-Match is required: this step is recorded; send the version you based this change on',
      'If-Match',
    );
  const course = await q.course();
  const dates: Partial<Record<StepKind, string>> = Object.fromEntries(rows.map((r) => [r.kind, r.step_date]));
  dates[kind] = input.date;
  await checkDates(input, course, dates);

  const previousGoalIds =
    existing && (kind === 'startUp' || kind === 'evaluation')
      ? storedDetails[kind].parse(parse(existing.details)).goalIds
      : [];
  const details = await detailsOf(scope, input, previousGoalIds);

  let saved: { id: string; version: number } | undefined;
  if (!existing) {
    if (typeof expected === 'number') throw new StaleVersion(null, null);
    saved = await q.insert(kind, input.date, details, scope.actor.userId);
  } else {
    saved = await q.update(kind, input.date, details, scope.actor.userId, expected ?? 'any');
    if (!saved) {
      const now = await q.find(kind);
      if (!now) throw new StaleVersion(null, null);
      const current = viewStep(
        now,
        (await q.versions()).filter((v) => v.step_id === now.id),
      );
      throw new StaleVersion(now.version, scope.present('courseStepSaved', { step: current }).step);
    }
  }
  await q.insertVersion(saved.id, saved.version, input.date, details, scope.actor.userId);

  // What the step sets on the course itself.
  if (input.kind === 'referral')
    await q.setReferral({
      referral_date: input.date,
      plan_summary: input.planSummary,
      package: input.package,
      granted_months: input.grantedMonths,
    });
  if (input.kind === 'visit') await q.setFirstContact(input.firstContactDate);
  if (input.kind === 'trial' || input.kind === 'startUp') {
    const start = startDateOf(dates);
    if (start) await q.setStart(start, scope.actor.userId);
  }

  await scope.audit(existing ? 'courseSteps.change' : 'courseSteps.record', {
    objectType: 'courseStep',
    objectId: saved.id,
    detail: { kind, version: saved.version },
  });
  const row = await q.find(kind);
  if (!row) throw new Error('the step just saved is gone');
  return viewStep(
    row,
    (await q.versions()).filter((v) => v.step_id === row.id),
  );
}

/** The dates a step must keep: nothing before the referral; the first contact not after the visit. */
async function checkDates(
  input: StepInput,
  course: { referral_date: string | null; first_contact_date: string | null },
  dates: Partial<Record<StepKind, string>>,
) {
  if (input.kind === 'referral') {
    if (course.first_contact_date && input.date > course.first_contact_date)
      throw badRequest(
        `body.date: the referral cannot be after the first contact (${course.first_contact_date})`,
        'body.date',
      );
    return;
  }
  const referral = dates.referral ?? course.referral_date;
  if (input.kind === 'visit') {
    if (referral && input.firstContactDate < referral)
      throw badRequest(
        `body.firstContactDate: the first contact cannot be before the referral (${referral})`,
        'body.firstContactDate',
      );
    if (input.date < input.firstContactDate)
      throw badRequest('body.date: the visit cannot be before the first contact', 'body.date');
  }
  if (referral && input.date < referral)
    throw badRequest(`body.date: this step cannot be before the referral (${referral})`, 'body.date');
}

/** What the step keeps: the input without kind and date; new goals become goals and are kept by id. */
async function detailsOf(scope: CourseScope, input: StepInput, previousGoalIds: string[]) {
  const { kind: _kind, date: _date, ...rest } = input;
  if (input.kind !== 'startUp' && input.kind !== 'evaluation') return rest;
  const { newGoals, ...kept } = rest as typeof rest & { newGoals: Array<{ area: never; title: string }> };
  if (newGoals.length > 0 && !scope.grant.permissions.has('goals.write'))
    throw badRequest('body.newGoals: you may not write goals on this course', 'body.newGoals');
  const goalIds = [...previousGoalIds];
  for (const goal of input.newGoals) {
    const created = await createGoal(scope, { area: goal.area, title: goal.title });
    goalIds.push(created.id);
  }
  return { ...kept, goalIds };
}
