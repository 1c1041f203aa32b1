import { useQuery } from '@tanstack/react-query';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../app/format.ts';
import { announce } from '../app/live.ts';
import { LoadError, Loading } from '../app/NotFoundPage.tsx';
import { type Consent, consentsQuery } from './api.ts';
import { useWithdrawal, WithdrawalAnswers } from './withdrawal.tsx';

/** What the participant has agreed to share; staff who may withdraw get a button on each active one. */
export function ConsentList({ courseId, canWithdraw = false }: { courseId: string; canWithdraw?: boolean }) {
  const { t } = useTranslation();
  const consents = useQuery(consentsQuery(courseId));
  if (consents.isPending) return <Loading />;
  if (consents.isError) return <LoadError onRetry={() => void consents.refetch()} />;
  if (consents.data === null) return <p>{t('consents.unavailable')}</p>;
  const list = consents.data.consents;
  if (list.length === 0) return <p>{t('consents.none')}</p>;
  return (
    <ul className="app-plain-list">
      {list.map((c) => (
        <li key={c.id} className="app-consent">
          <ConsentItem courseId={courseId} consent={c} canWithdraw={canWithdraw} />
        </li>
      ))}
    </ul>
  );
}

function ConsentItem({
  courseId,
  consent: c,
  canWithdraw,
}: {
  courseId: string;
  consent: Consent;
  canWithdraw: boolean;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const titleRef = useRef<HTMLElement>(null);
  const what = `${t(`consents.purpose.${c.purpose}`)}${c.recipient ? `: ${c.recipient.name}` : ''}`;
  const withdrawal = useWithdrawal({
    courseId,
    consentId: c.id,
    // The course too: what others may see follows the consents.
    invalidate: ['course', courseId],
    onDone: () => {
      announce(t('consents.done', { what }));
      titleRef.current?.focus();
    },
    failedMessage: t('consents.failed'),
  });

  const showActions = c.active && canWithdraw;
  return (
    <>
      <strong ref={titleRef} tabIndex={-1}>
        {what}
      </strong>
      <br />
      {c.active
        ? t('consents.activeSince', { date: format.date(c.givenOn) })
        : c.withdrawnOn
          ? t('consents.withdrawn', {
              given: format.date(c.givenOn),
              withdrawn: format.date(c.withdrawnOn),
            })
          : t('consents.notYetActive', { date: format.date(c.givenOn) })}
      {c.categories.length ? (
        <>
          <br />
          {t('consents.shares', { what: c.categories.map((k) => t(`consents.category.${k}`)).join(', ') })}
        </>
      ) : null}
      {showActions && !withdrawal.confirming ? (
        <div>
          <button
            ref={withdrawal.withdrawRef}
            type="button"
            className="button button-secondary app-compact-button mt-2"
            aria-label={`${t('consents.withdraw')}: ${what}`}
            onClick={withdrawal.ask}
          >
            {t('consents.withdraw')}
          </button>
        </div>
      ) : null}
      {showActions && withdrawal.confirming ? (
        <div className="app-form-panel">
          <p ref={withdrawal.questionRef} tabIndex={-1} className="mt-0">
            <strong>{t('consents.confirmQuestion')}</strong>
          </p>
          <p>{t(`consents.consequence.${c.purpose}`, { name: c.recipient?.name ?? '' })}</p>
          <p>{t('consents.confirmNow')}</p>
          <WithdrawalAnswers
            withdrawal={withdrawal}
            yes={t('consents.confirmYes')}
            busy={t('consents.busy')}
            no={t('consents.confirmNo')}
          />
        </div>
      ) : null}
    </>
  );
}
