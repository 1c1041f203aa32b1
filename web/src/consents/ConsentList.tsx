import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../app/format.ts';
import { LoadError, Loading } from '../app/NotFoundPage.tsx';
import { consentsQuery } from './api.ts';

/** What the participant has agreed to share, read-only. */
export function ConsentList({ courseId }: { courseId: string }) {
  const { t } = useTranslation();
  const format = useFormat();
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
          <strong>
            {t(`consents.purpose.${c.purpose}`)}
            {c.recipient ? `: ${c.recipient.name}` : ''}
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
        </li>
      ))}
    </ul>
  );
}
