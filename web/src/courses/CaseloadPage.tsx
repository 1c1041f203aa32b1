import { useQuery } from '@tanstack/react-query';
import { Link, Navigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../app/format.ts';
import { LoadError, Loading } from '../app/NotFoundPage.tsx';
import { useDocumentTitle } from '../app/title.ts';
import { useMe } from '../auth/session.ts';
import { mayRefer } from '../course-steps/api.ts';
import { isParticipant as isParticipantUser } from '../participants/api.ts';
import { DaysWithoutContact } from '../work-queue/DaysWithoutContact.tsx';
import { type Caseload, type CaseloadItem, caseloadQuery } from './api.ts';
import { roleKey } from './roles.ts';

/** The start page: the courses I am on, with this month's attendance and what is due next. */
export function CaseloadPage() {
  const { t } = useTranslation();
  const me = useMe();
  const isParticipant = isParticipantUser(me.data);
  const caseload = useQuery({ ...caseloadQuery, enabled: !isParticipant });
  useDocumentTitle(isParticipant ? t('myPage.title') : t('caseload.title'));

  // The route sends a young person on before this renders; this is the fallback.
  if (isParticipant) return <Navigate to="/min-side" replace />;
  return (
    <>
      <h1>{t('caseload.title')}</h1>
      {mayRefer(me.data) ? (
        <p>
          <Link to="/henvisning">{t('nav.referral')}</Link>
        </p>
      ) : null}
      <p>
        <Link to="/arbejdsliste" className="button button-primary">
          {t('workQueue.open')}
        </Link>
      </p>
      {caseload.isPending ? <Loading /> : null}
      {caseload.isError ? <LoadError onRetry={() => void caseload.refetch()} /> : null}
      {caseload.data ? <FirstContact figure={caseload.data.firstContact} /> : null}
      {caseload.data ? <CaseloadTable items={caseload.data.items} /> : null}
    </>
  );
}

/** "Henvisning → første kontakt: 5,2 dage (løfte: 7)": the caseload's average against the promise. */
function FirstContact({ figure }: { figure: Caseload['firstContact'] }) {
  const { t } = useTranslation();
  const format = useFormat();
  if (!figure || figure.averageDays === null) return null;
  return (
    <p>
      {t('caseload.firstContact', {
        average: format.number(figure.averageDays),
        promise: figure.promiseDays,
        count: figure.courses,
      })}
      {figure.averageDays > figure.promiseDays ? (
        <strong className="app-overdue"> {t('caseload.promiseBroken')}</strong>
      ) : null}
    </p>
  );
}

function CaseloadTable({ items }: { items: CaseloadItem[] }) {
  const { t } = useTranslation();
  const format = useFormat();
  if (items.length === 0) return <p>{t('caseload.empty')}</p>;
  // A field the reader may not receive is left out by the server: then the cell shows a dash.
  const attendance = (a: CaseloadItem['attendanceThisMonth']) =>
    a === undefined
      ? '–'
      : a.share === null
        ? t('caseload.noAttendance')
        : t('caseload.attendanceShare', {
            share: format.percent(a.share),
            present: a.presentDays,
            registered: a.registeredDays,
          });
  return (
    <>
      <p>{t('caseload.count', { count: items.length })}</p>
      <table className="table table--zebra table-sm-responsive-headers app-table app-stack">
        <caption className="sr-only">{t('caseload.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('caseload.participant')}</th>
            <th scope="col">{t('caseload.status')}</th>
            <th scope="col">{t('caseload.attendance')}</th>
            <th scope="col">{t('caseload.nextDue')}</th>
            <th scope="col">{t('caseload.step')}</th>
            <th scope="col">{t('caseload.daysWithoutContact')}</th>
            <th scope="col">{t('caseload.nextStep')}</th>
          </tr>
        </thead>
        <tbody>
          {items.map((item) => (
            <tr key={item.courseId}>
              <th scope="row" data-title={t('caseload.participant')}>
                <Link to="/forloeb/$courseId" params={{ courseId: item.courseId }}>
                  {item.participantName}
                </Link>
                {item.role !== 'youthCoordinator' ? (
                  <span className="app-muted"> · {t(`roles.${roleKey(item.role)}`)}</span>
                ) : null}
                {item.role === 'caseworker' && item.unreadLetters ? (
                  <>
                    {' '}
                    <Link
                      to="/forloeb/$courseId/statusbreve"
                      params={{ courseId: item.courseId }}
                      className="app-unread-letter"
                    >
                      {t('caseload.unreadLetters', { count: item.unreadLetters })}
                    </Link>
                  </>
                ) : null}
              </th>
              <td data-title={t('caseload.status')}>
                {item.status ? t(`courseStatus.${item.status}`) : '–'}
              </td>
              <td data-title={t('caseload.attendance')}>{attendance(item.attendanceThisMonth)}</td>
              <td data-title={t('caseload.nextDue')}>
                {item.nextDue === undefined ? (
                  '–'
                ) : item.nextDue ? (
                  <>
                    {t(`dueKind.${item.nextDue.kind}`)} {format.date(item.nextDue.dueOn)}
                    {item.nextDue.overdue ? (
                      <strong className="app-overdue"> {t('caseload.overdue')}</strong>
                    ) : null}
                  </>
                ) : (
                  t('caseload.nothingDue')
                )}
              </td>
              <td data-title={t('caseload.step')}>
                {item.currentStep ? (
                  <Link to="/forloeb/$courseId/trin" params={{ courseId: item.courseId }}>
                    {t(`steps.kinds.${item.currentStep}`)}
                  </Link>
                ) : (
                  '–'
                )}
              </td>
              <td data-title={t('caseload.daysWithoutContact')}>
                {item.momentum ? (
                  <DaysWithoutContact
                    days={item.momentum.daysWithoutContact}
                    lost={item.momentum.contactLost}
                  />
                ) : (
                  '–'
                )}
              </td>
              <td data-title={t('caseload.nextStep')}>
                {item.momentum === undefined
                  ? '–'
                  : item.momentum.nextStep
                    ? format.date(item.momentum.nextStep)
                    : t('caseload.noNextStep')}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
