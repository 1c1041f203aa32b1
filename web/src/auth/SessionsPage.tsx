import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { ApiResponse } from '../api/types.ts';
import { api } from '../app/api.ts';
import { useFormat } from '../app/format.ts';
import { announce } from '../app/live.ts';
import { LoadError, Loading } from '../app/NotFoundPage.tsx';
import { useDocumentTitle } from '../app/title.ts';
import { PhoneForm } from './PhoneForm.tsx';

type Sessions = ApiResponse<'/api/auth/sessions'>;
const sessionsQuery = { queryKey: ['sessions'], queryFn: () => api<Sessions>('GET', '/api/auth/sessions') };

/** "Hvor er jeg logget ind?": a person's sessions, and a way to end the ones they do not recognise. */
export function SessionsPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const queryClient = useQueryClient();
  useDocumentTitle(t('sessions.title'));
  const sessions = useQuery(sessionsQuery);
  const end = useMutation({
    mutationFn: (id: string) => api<{ ok: true }>('POST', `/api/auth/sessions/${encodeURIComponent(id)}/end`),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: ['sessions'] });
      announce(t('sessions.ended'));
    },
    onError: () => announce(t('app.errorGeneric')),
  });
  return (
    <>
      <h1>{t('sessions.title')}</h1>
      <p>{t('sessions.intro')}</p>
      {sessions.isPending ? <Loading /> : null}
      {sessions.isError ? <LoadError onRetry={() => void sessions.refetch()} /> : null}
      {sessions.data ? (
        <ul className="app-plain-list">
          {sessions.data.sessions.map((s) => (
            <li key={s.id} className="app-consent">
              <strong>{s.current ? t('sessions.current') : t('sessions.other')}</strong>
              <br />
              {t('sessions.times', {
                created: format.dateTime(s.createdAt),
                seen: format.dateTime(s.lastSeenAt),
              })}
              {s.current ? null : (
                <div>
                  <button
                    type="button"
                    className="button button-secondary app-compact-button mt-2"
                    aria-label={t('sessions.endLabel', { created: format.dateTime(s.createdAt) })}
                    onClick={() => end.mutate(s.id)}
                  >
                    {t('sessions.end')}
                  </button>
                </div>
              )}
            </li>
          ))}
        </ul>
      ) : null}
      <PhoneForm />
    </>
  );
}
