import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../app/api.ts';
import { shiftMonth, todayIso, useFormat } from '../app/format.ts';
import { announce } from '../app/live.ts';
import { LoadError, Loading } from '../app/NotFoundPage.tsx';
import { useDocumentTitle } from '../app/title.ts';
import { can, courseQuery, fullName } from '../courses/api.ts';
import { type AttendanceDay, attendanceQuery, deleteDay, type MonthView } from './api.ts';
import { DayForm } from './DayForm.tsx';

/** Attendance: register a day quickly, see the month and its share of days present, and the trend. */
export function AttendanceTab({ courseId, month }: { courseId: string; month?: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const course = useQuery(courseQuery(courseId));
  const shown = month ?? todayIso().slice(0, 7);
  const view = useQuery(attendanceQuery(courseId, shown));
  const canWrite = can(course.data, 'attendance.write');
  useDocumentTitle(t('course.tabs.attendance'), course.data ? fullName(course.data) : null);

  return (
    <>
      <h2 data-tab-heading tabIndex={-1}>
        {t('course.tabs.attendance')}
      </h2>
      {canWrite ? <DayForm courseId={courseId} shownMonth={shown} /> : null}
      <section aria-labelledby="month-heading" className="mt-6">
        <div className="app-month-nav">
          <h3 id="month-heading" className="app-month-title">
            {format.month(shown)}
          </h3>
          <nav aria-label={t('attendance.monthNav')} className="app-month-links">
            <Link
              to="/forloeb/$courseId/fremmoede"
              params={{ courseId }}
              search={{ maaned: shiftMonth(shown, -1) }}
              className="button button-secondary"
            >
              <span aria-hidden="true">‹</span>
              {t('attendance.previousMonth')}
            </Link>
            <Link
              to="/forloeb/$courseId/fremmoede"
              params={{ courseId }}
              search={{ maaned: shiftMonth(shown, 1) }}
              className="button button-secondary"
            >
              {t('attendance.nextMonth')}
              <span aria-hidden="true">›</span>
            </Link>
          </nav>
        </div>
        {view.isPending ? <Loading /> : null}
        {view.isError ? <LoadError onRetry={() => void view.refetch()} /> : null}
        {view.data ? (
          <Month
            courseId={courseId}
            view={view.data}
            canWrite={canWrite}
            onlyOwn={course.data?.myRole === 'companyMentor'}
          />
        ) : null}
      </section>
      {view.data?.trend ? <Trend trend={view.data.trend} /> : null}
    </>
  );
}

/** A company mentor sees the days at their own workplace and changes only those they registered. */
function Month({
  courseId,
  view,
  canWrite,
  onlyOwn,
}: {
  courseId: string;
  view: MonthView;
  canWrite: boolean;
  onlyOwn: boolean;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const queryClient = useQueryClient();
  const s = view.summary;
  const remove = useMutation({
    mutationFn: (d: AttendanceDay) => deleteDay(courseId, d.day, d.version),
    onSuccess: async (_r, { day }) => {
      await queryClient.invalidateQueries({ queryKey: ['course', courseId, 'attendance'] });
      await queryClient.invalidateQueries({ queryKey: ['caseload'] });
      announce(t('attendance.deleted', { day: format.weekdayDate(day) }));
    },
    onError: async (error) => {
      // Changed or removed by someone else meanwhile: show the month as it is now.
      if (isApiError(error, 412)) {
        await queryClient.invalidateQueries({ queryKey: ['course', courseId, 'attendance'] });
        announce(t('form.stale'));
      } else announce(t('app.errorGeneric'));
    },
  });
  const statusText = (d: AttendanceDay) =>
    d.status === 'present'
      ? t('attendance.present')
      : `${t('attendance.absent')}: ${d.absenceReason ? t(`attendance.reason.${d.absenceReason}`) : ''}`;

  return (
    <>
      {/* The summary is over every workplace: left out for a reader who sees only some days. */}
      {s ? (
        <p className="app-share" data-testid="month-share">
          {s.presentShare === null
            ? t('attendance.noneRegistered')
            : t('attendance.shareLine', {
                present: s.presentDays,
                registered: s.registeredDays,
                share: format.percent(s.presentShare),
              })}
        </p>
      ) : (
        <p>{t('attendance.ownWorkplaceOnly')}</p>
      )}
      {s && s.registeredDays > 0 ? (
        <p>
          {t('attendance.absenceLine', {
            sick: s.absentDays.sick,
            agreed: s.absentDays.agreed,
            unexplained: s.absentDays.unexplained,
          })}{' '}
          {t('attendance.hoursLine', { hours: format.number(s.hours) })}
        </p>
      ) : null}
      {view.days.length ? (
        <table className="table table--compact table--zebra table-sm-responsive-headers app-table app-stack">
          <caption className="sr-only">
            {t('attendance.daysCaption', { month: format.month(view.month) })}
          </caption>
          <thead>
            <tr>
              <th scope="col">{t('attendance.day')}</th>
              <th scope="col">{t('attendance.status')}</th>
              <th scope="col">{t('attendance.hours')}</th>
              <th scope="col">{t('attendance.workplace')}</th>
              {canWrite ? (
                <th scope="col">
                  <span className="sr-only">{t('attendance.actions')}</span>
                </th>
              ) : null}
            </tr>
          </thead>
          <tbody>
            {view.days.map((d) => (
              <tr key={d.day}>
                <th scope="row" data-title={t('attendance.day')} className="weight-normal">
                  {format.weekdayDate(d.day)}
                </th>
                <td data-title={t('attendance.status')}>{statusText(d)}</td>
                <td data-title={t('attendance.hours')}>
                  {d.hours > 0 ? (
                    format.number(d.hours)
                  ) : (
                    <>
                      <span aria-hidden="true">–</span>
                      <span className="sr-only">{t('attendance.noHours')}</span>
                    </>
                  )}
                </td>
                <td data-title={t('attendance.workplace')}>{d.workplace.name}</td>
                {canWrite && onlyOwn && !d.recordedByMe ? (
                  <td className="app-cell-actions">{t('attendance.notYours')}</td>
                ) : null}
                {canWrite && (!onlyOwn || d.recordedByMe) ? (
                  <td className="app-cell-actions">
                    <button
                      type="button"
                      className="button button-tertiary app-compact-button"
                      onClick={() => remove.mutate(d)}
                      aria-label={`${t('attendance.delete')}: ${format.weekdayDate(d.day)}`}
                    >
                      {t('attendance.delete')}
                    </button>
                  </td>
                ) : null}
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </>
  );
}

function Trend({ trend }: { trend: NonNullable<MonthView['trend']> }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <section aria-labelledby="trend-heading" className="mt-6">
      <h3 id="trend-heading">{t('attendance.trendTitle')}</h3>
      <table className="table table--compact app-table app-trend">
        <caption className="sr-only">{t('attendance.trendTitle')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('attendance.month')}</th>
            <th scope="col">{t('attendance.presentOfRegistered')}</th>
            <th scope="col">{t('attendance.share')}</th>
          </tr>
        </thead>
        <tbody>
          {trend.map((m) => (
            <tr key={m.month}>
              <th scope="row" className="weight-normal">
                {format.month(m.month)}
              </th>
              <td>{t('attendance.ofDays', { present: m.presentDays, registered: m.registeredDays })}</td>
              <td>
                {m.presentShare === null ? (
                  '–'
                ) : (
                  <span className="app-bar-cell">
                    <span>{format.percent(m.presentShare)}</span>
                    <span className="app-bar" aria-hidden="true">
                      <span style={{ width: `${Math.round(m.presentShare * 100)}%` }} />
                    </span>
                  </span>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
