import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { useDocumentTitle } from './title.ts';

/** No such page in the app. */
export function NotFoundPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('notFound.title'));
  return (
    <div className="app-narrow">
      <h1>{t('notFound.title')}</h1>
      <p>{t('notFound.text')}</p>
      <p>
        <Link to="/">{t('notFound.home')}</Link>
      </p>
    </div>
  );
}

/** The server answered "not found or no access": say just that, never which of the two. */
export function NoAccessPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('noAccess.title'));
  return (
    <div className="app-narrow" data-testid="no-access">
      <h1>{t('noAccess.title')}</h1>
      <p>{t('noAccess.text')}</p>
      <p>
        <Link to="/">{t('notFound.home')}</Link>
      </p>
    </div>
  );
}

/** A failure that is not the user's doing; they can try again. */
export function LoadError({ onRetry }: { onRetry?: () => void }) {
  const { t } = useTranslation();
  return (
    <div className="alert alert-error app-alert" role="alert">
      <p className="alert-text">{t('app.errorGeneric')}</p>
      {onRetry ? (
        <button type="button" className="button button-secondary mt-3" onClick={onRetry}>
          {t('app.retry')}
        </button>
      ) : null}
    </div>
  );
}

export function Loading() {
  const { t } = useTranslation();
  return <p className="app-loading">{t('app.loading')}</p>;
}
