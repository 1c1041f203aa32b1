import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { todayIso } from '../app/format.ts';
import { LoadError, Loading } from '../app/NotFoundPage.tsx';
import { useDocumentTitle } from '../app/title.ts';
import { CalendarFeedSection } from '../calendar/CalendarFeedSection.tsx';
import { meetingOverviewQuery, type OverviewMeeting } from './api.ts';
import { useMeetingFormat } from './format.ts';
import { byDay, type CalendarView, isoWeek, monthGrid, periodOf, step, viewParam, weekOf } from './grid.ts';
import { MeetingItem } from './MeetingItem.tsx';
import './overview.css';

/**
 * "Møder": every meeting I may see across the partnership's organisations, as a list or a calendar
 * (week, month). The server decides what each person sees; this page only lays it out.
 */
export function MeetingsPage({ view, day }: { view: CalendarView; day: string }) {
  const { t } = useTranslation();
  const format = useMeetingFormat();
  const { from, to } = periodOf(view, day);
  const overview = useQuery(meetingOverviewQuery(from, to));
  useDocumentTitle(t('meetingOverview.title'));
  const heading =
    view === 'month'
      ? format.month(day)
      : view === 'week'
        ? t('meetingOverview.weekHeading', { week: isoWeek(day), range: format.range(from, to) })
        : format.range(from, to);
  const search = (v: CalendarView, d: string) => ({ visning: viewParam[v], dato: d });

  return (
    <>
      <h1>{t('meetingOverview.title')}</h1>
      <p>{t('meetingOverview.intro')}</p>
      <nav className="tab-container app-tabs" aria-label={t('meetingOverview.views')}>
        <ul className="tab-list">
          {(['list', 'week', 'month'] as const).map((v) => (
            <li key={v} className="app-tab-item">
              <Link
                to="/moeder"
                search={search(v, day)}
                className="tab-button"
                aria-current={v === view ? 'page' : undefined}
              >
                <span>{t(`meetingOverview.view.${v}`)}</span>
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <div className="meetings-toolbar">
        <h2 className="meetings-period" aria-live="polite">
          {heading}
        </h2>
        <div className="meetings-steps">
          <Link to="/moeder" search={search(view, step(view, day, -1))} className="button button-secondary">
            {t(`meetingOverview.previous.${view}`)}
          </Link>
          <Link to="/moeder" search={search(view, todayIso())} className="button button-tertiary">
            {t('meetingOverview.today')}
          </Link>
          <Link to="/moeder" search={search(view, step(view, day, 1))} className="button button-secondary">
            {t(`meetingOverview.next.${view}`)}
          </Link>
        </div>
      </div>
      {overview.isPending ? <Loading /> : null}
      {overview.isError ? <LoadError onRetry={() => void overview.refetch()} /> : null}
      {overview.data ? (
        <div data-testid="meetings-view" data-view={view}>
          {view === 'list' ? <ListView meetings={overview.data.meetings} /> : null}
          {view === 'week' ? <WeekView day={day} meetings={overview.data.meetings} /> : null}
          {view === 'month' ? <MonthView day={day} meetings={overview.data.meetings} /> : null}
        </div>
      ) : null}
      <CalendarFeedSection />
    </>
  );
}

function ListView({ meetings }: { meetings: OverviewMeeting[] }) {
  const { t } = useTranslation();
  const format = useMeetingFormat();
  const days = [...byDay(meetings)];
  if (days.length === 0) return <p>{t('meetingOverview.none')}</p>;
  return (
    <ol className="app-plain-list meetings-list">
      {days.map(([d, list]) => (
        <li key={d}>
          <h3 className="meetings-day-heading">{format.weekday(d, 'long')}</h3>
          <ul className="app-plain-list meetings-items">
            {list.map((m) => (
              <li key={m.id}>
                <MeetingItem meeting={m} />
              </li>
            ))}
          </ul>
        </li>
      ))}
    </ol>
  );
}

/** Seven days side by side on a wide screen; on a narrow one, the same list one day under the other. */
function WeekView({ day, meetings }: { day: string; meetings: OverviewMeeting[] }) {
  const { t } = useTranslation();
  const format = useMeetingFormat();
  const days = byDay(meetings);
  const today = todayIso();
  return (
    <ol className="app-plain-list meetings-week">
      {weekOf(day).map((d) => {
        const list = days.get(d) ?? [];
        return (
          <li key={d} className={`meetings-week-day${d === today ? ' meetings-today' : ''}`}>
            <h3 className="meetings-day-heading">
              {format.weekday(d, 'short')}
              {d === today ? <span className="sr-only"> ({t('meetingOverview.todayMark')})</span> : null}
            </h3>
            {list.length === 0 ? (
              <p className="app-muted meetings-empty">{t('meetingOverview.noneThisDay')}</p>
            ) : (
              <ul className="app-plain-list meetings-items">
                {list.map((m) => (
                  <li key={m.id}>
                    <MeetingItem meeting={m} />
                  </li>
                ))}
              </ul>
            )}
          </li>
        );
      })}
    </ol>
  );
}

/**
 * The month as a table of weeks (rows) and weekdays (columns), so a screen reader announces the
 * day of each cell; every meeting is a link, reached with Tab. On a narrow screen the table is laid
 * out as a list of the days that have meetings.
 */
function MonthView({ day, meetings }: { day: string; meetings: OverviewMeeting[] }) {
  const { t } = useTranslation();
  const format = useMeetingFormat();
  const days = byDay(meetings);
  const weeks = monthGrid(day);
  const today = todayIso();
  return (
    <>
      {meetings.length === 0 ? <p>{t('meetingOverview.none')}</p> : null}
      <table className="meetings-month">
        <caption className="sr-only">
          {t('meetingOverview.monthCaption', { month: format.month(day) })}
        </caption>
        <thead>
          <tr>
            {weeks[0]?.map((cell) => (
              <th key={cell.day} scope="col">
                {format.weekdayName(cell.day)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {weeks.map((week) => (
            <tr key={week[0]?.day}>
              {week.map((cell) => {
                const list = days.get(cell.day) ?? [];
                const classes = [
                  'meetings-month-day',
                  cell.inMonth ? '' : 'meetings-other-month',
                  list.length === 0 ? 'meetings-no-meetings' : '',
                  cell.day === today ? 'meetings-today' : '',
                ]
                  .filter(Boolean)
                  .join(' ');
                return (
                  <td key={cell.day} className={classes}>
                    <span className="meetings-day-number" aria-hidden="true">
                      {format.dayNumber(cell.day)}
                    </span>
                    <span className="meetings-day-full">{format.weekday(cell.day, 'long')}</span>
                    {list.length > 0 ? (
                      <ul className="app-plain-list meetings-items">
                        {list.map((m) => (
                          <li key={m.id}>
                            <MeetingItem meeting={m} />
                          </li>
                        ))}
                      </ul>
                    ) : null}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
