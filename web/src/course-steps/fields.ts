import type { CourseStep, StepInput, StepKind } from './api.ts';

/**
 * What each step's guided form asks for, in the order it asks (the model's agreements at that
 * point, DOMAIN.md "The course workflow"). The form renders these; the labels are `steps.fields.*`.
 */
export type FieldName =
  | 'date'
  | 'planSummary'
  | 'grantedMonths'
  | 'package'
  | 'firstContactDate'
  | 'place'
  | 'contactCoordinator'
  | 'contactMentor'
  | 'meetWhere'
  | 'meetWhen'
  | 'workingHours'
  | 'firstTasks'
  | 'colleague'
  | 'lengthWeeks'
  | 'plan'
  | 'note';

export type FieldType = 'date' | 'text' | 'textarea' | 'lines' | 'number' | 'place' | 'months';
export interface FieldSpec {
  name: FieldName;
  type: FieldType;
  required: boolean;
}

const f = (name: FieldName, type: FieldType, required = false): FieldSpec => ({ name, type, required });
const dated = (...rest: FieldSpec[]) => [f('date', 'date', true), ...rest];

export const stepFields: Record<StepKind, FieldSpec[]> = {
  referral: dated(f('planSummary', 'textarea'), f('grantedMonths', 'months'), f('package', 'text')),
  visit: [
    f('firstContactDate', 'date', true),
    f('date', 'date', true),
    f('place', 'place', true),
    f('contactCoordinator', 'text'),
    f('contactMentor', 'text'),
    f('meetWhere', 'text'),
    f('meetWhen', 'text'),
    f('workingHours', 'text'),
    f('firstTasks', 'lines'),
    f('colleague', 'text'),
  ],
  trial: dated(f('lengthWeeks', 'number', true)),
  startUp: dated(f('note', 'textarea')),
  evaluation: dated(f('plan', 'textarea', true)),
  course: dated(f('note', 'textarea')),
  internship: dated(f('note', 'textarea')),
  jobAgreement: dated(f('note', 'textarea')),
  end: dated(f('note', 'textarea')),
};

/** Steps at which goals are written down: created as real goals on the course. */
export const writesGoals = (kind: StepKind) => kind === 'startUp' || kind === 'evaluation';

export type Values = Partial<Record<FieldName, string>>;

/** A recorded step's answers as form values (a new step starts empty). */
export function valuesOf(step: CourseStep | undefined): Values {
  if (!step) return {};
  const values: Values = { date: step.date };
  for (const [key, value] of Object.entries(step.details)) {
    if (key === 'goalIds') continue;
    values[key as FieldName] = Array.isArray(value) ? value.join('\n') : value === null ? '' : String(value);
  }
  return values;
}

/** The request body from the form's values. */
export function inputOf(
  kind: StepKind,
  values: Values,
  newGoal: { title: string; area: string } | null,
): StepInput {
  const body: Record<string, unknown> = { kind };
  for (const spec of stepFields[kind]) {
    const raw = (values[spec.name] ?? '').trim();
    if (spec.type === 'lines')
      body[spec.name] = raw
        .split('\n')
        .map((line) => line.trim())
        .filter(Boolean);
    else if (spec.type === 'number') body[spec.name] = Number(raw);
    else if (spec.type === 'months') body[spec.name] = raw ? Number(raw) : null;
    else body[spec.name] = raw;
  }
  if (writesGoals(kind))
    body.newGoals = newGoal?.title.trim() ? [{ ...newGoal, title: newGoal.title.trim() }] : [];
  return body as StepInput;
}
