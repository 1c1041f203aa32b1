import { useQuery } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../app/format.ts';
import { LoadError, Loading } from '../app/NotFoundPage.tsx';
import { type WorkTrial, workTrialsQuery } from './api.ts';
import { WorkTrialForm } from './WorkTrialForm.tsx';

type Open = { form: 'new' } | { form: 'edit'; id: string } | null;

/** Work trials and industry clarification: what the young person tried, where, and what it showed. */
export function WorkTrials({ courseId, canWrite }: { courseId: string; canWrite: boolean }) {
  const { t } = useTranslation();
  const trials = useQuery(workTrialsQuery(courseId));
  const [open, setOpen] = useState<Open>(null);
  const formHeading = useRef<HTMLHeadingElement>(null);
  const sectionHeading = useRef<HTMLHeadingElement>(null);
  const wasOpen = useRef(false);
  useEffect(() => {
    if (open) formHeading.current?.focus();
    else if (wasOpen.current) sectionHeading.current?.focus();
    wasOpen.current = open !== null;
  }, [open]);
  const close = () => setOpen(null);
  const list = trials.data?.workTrials ?? [];
  const target = open?.form === 'edit' ? list.find((w) => w.id === open.id) : undefined;

  return (
    <section aria-labelledby="trials-heading" className="mt-7">
      <h3 id="trials-heading" ref={sectionHeading} tabIndex={-1}>
        {t('job.trials.title')}
      </h3>
      <p className="app-intro">{t('job.trials.intro')}</p>
      {canWrite && open === null ? (
        <button type="button" className="button button-primary" onClick={() => setOpen({ form: 'new' })}>
          {t('job.trials.add')}
        </button>
      ) : null}
      {canWrite && open?.form === 'new' ? (
        <WorkTrialForm courseId={courseId} headingRef={formHeading} onDone={close} />
      ) : null}
      {canWrite && target ? (
        <WorkTrialForm
          key={target.id}
          courseId={courseId}
          trial={target}
          headingRef={formHeading}
          onDone={close}
        />
      ) : null}
      {trials.isPending ? <Loading /> : null}
      {trials.isError ? <LoadError onRetry={() => void trials.refetch()} /> : null}
      {trials.data ? (
        list.length === 0 ? (
          <p className="mt-5">{t('job.trials.none')}</p>
        ) : (
          <ul className="app-plain-list" data-testid="work-trials">
            {list.map((trial) => (
              <li key={trial.id}>
                <TrialItem
                  trial={trial}
                  canWrite={canWrite && open === null}
                  onEdit={() => setOpen({ form: 'edit', id: trial.id })}
                />
              </li>
            ))}
          </ul>
        )
      ) : null}
    </section>
  );
}

function TrialItem({ trial, canWrite, onEdit }: { trial: WorkTrial; canWrite: boolean; onEdit: () => void }) {
  const { t } = useTranslation();
  const format = useFormat();
  const period = trial.toDate
    ? t('job.period', { from: format.date(trial.fromDate), to: format.date(trial.toDate) })
    : t('job.periodOpen', { from: format.date(trial.fromDate) });
  const rows: Array<[string, string]> = [
    [t('job.workFunctions'), trial.workFunctions.map((f) => t(`workFunction.${f}`)).join(', ')],
    [t('job.trials.whatWorked'), trial.whatWorked],
    [t('job.trials.paceAndStamina'), trial.paceAndStamina],
    [t('job.trials.supportAtWork'), trial.supportAtWork],
    [t('job.trials.supportInDailyLife'), trial.supportInDailyLife],
    [t('job.trials.authors'), trial.authors.map((a) => a.displayName).join(', ')],
  ];
  return (
    <article className="job-item" aria-labelledby={`trial-${trial.id}-title`}>
      <h4 id={`trial-${trial.id}-title`}>{trial.place.name}</h4>
      <p className="job-meta">
        {period} · {t(trial.place.kind === 'workplace' ? 'job.trials.atWorkplace' : 'job.trials.atCompany')}
      </p>
      <dl className="app-facts">
        {rows
          .filter(([, value]) => value)
          .map(([label, value]) => (
            <div key={label}>
              <dt>{label}</dt>
              <dd>{value}</dd>
            </div>
          ))}
      </dl>
      {canWrite ? (
        <div className="job-actions">
          <button type="button" className="button button-secondary" onClick={onEdit}>
            {t('job.trials.edit')}
            <span className="sr-only"> {trial.place.name}</span>
          </button>
        </div>
      ) : null}
    </article>
  );
}
