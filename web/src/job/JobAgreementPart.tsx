import { useQuery } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../app/format.ts';
import { LoadError, Loading } from '../app/NotFoundPage.tsx';
import { type JobAgreement, jobAgreementsQuery } from './api.ts';
import { JobAgreementForm } from './JobAgreementForm.tsx';

type Open = { form: 'new' } | { form: 'edit'; id: string } | null;

/** The job agreement: what was agreed with the company, and whether the job centre granted it. */
export function JobAgreementPart({ courseId, canWrite }: { courseId: string; canWrite: boolean }) {
  const { t } = useTranslation();
  const agreements = useQuery(jobAgreementsQuery(courseId));
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
  const list = agreements.data?.jobAgreements ?? [];
  const target = open?.form === 'edit' ? list.find((a) => a.id === open.id) : undefined;

  return (
    <section aria-labelledby="agreement-heading" className="mt-7">
      <h3 id="agreement-heading" ref={sectionHeading} tabIndex={-1}>
        {t('job.agreement.title')}
      </h3>
      {agreements.isPending ? <Loading /> : null}
      {agreements.isError ? <LoadError onRetry={() => void agreements.refetch()} /> : null}
      {agreements.data && list.length === 0 ? <p>{t('job.agreement.none')}</p> : null}
      {list.map((agreement) => (
        <AgreementView
          key={agreement.id}
          agreement={agreement}
          canWrite={canWrite && open === null}
          onEdit={() => setOpen({ form: 'edit', id: agreement.id })}
        />
      ))}
      {canWrite && open === null ? (
        <button
          type="button"
          className={list.length ? 'button button-secondary mt-4' : 'button button-primary mt-4'}
          onClick={() => setOpen({ form: 'new' })}
        >
          {t('job.agreement.add')}
        </button>
      ) : null}
      {canWrite && open?.form === 'new' ? (
        <JobAgreementForm courseId={courseId} headingRef={formHeading} onDone={close} />
      ) : null}
      {canWrite && target ? (
        <JobAgreementForm
          key={target.id}
          courseId={courseId}
          agreement={target}
          headingRef={formHeading}
          onDone={close}
        />
      ) : null}
    </section>
  );
}

function AgreementView({
  agreement: a,
  canWrite,
  onEdit,
}: {
  agreement: JobAgreement;
  canWrite: boolean;
  onEdit: () => void;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const c = a.compensation;
  const compensation = [
    c.mentorSupport
      ? c.mentorSupportHours !== null
        ? t('job.agreement.mentorSupportWithHours', { hours: c.mentorSupportHours })
        : t('job.agreement.mentorSupport')
      : null,
    c.personalAssistance ? t('job.agreement.personalAssistance') : null,
    c.note || null,
  ].filter(Boolean);
  const rows: Array<[string, string]> = [
    [t('job.company'), a.company.name],
    [t('job.workFunctions'), a.workFunctions.map((f) => t(`workFunction.${f}`)).join(', ')],
    [t('job.hoursPerWeek'), t('job.hoursValue', { value: a.hoursPerWeek })],
    [
      t('job.agreement.efficiency'),
      a.efficiencyPercent === null ? '' : t('job.percentValue', { value: a.efficiencyPercent }),
    ],
    [t('job.agreement.support'), a.support],
    [t('job.agreement.compensation'), compensation.join('; ')],
    [t('job.agreement.startsOn'), a.startsOn ? format.date(a.startsOn) : ''],
    [t('job.agreement.grantedOn'), a.grantedOn ? format.date(a.grantedOn) : t('job.agreement.notGranted')],
  ];
  return (
    <article className="job-item" aria-labelledby={`agreement-${a.id}-title`} data-testid="job-agreement">
      <h4 id={`agreement-${a.id}-title`}>
        {t(`jobType.${a.type}`)}: {a.company.name}
      </h4>
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
            {t('job.agreement.edit')}
            <span className="sr-only"> {a.company.name}</span>
          </button>
        </div>
      ) : null}
    </article>
  );
}
