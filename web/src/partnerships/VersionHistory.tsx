import { useTranslation } from 'react-i18next';
import { useFormat } from '../app/format.ts';
import type { VersionSummary } from './api.ts';

/** Every version, newest first: when, by whom, why, and whether both parties approved it. */
export function VersionHistory({ versions }: { versions: readonly VersionSummary[] }) {
  const { t } = useTranslation();
  const format = useFormat();
  if (versions.length === 0) return null;
  return (
    <section aria-labelledby="agreement-history" className="app-agreement-history">
      <h2 id="agreement-history">{t('agreement.history.heading')}</h2>
      <ol className="app-plain-list" reversed>
        {versions.map((v) => (
          <li key={v.version}>
            <strong>
              {t('agreement.history.item', {
                version: v.version,
                date: format.dateTime(v.changedAt),
                who: v.changedBy?.displayName ?? '–',
              })}
            </strong>{' '}
            <span className={v.approvedByBoth ? 'app-agreement-approved' : 'app-muted'}>
              ({v.approvedByBoth ? t('agreement.history.approved') : t('agreement.history.notApproved')})
            </span>
            {v.changeNote ? (
              <p className="app-meta">{t('agreement.changeNote', { note: v.changeNote })}</p>
            ) : null}
          </li>
        ))}
      </ol>
    </section>
  );
}
