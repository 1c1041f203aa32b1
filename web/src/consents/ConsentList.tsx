import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../app/format.ts';
import { FormAlert } from '../app/forms.tsx';
import { announce } from '../app/live.ts';
import { LoadError, Loading } from '../app/NotFoundPage.tsx';
import { type Consent, consentsQuery, withdrawConsent } from './api.ts';

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
  const queryClient = useQueryClient();
  const [confirming, setConfirming] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const titleRef = useRef<HTMLElement>(null);
  const withdrawRef = useRef<HTMLButtonElement>(null);
  const questionRef = useRef<HTMLParagraphElement>(null);
  const wasConfirming = useRef(false);
  const what = `${t(`consents.purpose.${c.purpose}`)}${c.recipient ? `: ${c.recipient.name}` : ''}`;

  const withdraw = useMutation({
    mutationFn: () => withdrawConsent(courseId, c.id),
    onSuccess: async () => {
      // The course too: what others may see follows the consents.
      await queryClient.invalidateQueries({ queryKey: ['course', courseId] });
      setConfirming(false);
      announce(t('consents.done', { what }));
      // The buttons are gone: keep the keyboard user's place on this consent.
      titleRef.current?.focus();
    },
    onError: () => setFailure(t('consents.failed')),
  });

  // Opening the question moves focus to it; saying no returns focus to the button.
  useEffect(() => {
    if (confirming && !wasConfirming.current) questionRef.current?.focus();
    if (!confirming && wasConfirming.current && !withdraw.isSuccess) withdrawRef.current?.focus();
    wasConfirming.current = confirming;
  }, [confirming, withdraw.isSuccess]);

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
      {showActions && !confirming ? (
        <div>
          <button
            ref={withdrawRef}
            type="button"
            className="button button-secondary app-compact-button mt-2"
            aria-label={`${t('consents.withdraw')}: ${what}`}
            onClick={() => {
              setFailure(null);
              setConfirming(true);
            }}
          >
            {t('consents.withdraw')}
          </button>
        </div>
      ) : null}
      {showActions && confirming ? (
        <div className="app-form-panel">
          <p ref={questionRef} tabIndex={-1} className="mt-0">
            <strong>{t('consents.confirmQuestion')}</strong>
          </p>
          <p>{t(`consents.consequence.${c.purpose}`, { name: c.recipient?.name ?? '' })}</p>
          <p>{t('consents.confirmNow')}</p>
          <FormAlert message={failure} />
          <div className="app-actions">
            <button
              type="button"
              className="button button-primary"
              aria-disabled={withdraw.isPending || undefined}
              onClick={() => {
                if (withdraw.isPending) return;
                setFailure(null);
                withdraw.mutate();
              }}
            >
              {withdraw.isPending ? t('consents.busy') : t('consents.confirmYes')}
            </button>
            <button
              type="button"
              className="button button-secondary"
              onClick={() => {
                if (!withdraw.isPending) setConfirming(false);
              }}
            >
              {t('consents.confirmNo')}
            </button>
          </div>
        </div>
      ) : null}
    </>
  );
}
