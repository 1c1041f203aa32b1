import { useQuery } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../app/format.ts';
import { SelectField } from '../app/forms.tsx';
import { AgreementSections } from './AgreementSections.tsx';
import { type Agreement, comparisonQuery, versionQuery } from './api.ts';
import { changeField, changeValue } from './changeWords.ts';
import { markedPaths } from './marks.ts';

/** "Sammenlign": two versions side by side, the changed fields marked, and the changes listed in words. */
export function ComparePanel({ partnershipId, agreement }: { partnershipId: string; agreement: Agreement }) {
  const { t } = useTranslation();
  const numbers = agreement.versions.map((v) => v.version);
  const [from, setFrom] = useState(String(numbers[1] ?? ''));
  const [to, setTo] = useState(String(numbers[0] ?? ''));
  const [shown, setShown] = useState<{ from: number; to: number } | null>(null);
  if (numbers.length < 2)
    return (
      <section aria-labelledby="agreement-compare">
        <h2 id="agreement-compare">{t('agreement.compare.heading')}</h2>
        <p className="app-muted">{t('agreement.compare.needTwo')}</p>
      </section>
    );
  const options = numbers.map((n) => ({
    value: String(n),
    label: t('agreement.versionLabel', { version: n }),
  }));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setShown({ from: Number(from), to: Number(to) });
  };
  return (
    <section aria-labelledby="agreement-compare">
      <h2 id="agreement-compare">{t('agreement.compare.heading')}</h2>
      <form onSubmit={submit} className="app-agreement-compare-form" aria-labelledby="agreement-compare">
        <SelectField
          id="agreement-compare-from"
          label={t('agreement.compare.from')}
          value={from}
          onValue={setFrom}
          options={options}
        />
        <SelectField
          id="agreement-compare-to"
          label={t('agreement.compare.to')}
          value={to}
          onValue={setTo}
          options={options}
        />
        <button type="submit" className="button button-secondary">
          {t('agreement.compare.submit')}
        </button>
      </form>
      {shown ? <Comparison partnershipId={partnershipId} agreement={agreement} {...shown} /> : null}
    </section>
  );
}

function Comparison({
  partnershipId,
  agreement,
  from,
  to,
}: {
  partnershipId: string;
  agreement: Agreement;
  from: number;
  to: number;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const older = useQuery(versionQuery(partnershipId, from)).data;
  const newer = useQuery(versionQuery(partnershipId, to)).data;
  const comparison = useQuery(comparisonQuery(partnershipId, from, to)).data;
  if (!older || !newer || !comparison) return <p aria-live="polite">{t('agreement.loading')}</p>;
  const { changes } = comparison;
  const sides = [
    { side: 'from' as const, version: older },
    { side: 'to' as const, version: newer },
  ];
  return (
    <div className="app-agreement-comparison">
      <h3 id="agreement-changes">{t('agreement.compare.changes', { from, to })}</h3>
      {changes.length ? (
        <ul aria-labelledby="agreement-changes" data-testid="agreement-changes">
          {changes.map((c) => (
            <li key={`${c.kind}:${c.path}`}>
              {t('agreement.compare.change', {
                kind: t(`agreement.compare.kinds.${c.kind}`),
                field: changeField(t, c, older.terms, newer.terms),
              })}
              {c.kind === 'changed' ? (
                <>
                  {'. '}
                  {t('agreement.compare.beforeAfter', {
                    before: changeValue(t, format, c.path, c.before),
                    after: changeValue(t, format, c.path, c.after),
                  })}
                </>
              ) : null}
            </li>
          ))}
        </ul>
      ) : (
        <p>{t('agreement.compare.none')}</p>
      )}
      <p className="app-meta">{t('agreement.compare.legend')}</p>
      <div className="app-agreement-sides">
        {sides.map(({ side, version }) => (
          <section key={side} className="app-agreement-side" aria-labelledby={`agreement-side-${side}`}>
            <h3 id={`agreement-side-${side}`}>
              {t('agreement.history.item', {
                version: version.version,
                date: format.dateTime(version.changedAt),
                who: version.changedBy?.displayName ?? '–',
              })}
            </h3>
            <AgreementSections
              terms={version.terms}
              partnership={agreement.partnership}
              approvals={version.approvals}
              idPrefix={`agreement-${side}`}
              headingLevel={4}
              marks={markedPaths(changes, side)}
            />
          </section>
        ))}
      </div>
    </div>
  );
}
