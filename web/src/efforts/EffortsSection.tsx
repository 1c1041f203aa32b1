import { useQuery } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { todayIso, useFormat } from '../app/format.ts';
import { LoadError, Loading } from '../app/NotFoundPage.tsx';
import { type Effort, effortsQuery } from './api.ts';
import { EffortForm, EndEffortForm } from './EffortForms.tsx';

type Open = { form: 'new' } | { form: 'edit' | 'end'; id: string } | null;

/** The plan beside the course: every parallel effort the reader may see, running ones first. */
export function EffortsSection({ courseId, canWrite }: { courseId: string; canWrite: boolean }) {
  const { t } = useTranslation();
  const efforts = useQuery(effortsQuery(courseId));
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
  const list = efforts.data?.efforts ?? [];
  const target = open && open.form !== 'new' ? list.find((e) => e.id === open.id) : undefined;

  return (
    <section aria-labelledby="efforts-heading" className="mt-7">
      <h3 id="efforts-heading" ref={sectionHeading} tabIndex={-1}>
        {t('efforts.title')}
      </h3>
      <p className="app-intro">{t('efforts.intro')}</p>
      {canWrite && open === null ? (
        <button type="button" className="button button-primary" onClick={() => setOpen({ form: 'new' })}>
          {t('efforts.add')}
        </button>
      ) : null}
      {canWrite && open?.form === 'new' ? (
        <EffortForm courseId={courseId} headingRef={formHeading} onDone={close} />
      ) : null}
      {canWrite && target && open?.form === 'edit' ? (
        <EffortForm
          key={target.id}
          courseId={courseId}
          effort={target}
          headingRef={formHeading}
          onDone={close}
        />
      ) : null}
      {canWrite && target && open?.form === 'end' ? (
        <EndEffortForm courseId={courseId} effort={target} headingRef={formHeading} onDone={close} />
      ) : null}
      {efforts.isPending ? <Loading /> : null}
      {efforts.isError ? <LoadError onRetry={() => void efforts.refetch()} /> : null}
      {efforts.data ? (
        list.length === 0 ? (
          <p className="mt-5">{t('efforts.none')}</p>
        ) : (
          <ul className="app-plain-list" data-testid="efforts-list">
            {list.map((effort) => (
              <li key={effort.id}>
                <EffortItem
                  effort={effort}
                  canWrite={canWrite && open === null}
                  onEdit={() => setOpen({ form: 'edit', id: effort.id })}
                  onEnd={() => setOpen({ form: 'end', id: effort.id })}
                />
              </li>
            ))}
          </ul>
        )
      ) : null}
    </section>
  );
}

function EffortItem({
  effort,
  canWrite,
  onEdit,
  onEnd,
}: {
  effort: Effort;
  canWrite: boolean;
  onEdit: () => void;
  onEnd: () => void;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const ended = effort.endsOn !== null && effort.endsOn < todayIso();
  const contact = [effort.contact.name, effort.contact.phone, effort.contact.email]
    .filter(Boolean)
    .join(', ');
  return (
    <article className="app-effort" aria-labelledby={`effort-${effort.id}-title`}>
      <h4 id={`effort-${effort.id}-title`}>
        {t(`efforts.kinds.${effort.kind}`)}: {effort.provider}
      </h4>
      <p className="app-effort-meta">
        {effort.endsOn
          ? t(ended ? 'efforts.periodEnded' : 'efforts.period', {
              from: format.date(effort.startsOn),
              to: format.date(effort.endsOn),
            })
          : t('efforts.periodOpen', { from: format.date(effort.startsOn) })}
        {' · '}
        {t(`efforts.legalBases.${effort.legalBasis}`)}
      </p>
      {contact ? <p className="app-effort-meta">{t('efforts.contactLine', { contact })}</p> : null}
      {effort.note ? <p className="app-effort-meta">{effort.note}</p> : null}
      {canWrite ? (
        <div className="app-effort-actions">
          <button type="button" className="button button-secondary" onClick={onEdit}>
            {t('efforts.edit')}
            <span className="sr-only"> {effort.provider}</span>
          </button>
          {effort.endsOn === null ? (
            <button type="button" className="button button-tertiary" onClick={onEnd}>
              {t('efforts.end')}
              <span className="sr-only"> {effort.provider}</span>
            </button>
          ) : null}
        </div>
      ) : null}
    </article>
  );
}
