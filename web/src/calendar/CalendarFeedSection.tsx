import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../app/format.ts';
import { describeFailure, FormAlert } from '../app/forms.tsx';
import { announce } from '../app/live.ts';
import { LoadError, Loading } from '../app/NotFoundPage.tsx';
import { calendarFeedQuery, newCalendarFeed, revokeCalendarFeed } from './api.ts';

/**
 * "Mine møder i Outlook": a secret address for the person's calendar. It is shown once, when it is
 * made (only its hash is kept); a new one replaces the old; taking it back stops the feed at once.
 */
export function CalendarFeedSection() {
  const { t } = useTranslation();
  const format = useFormat();
  const queryClient = useQueryClient();
  const status = useQuery(calendarFeedQuery);
  const [url, setUrl] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [copied, setCopied] = useState(false);
  const inputRef = useRef<HTMLInputElement>(null);

  const onError = (error: unknown) => setFailure(describeFailure(error, t).failure);
  const create = useMutation({
    mutationFn: newCalendarFeed,
    onMutate: () => setFailure(null),
    onSuccess: async (made) => {
      setUrl(made.url);
      setCopied(false);
      announce(t('calendarFeed.created'));
      await queryClient.invalidateQueries({ queryKey: calendarFeedQuery.queryKey });
      setTimeout(() => inputRef.current?.focus(), 0);
    },
    onError,
  });
  const revoke = useMutation({
    mutationFn: revokeCalendarFeed,
    onMutate: () => setFailure(null),
    onSuccess: async () => {
      setUrl(null);
      announce(t('calendarFeed.revoked'));
      await queryClient.invalidateQueries({ queryKey: calendarFeedQuery.queryKey });
    },
    onError,
  });

  async function copy() {
    if (!url) return;
    try {
      await navigator.clipboard.writeText(url);
    } catch {
      // No clipboard (an insecure page, or refused): the address is selected for copying by hand.
      inputRef.current?.select();
    }
    setCopied(true);
    announce(t('calendarFeed.copied'));
  }

  const busy = create.isPending || revoke.isPending;
  const active = status.data?.active ?? false;
  return (
    <section className="meetings-feed" aria-labelledby="calendar-feed-heading">
      <h2 id="calendar-feed-heading">{t('calendarFeed.title')}</h2>
      <p>{t('calendarFeed.intro')}</p>
      <FormAlert message={failure} />
      {status.isPending ? <Loading /> : null}
      {status.isError ? <LoadError onRetry={() => void status.refetch()} /> : null}
      {status.data ? (
        <p data-testid="calendar-feed-status">
          {active && status.data.createdAt
            ? t('calendarFeed.active', { when: format.dateTime(status.data.createdAt) })
            : t('calendarFeed.inactive')}
          {active && status.data.lastUsedAt
            ? ` ${t('calendarFeed.lastUsed', { when: format.dateTime(status.data.lastUsedAt) })}`
            : null}
        </p>
      ) : null}
      {url ? (
        <div className="form-group">
          <label className="form-label" htmlFor="calendar-feed-url">
            {t('calendarFeed.urlLabel')}
          </label>
          <span className="form-hint" id="calendar-feed-url-hint">
            {t('calendarFeed.urlHint')}
          </span>
          <input
            ref={inputRef}
            id="calendar-feed-url"
            className="form-input input-width-xl meetings-feed-url"
            readOnly
            value={url}
            aria-describedby="calendar-feed-url-hint"
            onFocus={(event) => event.currentTarget.select()}
          />
          <p>
            <button type="button" className="button button-secondary" onClick={() => void copy()}>
              {t('calendarFeed.copy')}
            </button>
            {copied ? <span className="app-saved"> {t('calendarFeed.copied')}</span> : null}
          </p>
        </div>
      ) : null}
      <div className="app-actions">
        <button
          type="button"
          className="button button-primary"
          disabled={busy}
          onClick={() => create.mutate()}
        >
          {active ? t('calendarFeed.rotate') : t('calendarFeed.create')}
        </button>
        {active ? (
          <button
            type="button"
            className="button button-tertiary"
            disabled={busy}
            onClick={() => revoke.mutate()}
          >
            {t('calendarFeed.revoke')}
          </button>
        ) : null}
      </div>
      <h3>{t('calendarFeed.outlookTitle')}</h3>
      <ol>
        <li>{t('calendarFeed.outlook1')}</li>
        <li>{t('calendarFeed.outlook2')}</li>
        <li>{t('calendarFeed.outlook3')}</li>
        <li>{t('calendarFeed.outlook4')}</li>
      </ol>
      <p>{t('calendarFeed.secret')}</p>
    </section>
  );
}
