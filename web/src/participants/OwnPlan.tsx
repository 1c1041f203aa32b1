import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { todayIso, useFormat } from '../app/format.ts';
import { LoadError, Loading } from '../app/NotFoundPage.tsx';
import { effortsQuery } from '../efforts/api.ts';
import { networkQuery } from '../network/api.ts';

/** "Dem der hjælper dig": the young person's own network, close people first, in plain words. */
export function OwnNetwork({ courseId }: { courseId: string }) {
  const { t } = useTranslation();
  const network = useQuery(networkQuery(courseId));
  return (
    <section className="own-section" aria-labelledby="own-network">
      <h2 id="own-network">{t('myPage.network.title')}</h2>
      {network.isPending ? <Loading /> : null}
      {network.isError ? <LoadError onRetry={() => void network.refetch()} /> : null}
      {network.data ? (
        network.data.members.length === 0 ? (
          <p>{t('myPage.network.none')}</p>
        ) : (
          <>
            <p>{t('myPage.network.intro')}</p>
            <ul className="app-plain-list own-contacts" data-testid="own-network">
              {network.data.members.map((m) => (
                <li key={m.id}>
                  <strong className="own-contact-name">{m.name}</strong>
                  <span>{t(`network.relations.${m.relation}`)}</span>
                  {m.courseRole ? <span>{m.courseRole}</span> : null}
                </li>
              ))}
            </ul>
          </>
        )
      ) : null}
    </section>
  );
}

/** "Anden hjælp du får": the efforts running now, each with who gives it and since when. */
export function OwnEfforts({ courseId }: { courseId: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const efforts = useQuery(effortsQuery(courseId));
  // What has ended is history: the young person's page shows the help they get now.
  const running = (efforts.data?.efforts ?? []).filter((e) => e.endsOn === null || e.endsOn >= todayIso());
  return (
    <section className="own-section" aria-labelledby="own-efforts">
      <h2 id="own-efforts">{t('myPage.efforts.title')}</h2>
      {efforts.isPending ? <Loading /> : null}
      {efforts.isError ? <LoadError onRetry={() => void efforts.refetch()} /> : null}
      {efforts.data ? (
        running.length === 0 ? (
          <p>{t('myPage.efforts.none')}</p>
        ) : (
          <ul className="app-plain-list own-contacts" data-testid="own-efforts">
            {running.map((e) => (
              <li key={e.id}>
                <strong className="own-contact-name">{t(`myPage.efforts.kinds.${e.kind}`)}</strong>
                <span>{t('myPage.efforts.from', { provider: e.provider })}</span>
                <span>{t('myPage.efforts.since', { date: format.date(e.startsOn) })}</span>
              </li>
            ))}
          </ul>
        )
      ) : null}
    </section>
  );
}
