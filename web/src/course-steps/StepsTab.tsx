import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../app/format.ts';
import { LoadError, Loading } from '../app/NotFoundPage.tsx';
import { type CourseStep, type CourseSteps, type StepKind, stepKinds, stepsQuery } from './api.ts';
import { stepFields, valuesOf } from './fields.ts';
import { StepForm } from './StepForm.tsx';

/**
 * "Forløbsplan": the workflow's steps as a progress list (done with its date, the current step,
 * later ones), each done step with its history, and the guided form of the step being recorded.
 */
export function StepsTab({ courseId }: { courseId: string }) {
  const { t } = useTranslation();
  const steps = useQuery(stepsQuery(courseId));
  const [open, setOpen] = useState<StepKind | null>(null);
  const data = steps.data;
  // The current step's form is open unless the person chose another or closed it.
  const [closed, setClosed] = useState(false);
  const showing =
    open ?? (!closed && data?.current && data.recordable.includes(data.current) ? data.current : null);

  return (
    <section aria-labelledby="steps-heading">
      <h2 id="steps-heading" data-tab-heading>
        {t('steps.title')}
      </h2>
      {steps.isPending ? <Loading /> : null}
      {steps.isError ? <LoadError onRetry={() => void steps.refetch()} /> : null}
      {data ? (
        <>
          <Referral data={data} />
          <ol className="app-steps">
            {stepKinds.map((kind) => (
              <StepItem
                key={kind}
                kind={kind}
                step={data.steps.find((s) => s.kind === kind)}
                isCurrent={data.current === kind}
                passed={passedBy(kind, data)}
                mayRecord={data.recordable.includes(kind)}
                onOpen={() => {
                  setOpen(kind);
                  setClosed(false);
                }}
              />
            ))}
          </ol>
          {showing ? (
            <StepForm
              key={`${showing}-${data.steps.find((s) => s.kind === showing)?.version ?? 0}`}
              courseId={courseId}
              kind={showing}
              step={data.steps.find((s) => s.kind === showing)}
              onDone={() => {
                setOpen(null);
                setClosed(true);
              }}
            />
          ) : null}
          <p>
            <Link to="/forloeb/$courseId/maal" params={{ courseId }}>
              {t('steps.seeGoals')}
            </Link>
          </p>
        </>
      ) : null}
    </section>
  );
}

function Referral({ data }: { data: CourseSteps }) {
  const { t } = useTranslation();
  const format = useFormat();
  const c = data.course;
  const rows: Array<[string, string]> = [
    [t('steps.referralDate'), c.referralDate ? format.date(c.referralDate) : '–'],
    [
      t('steps.firstContact'),
      c.firstContactDate ? format.date(c.firstContactDate) : t('steps.noFirstContact'),
    ],
    [t('steps.startDate'), c.startDate ? format.date(c.startDate) : t('steps.notStarted')],
    [
      t('steps.fields.grantedMonths'),
      c.grantedMonths ? t('steps.months', { count: c.grantedMonths }) : t('steps.undecided'),
    ],
    [t('steps.fields.package'), c.package || '–'],
    [t('steps.fields.planSummary'), c.planSummary || '–'],
  ];
  return (
    <dl className="app-facts">
      {rows.map(([label, value]) => (
        <div key={label}>
          <dt>{label}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}

function StepItem({
  kind,
  step,
  isCurrent,
  passed,
  mayRecord,
  onOpen,
}: {
  kind: StepKind;
  step: CourseStep | undefined;
  isCurrent: boolean;
  passed: boolean;
  mayRecord: boolean;
  onOpen: () => void;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const name = t(`steps.kinds.${kind}`);
  const state = step ? 'done' : isCurrent ? 'current' : passed ? 'skipped' : 'later';
  return (
    <li
      className="app-step"
      data-state={state}
      data-testid={`step-${kind}`}
      aria-current={isCurrent ? 'step' : undefined}
    >
      <strong>{name}</strong>{' '}
      <span className="app-muted">
        {step
          ? t('steps.doneOn', { date: format.date(step.date) })
          : isCurrent
            ? t('steps.current')
            : passed
              ? t('steps.skipped')
              : t('steps.later')}
      </span>
      {step ? <StepSummary step={step} /> : null}
      {mayRecord ? (
        <button type="button" className="button button-tertiary" onClick={onOpen}>
          {t(step ? 'steps.change' : 'steps.record', { step: name })}
        </button>
      ) : null}
    </li>
  );
}

/** A step not recorded, with a later one recorded: the course passed it by (a trial is optional). */
function passedBy(kind: StepKind, data: CourseSteps) {
  const at = stepKinds.indexOf(kind);
  return data.steps.some((s) => stepKinds.indexOf(s.kind) > at);
}

/** What was agreed at the step, field by field (the empty ones left out). */
function Agreed({ step }: { step: CourseStep }) {
  const { t } = useTranslation();
  const format = useFormat();
  const values = valuesOf(step);
  const rows = stepFields[step.kind]
    .filter((spec) => spec.name !== 'date' && (values[spec.name] ?? '') !== '')
    .map((spec): [string, string] => {
      const raw = values[spec.name] ?? '';
      const shown =
        spec.type === 'date'
          ? format.date(raw)
          : spec.type === 'place'
            ? t(`steps.places.${raw as 'home' | 'jobCentre' | 'institution'}`)
            : spec.type === 'months'
              ? t('steps.months', { count: Number(raw) })
              : spec.type === 'number'
                ? t('steps.weeks', { count: Number(raw) })
                : raw.replaceAll('\n', ', ');
      return [t(`steps.fields.${spec.name}`), shown];
    });
  if (rows.length === 0) return null;
  return (
    <ul className="app-step-agreed">
      {rows.map(([label, value]) => (
        <li key={label}>
          {label}: {value}
        </li>
      ))}
    </ul>
  );
}

/** Who recorded the step, and every earlier version of it: the course's history is kept. */
function StepSummary({ step }: { step: CourseStep }) {
  const { t } = useTranslation();
  const format = useFormat();
  const goals = 'goalIds' in step.details ? step.details.goalIds.length : 0;
  return (
    <>
      {step.kind === 'referral' ? null : <Agreed step={step} />}
      <p className="app-muted">
        {t('steps.recordedBy', {
          name: step.recordedBy?.displayName ?? '–',
          at: format.dateTime(step.recordedAt),
        })}
        {goals > 0 ? ` · ${t('steps.goalsCreated', { count: goals })}` : null}
      </p>
      {step.history.length > 1 ? (
        <details>
          <summary>{t('steps.history', { count: step.history.length })}</summary>
          <ol className="app-step-history">
            {step.history.map((v) => (
              <li key={v.version}>
                {t('steps.version', {
                  version: v.version,
                  date: format.date(v.date),
                  name: v.recordedBy?.displayName ?? '–',
                  at: format.dateTime(v.recordedAt),
                })}
              </li>
            ))}
          </ol>
        </details>
      ) : null}
    </>
  );
}
