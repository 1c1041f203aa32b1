/**
 * The steps of the course workflow, in the model's order (DOMAIN.md "The course workflow"), and
 * which one is next. Pure: the web app imports it to draw the progress list.
 */
export const stepKinds = [
  'referral',
  'visit',
  'trial',
  'startUp',
  'evaluation',
  'course',
  'internship',
  'jobAgreement',
  'end',
] as const;
export type StepKind = (typeof stepKinds)[number];

/**
 * Steps a course may pass by: not every young person has a trial period, an internship or a
 * job agreement (a course can end in education, a move or a stop).
 */
export const optionalSteps: ReadonlySet<StepKind> = new Set(['trial', 'internship', 'jobAgreement']);

const indexOf = (kind: StepKind) => stepKinds.indexOf(kind);

/**
 * The step the course is at: the first step after the furthest one recorded; null once the
 * course has ended. A course always has its referral, so a course without it starts there.
 */
export function currentStep(recorded: Iterable<StepKind>): StepKind | null {
  let furthest = -1;
  for (const kind of recorded) furthest = Math.max(furthest, indexOf(kind));
  return stepKinds[furthest + 1] ?? null;
}

/**
 * Whether a step may be recorded (or changed) now: a recorded step may always be changed; a new
 * one needs every required step before it, so no step is skipped by accident. The end may come
 * at any point after the referral (a course can stop early), and nothing new follows the end.
 */
export function mayRecord(kind: StepKind, recorded: ReadonlySet<StepKind>): boolean {
  if (recorded.has(kind)) return true;
  if (!recorded.has('referral')) return kind === 'referral';
  if (recorded.has('end')) return false;
  if (kind === 'end') return true;
  return stepKinds.slice(0, indexOf(kind)).every((k) => recorded.has(k) || optionalSteps.has(k));
}

/** The steps that may be recorded now, in order. */
export function recordableSteps(recorded: ReadonlySet<StepKind>): StepKind[] {
  return stepKinds.filter((k) => mayRecord(k, recorded));
}

/** The steps that start the course: its start date is the trial's, or without one the start-up's. */
export function startDateOf(dates: Partial<Record<StepKind, string>>): string | null {
  return dates.trial ?? dates.startUp ?? null;
}
