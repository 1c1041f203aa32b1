import { useQuery } from '@tanstack/react-query';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../app/format.ts';
import { announce } from '../app/live.ts';
import { LoadError, Loading } from '../app/NotFoundPage.tsx';
import { type Consent, consentsQuery } from '../consents/api.ts';
import { useWithdrawal, WithdrawalAnswers } from '../consents/withdrawal.tsx';

/** "Mine samtykker": each consent as a plain sentence, and a way to take back an active one. */
export function OwnConsents({ courseId, canWithdraw }: { courseId: string; canWithdraw: boolean }) {
  const { t } = useTranslation();
  const consents = useQuery(consentsQuery(courseId));
  return (
    <section className="own-section" aria-labelledby="own-consents">
      <h2 id="own-consents">{t('myPage.consents.title')}</h2>
      <p>{t('myPage.consents.intro')}</p>
      <p>{t('myPage.consents.introChoice')}</p>
      {consents.isPending ? <Loading /> : null}
      {consents.isError ? <LoadError onRetry={() => void consents.refetch()} /> : null}
      {consents.data === null ? <p>{t('myPage.consents.unavailable')}</p> : null}
      {consents.data && consents.data.consents.length === 0 ? <p>{t('myPage.consents.none')}</p> : null}
      {consents.data && consents.data.consents.length > 0 ? (
        <ul className="app-plain-list own-consents">
          {consents.data.consents.map((consent) => (
            <li key={consent.id}>
              <OwnConsent courseId={courseId} consent={consent} canWithdraw={canWithdraw} />
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}

function useConsentWords(consent: Consent) {
  const { t } = useTranslation();
  const name = consent.recipient?.name ?? t('myPage.consents.aCompany');
  return {
    what: t(`myPage.consents.what.${consent.purpose}`, { name }),
    explain: t(`myPage.consents.explain.${consent.purpose}`),
    consequence: t(`myPage.consents.consequence.${consent.purpose}`, { name }),
  };
}

function OwnConsent({
  courseId,
  consent,
  canWithdraw,
}: {
  courseId: string;
  consent: Consent;
  canWithdraw: boolean;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const words = useConsentWords(consent);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const headingId = `own-consent-${consent.id}`;
  const withdrawal = useWithdrawal({
    courseId,
    consentId: consent.id,
    invalidate: consentsQuery(courseId).queryKey,
    onDone: () => {
      announce(t('myPage.consents.done', { what: words.what }));
      headingRef.current?.focus();
    },
    failedMessage: t('myPage.consents.failed'),
  });

  const status = consent.active
    ? t('myPage.consents.active')
    : consent.withdrawnOn
      ? t('myPage.consents.withdrawn', { date: format.date(consent.withdrawnOn) })
      : t('myPage.consents.notYetActive', { date: format.date(consent.givenOn) });

  return (
    <article
      className={consent.active ? 'own-consent own-consent-active' : 'own-consent'}
      aria-labelledby={headingId}
    >
      <h3 id={headingId} ref={headingRef} tabIndex={-1} className="own-consent-title">
        {words.what}
      </h3>
      <p className="own-consent-explain">{words.explain}</p>
      <p className="own-consent-status" data-testid="own-consent-status">
        <strong>{status}</strong>
      </p>
      {consent.withdrawnOn ? <p>{t('myPage.consents.askAgain')}</p> : null}
      {consent.active && canWithdraw && !withdrawal.confirming ? (
        <button
          ref={withdrawal.withdrawRef}
          type="button"
          className="button button-secondary"
          aria-label={`${t('myPage.consents.withdraw')}: ${words.what}`}
          onClick={withdrawal.ask}
        >
          {t('myPage.consents.withdraw')}
        </button>
      ) : null}
      {consent.active && canWithdraw && withdrawal.confirming ? (
        <div className="own-confirm">
          <p ref={withdrawal.questionRef} tabIndex={-1} className="own-confirm-question">
            {t('myPage.consents.confirmQuestion')}
          </p>
          <p>{words.consequence}</p>
          <p>{t('myPage.consents.confirmNow')}</p>
          <WithdrawalAnswers
            withdrawal={withdrawal}
            yes={t('myPage.consents.confirmYes')}
            busy={t('myPage.consents.busy')}
            no={t('myPage.consents.confirmNo')}
          />
        </div>
      ) : null}
    </article>
  );
}
