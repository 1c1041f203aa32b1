import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { describeFailure, FormAlert } from '../app/forms.tsx';
import { useDocumentTitle } from '../app/title.ts';
import { createFormat, type Format, formatsQuery, partnershipsQuery } from './api.ts';
import { timingText } from './timingText.ts';
import './formats.css';

/**
 * "Koordineringsformater": the partnership's meeting templates for its development group. The
 * default (the model's own rhythm) is read-only; "Kopier og tilpas" makes the partnership's own copy.
 */
export function FormatsPage({ partnershipId }: { partnershipId: string }) {
  const { t } = useTranslation();
  const { data } = useQuery(formatsQuery(partnershipId));
  const partnerships = useQuery(partnershipsQuery).data?.items ?? [];
  const partnership = partnerships.find((p) => p.id === partnershipId);
  useDocumentTitle(t('formats.title'), partnership?.name ?? null);
  const others = partnerships.filter((p) => p.id !== partnershipId);
  return (
    <>
      <h1>{t('formats.title')}</h1>
      {partnership ? (
        <p className="app-meta">{t('formats.partnership', { name: partnership.name })}</p>
      ) : null}
      <p>{t('formats.intro')}</p>
      <p>
        <Link to="/partnerskab/$id/aftale" params={{ id: partnershipId }}>
          {t('agreement.title')}
        </Link>
      </p>
      {others.length ? (
        <nav aria-label={t('formats.otherPartnerships')}>
          <ul className="app-plain-list">
            {others.map((p) => (
              <li key={p.id}>
                <Link to="/partnerskab/$id/formater" params={{ id: p.id }}>
                  {p.name}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      ) : null}
      {data?.formats.map((format) => (
        <FormatCard key={format.id} partnershipId={partnershipId} format={format} />
      ))}
    </>
  );
}

function FormatCard({ partnershipId, format }: { partnershipId: string; format: Format }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const headingId = `format-${format.id}`;

  async function copy() {
    if (busy) return;
    setBusy(true);
    setFailure(null);
    try {
      const saved = await createFormat(partnershipId, {
        name: t('formats.copyName', { name: format.name }).slice(0, 200),
        description: format.description,
        rules: format.rules,
        copiedFrom: format.id,
      });
      await queryClient.invalidateQueries({ queryKey: ['partnership', partnershipId, 'formats'] });
      await navigate({
        to: '/partnerskab/$id/formater/$formatId',
        params: { id: partnershipId, formatId: saved.format.id },
      });
    } catch (error) {
      setFailure(describeFailure(error, t).failure);
    } finally {
      setBusy(false);
    }
  }

  return (
    <article className="app-format" aria-labelledby={headingId}>
      <h2 id={headingId}>
        {format.name}
        {format.isDefault ? <span className="app-muted"> ({t('formats.default')})</span> : null}
      </h2>
      <p className="app-meta">{t('formats.version', { version: format.version })}</p>
      {format.description ? <p>{format.description}</p> : null}
      {format.isDefault ? <p className="app-muted">{t('formats.readOnly')}</p> : null}
      <h3>{t('formats.rulesHeading')}</h3>
      <ul>
        {format.rules.map((rule) => (
          <li key={rule.id}>
            <strong>{rule.title}</strong> ({t(`formats.kinds.${rule.kind}`)}):{' '}
            {timingText(t, rule, format.rules)}
          </li>
        ))}
      </ul>
      {format.events.length ? (
        <p className="app-meta">{t('formats.needsEvent', { events: format.events.join(', ') })}</p>
      ) : null}
      <FormAlert message={failure} />
      <div className="app-actions">
        <button
          type="button"
          className="button button-secondary"
          aria-label={t('formats.copyOf', { name: format.name })}
          aria-disabled={busy || undefined}
          onClick={() => void copy()}
        >
          {t('formats.copy')}
        </button>
        {format.isDefault ? null : (
          <Link
            to="/partnerskab/$id/formater/$formatId"
            params={{ id: partnershipId, formatId: format.id }}
            className="button button-primary"
          >
            {t('formats.edit', { name: format.name })}
          </Link>
        )}
      </div>
    </article>
  );
}
