import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../app/format.ts';
import { LoadError, Loading } from '../app/NotFoundPage.tsx';
import { useDocumentTitle } from '../app/title.ts';
import { type WorkQueueCourse, type WorkQueueItem, workQueueQuery } from './api.ts';
import { DaysWithoutContact } from './DaysWithoutContact.tsx';
import { QueueLink } from './QueueLink.tsx';

/** "Min arbejdsliste": what is overdue, then what falls due within 14 days, nearest first; momentum per course. */
export function WorkQueuePage() {
  const { t } = useTranslation();
  const queue = useQuery(workQueueQuery);
  useDocumentTitle(t('workQueue.title'));
  const overdue = queue.data?.items.filter((i) => i.overdue) ?? [];
  const soon = queue.data?.items.filter((i) => !i.overdue) ?? [];
  return (
    <>
      <h1>{t('workQueue.title')}</h1>
      <p className="app-intro">{t('workQueue.intro')}</p>
      <p>
        <Link to="/paamindelser">{t('reminders.title')}</Link>
        {' · '}
        <Link to="/">{t('caseload.title')}</Link>
      </p>
      {queue.isPending ? <Loading /> : null}
      {queue.isError ? <LoadError onRetry={() => void queue.refetch()} /> : null}
      {queue.data ? (
        <>
          <ItemGroup
            id="queue-overdue"
            heading={t('workQueue.overdue', { count: overdue.length })}
            items={overdue}
          />
          <ItemGroup id="queue-soon" heading={t('workQueue.soon', { count: soon.length })} items={soon} />
          <MomentumTable courses={queue.data.courses} />
        </>
      ) : null}
    </>
  );
}

function ItemGroup({ id, heading, items }: { id: string; heading: string; items: WorkQueueItem[] }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <section aria-labelledby={id}>
      <h2 id={id}>{heading}</h2>
      {items.length === 0 ? (
        <p>{t('workQueue.nothing')}</p>
      ) : (
        <ul className="app-plain-list app-queue">
          {items.map((item) => (
            <li key={`${item.subject}:${item.due}`} className="app-queue-item">
              <QueueLink kind={item.kind} courseId={item.courseId} link={item.link}>
                {t(`workQueue.kind.${item.kind}`)}: {item.participantName}
              </QueueLink>
              {item.title ? <span className="app-queue-title"> – {item.title}</span> : null}
              <div className="app-muted">
                {item.kind === 'noContact'
                  ? item.daysWithoutContact === null || item.daysWithoutContact === undefined
                    ? t('workQueue.neverContact')
                    : t('workQueue.daysWithoutContact', { count: item.daysWithoutContact })
                  : t('workQueue.due', { date: format.date(item.due) })}
                {item.overdue ? <strong className="app-overdue"> {t('caseload.overdue')}</strong> : null}
              </div>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function MomentumTable({ courses }: { courses: WorkQueueCourse[] }) {
  const { t } = useTranslation();
  const format = useFormat();
  if (courses.length === 0) return null;
  return (
    <section aria-labelledby="queue-momentum">
      <h2 id="queue-momentum">{t('workQueue.momentum')}</h2>
      <table className="table table--zebra table-sm-responsive-headers app-table app-stack">
        <caption className="sr-only">{t('workQueue.momentumCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('caseload.participant')}</th>
            <th scope="col">{t('caseload.daysWithoutContact')}</th>
            <th scope="col">{t('caseload.nextStep')}</th>
            <th scope="col">{t('workQueue.firstContact')}</th>
          </tr>
        </thead>
        <tbody>
          {courses.map((c) => (
            <tr key={c.courseId}>
              <th scope="row" data-title={t('caseload.participant')}>
                <Link to="/forloeb/$courseId" params={{ courseId: c.courseId }}>
                  {c.participantName}
                </Link>
              </th>
              <td data-title={t('caseload.daysWithoutContact')}>
                {c.momentum ? (
                  <DaysWithoutContact days={c.momentum.daysWithoutContact} lost={c.momentum.contactLost} />
                ) : (
                  '–'
                )}
              </td>
              <td data-title={t('caseload.nextStep')}>
                {c.momentum
                  ? c.momentum.nextStep
                    ? format.date(c.momentum.nextStep)
                    : t('caseload.noNextStep')
                  : '–'}
              </td>
              <td data-title={t('workQueue.firstContact')}>
                {c.momentum?.referralToFirstContactDays === null || c.momentum === undefined
                  ? '–'
                  : t('workQueue.days', { count: c.momentum.referralToFirstContactDays })}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
