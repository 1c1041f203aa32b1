import { useQuery } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../app/format.ts';
import { announce } from '../app/live.ts';
import { LoadError, Loading } from '../app/NotFoundPage.tsx';
import {
  type Consent,
  type ConsentCategory,
  consentsQuery,
  narrowConsent,
  withdrawConsent,
} from '../consents/api.ts';
import { useWithdrawal, WithdrawalAnswers } from '../consents/withdrawal.tsx';

/** What a change of a consent refetches: the course too, since what others may see follows the consents. */
const changed = (courseId: string) => ['course', courseId];

/**
 * "Mine samtykker": each consent as a plain sentence; for a consent to share, one line for each
 * thing it shares, each of which can be stopped on its own; and a way to take back the whole.
 */
export function OwnConsents({ courseId, canWithdraw }: { courseId: string; canWithdraw: boolean }) {
  const { t } = useTranslation();
  const consents = useQuery(consentsQuery(courseId));
  // After a change the consent may be a new one (narrowing replaces it): its heading gets focus.
  const [focusId, setFocusId] = useState<string | null>(null);
  const all = consents.data?.consents ?? [];
  // A consent that was narrowed is history; the one that replaced it says what is shared now.
  const replaced = new Set(all.map((c) => c.replacesConsentId).filter(Boolean));
  const shown = all.filter((c) => !replaced.has(c.id));
  return (
    <section className="own-section" aria-labelledby="own-consents">
      <h2 id="own-consents">{t('myPage.consents.title')}</h2>
      <p>{t('myPage.consents.intro')}</p>
      <p>{t('myPage.consents.introChoice')}</p>
      {consents.isPending ? <Loading /> : null}
      {consents.isError ? <LoadError onRetry={() => void consents.refetch()} /> : null}
      {consents.data === null ? <p>{t('myPage.consents.unavailable')}</p> : null}
      {consents.data && shown.length === 0 ? <p>{t('myPage.consents.none')}</p> : null}
      {shown.length > 0 ? (
        <ul className="app-plain-list own-consents">
          {shown.map((consent) => (
            <li key={consent.id}>
              <OwnConsent
                courseId={courseId}
                consent={consent}
                canWithdraw={canWithdraw}
                focus={focusId === consent.id}
                onFocused={() => setFocusId(null)}
                onChanged={setFocusId}
              />
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}

type SharePurpose = 'shareWithCompany' | 'shareWithMunicipality';
const sharesCategories = (consent: Consent): consent is Consent & { purpose: SharePurpose } =>
  consent.purpose !== 'statistics';

function useConsentWords(consent: Consent) {
  const { t } = useTranslation();
  const name = consent.recipient?.name ?? t('myPage.consents.aCompany');
  return {
    name,
    what: t(`myPage.consents.what.${consent.purpose}`, { name }),
    explain: t(`myPage.consents.explain.${consent.purpose}`),
    consequence: t(`myPage.consents.consequence.${consent.purpose}`, { name }),
  };
}

type ConsentWords = ReturnType<typeof useConsentWords>;

function OwnConsent({
  courseId,
  consent,
  canWithdraw,
  focus,
  onFocused,
  onChanged,
}: {
  courseId: string;
  consent: Consent;
  canWithdraw: boolean;
  focus: boolean;
  onFocused: () => void;
  onChanged: (consentId: string) => void;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const words = useConsentWords(consent);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const headingId = `own-consent-${consent.id}`;
  const withdrawal = useWithdrawal({
    courseId,
    consentId: consent.id,
    invalidate: changed(courseId),
    onDone: () => {
      announce(t('myPage.consents.done', { what: words.what }));
      onChanged(consent.id);
    },
    failedMessage: t('myPage.consents.failed'),
  });

  useEffect(() => {
    if (!focus) return;
    headingRef.current?.focus();
    onFocused();
  }, [focus, onFocused]);

  const status = consent.active
    ? t('myPage.consents.active')
    : consent.withdrawnOn
      ? t('myPage.consents.withdrawn', { date: format.date(consent.withdrawnOn) })
      : t('myPage.consents.notYetActive', { date: format.date(consent.givenOn) });
  // What is shared, line by line, while the consent is not taken back.
  const shares = sharesCategories(consent) && !consent.withdrawnOn && consent.categories.length > 0;
  const canChange = consent.active && canWithdraw;

  return (
    <article
      className={consent.active ? 'own-consent own-consent-active' : 'own-consent'}
      aria-labelledby={headingId}
    >
      <h3 id={headingId} ref={headingRef} tabIndex={-1} className="own-consent-title">
        {words.what}
      </h3>
      {consent.purpose === 'shareWithCompany' && shares ? null : (
        <p className="own-consent-explain">{words.explain}</p>
      )}
      <p className="own-consent-status" data-testid="own-consent-status">
        <strong>{status}</strong>
      </p>
      {consent.withdrawnOn ? <p>{t('myPage.consents.askAgain')}</p> : null}
      {shares && sharesCategories(consent) ? (
        <>
          <p className="own-shares-intro">{t('myPage.consents.sharesIntro')}</p>
          <ul className="app-plain-list own-shares" data-testid="own-consent-shares">
            {consent.categories.map((category) => (
              <SharedCategory
                key={category}
                courseId={courseId}
                consent={consent}
                category={category}
                words={words}
                canStop={canChange}
                onChanged={onChanged}
              />
            ))}
          </ul>
        </>
      ) : null}
      {canChange && !withdrawal.confirming ? (
        <button
          ref={withdrawal.withdrawRef}
          type="button"
          className="button button-secondary own-withdraw"
          aria-label={`${t(shares ? 'myPage.consents.withdrawAll' : 'myPage.consents.withdraw')}: ${words.what}`}
          onClick={withdrawal.ask}
        >
          {t(shares ? 'myPage.consents.withdrawAll' : 'myPage.consents.withdraw')}
        </button>
      ) : null}
      {canChange && withdrawal.confirming ? (
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

/**
 * One thing a consent shares, in one sentence, with a way to stop sharing just that. The last
 * one left cannot be narrowed away: stopping it takes back the whole consent (and says so first).
 */
function SharedCategory({
  courseId,
  consent,
  category,
  words,
  canStop,
  onChanged,
}: {
  courseId: string;
  consent: Consent & { purpose: SharePurpose };
  category: ConsentCategory;
  words: ConsentWords;
  canStop: boolean;
  onChanged: (consentId: string) => void;
}) {
  const { t } = useTranslation();
  const sentence = t(`myPage.consents.shares.${consent.purpose}.${category}`);
  const last = consent.categories.length === 1;
  const stop = useWithdrawal({
    action: () =>
      last
        ? withdrawConsent(courseId, consent.id)
        : narrowConsent(
            courseId,
            consent.id,
            consent.categories.filter((c) => c !== category),
          ),
    invalidate: changed(courseId),
    onDone: (result) => {
      announce(
        last
          ? t('myPage.consents.done', { what: words.what })
          : t('myPage.consents.stopped', { what: sentence }),
      );
      onChanged(result.consent.id);
    },
    failedMessage: t('myPage.consents.failed'),
  });

  return (
    <li className="own-share">
      <p className="own-share-what">{sentence}</p>
      {canStop && !stop.confirming ? (
        <button
          ref={stop.withdrawRef}
          type="button"
          className="button button-secondary"
          aria-label={`${t('myPage.consents.stopOne')}: ${sentence}`}
          onClick={stop.ask}
        >
          {t('myPage.consents.stopOne')}
        </button>
      ) : null}
      {canStop && stop.confirming ? (
        <div className="own-confirm">
          <p ref={stop.questionRef} tabIndex={-1} className="own-confirm-question">
            {t('myPage.consents.confirmQuestion')}
          </p>
          {last ? (
            <>
              <p>{t('myPage.consents.stopLast')}</p>
              <p>{t('myPage.consents.stopLastWhole')}</p>
              <p>{words.consequence}</p>
            </>
          ) : (
            <p>{t(`myPage.consents.stopConsequence.${consent.purpose}`, { name: words.name })}</p>
          )}
          <p>{t('myPage.consents.confirmNow')}</p>
          <WithdrawalAnswers
            withdrawal={stop}
            yes={last ? t('myPage.consents.confirmYes') : t('myPage.consents.stopYes')}
            busy={t('myPage.consents.busy')}
            no={t('myPage.consents.confirmNo')}
          />
        </div>
      ) : null}
    </li>
  );
}
