import { useQuery } from '@tanstack/react-query';
import { Link, Outlet } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../app/api.ts';
import { LoadError, NoAccessPage } from '../app/NotFoundPage.tsx';
import { useDocumentTitle } from '../app/title.ts';
import { can, courseQuery, fullName } from './api.ts';

/**
 * One course: the participant's name as the page heading and a tab per part of the record.
 * Tabs are links (each part has its own address) and only the parts the caller may read appear.
 */
export function CoursePage({ courseId }: { courseId: string }) {
  const { t } = useTranslation();
  const course = useQuery(courseQuery(courseId));
  const data = course.data;
  const name = data ? fullName(data) : null;
  useDocumentTitle(name ?? (course.isError ? null : t('app.loading')));

  // A malformed id in the address is as unknown as a course one may not see.
  const error = course.error;
  if (isApiError(error) && (error.status === 404 || error.field?.startsWith('params.')))
    return <NoAccessPage />;
  if (course.isError) {
    return (
      <>
        <h1>{t('course.title')}</h1>
        <LoadError onRetry={() => void course.refetch()} />
      </>
    );
  }

  const tabs = [
    { to: '/forloeb/$courseId', label: t('course.tabs.overview'), show: true, exact: true },
    { to: '/forloeb/$courseId/journal', label: t('course.tabs.journal'), show: can(data, 'journal.read') },
    {
      to: '/forloeb/$courseId/fremmoede',
      label: t('course.tabs.attendance'),
      show: can(data, 'attendance.read'),
    },
    { to: '/forloeb/$courseId/maal', label: t('course.tabs.goals'), show: can(data, 'goals.read') },
    {
      to: '/forloeb/$courseId/netvaerk',
      label: t('course.tabs.network'),
      // The network and the plan beside the course; by consent, only when it shares one of them.
      show:
        (can(data, 'network.read') || can(data, 'efforts.read')) &&
        (data?.myConsentCategories
          ? data.myConsentCategories.includes('network') || data.myConsentCategories.includes('efforts')
          : true),
    },
    {
      to: '/forloeb/$courseId/maalinger',
      label: t('course.tabs.measurements'),
      // A reader whose access rests on consent sees the tab only when it shares measurements.
      show: can(data, 'measurements.read') && (data?.myConsentCategories?.includes('measurements') ?? true),
    },
    {
      to: '/forloeb/$courseId/moeder',
      label: t('course.tabs.meetings'),
      // A reader whose access rests on consent sees the tab only when it shares meetings.
      show: can(data, 'meetings.read') && (data?.myConsentCategories?.includes('meetings') ?? true),
    },
    {
      to: '/forloeb/$courseId/praktik',
      label: t('course.tabs.work'),
      // A reader whose access rests on consent sees the tab only when it shares the internship.
      show: can(data, 'internships.read') && (data?.myConsentCategories?.includes('internship') ?? true),
    },
    {
      to: '/forloeb/$courseId/statusbreve',
      label: t('course.tabs.letters'),
      show: can(data, 'statusLetters.read'),
    },
    {
      to: '/forloeb/$courseId/logbog',
      label: t('course.tabs.logbook'),
      show: can(data, 'statusLetters.read'),
    },
    // The workflow's steps are the course's administration: staff who receive it (never a company).
    // The young person's own, easy-read view of their course is /min-side.
    {
      to: '/forloeb/$courseId/trin',
      label: t('course.tabs.steps'),
      show: can(data, 'course.read') && data?.course.status !== undefined && data?.myRole !== 'participant',
    },
  ] as const;

  return (
    <>
      <p className="app-back">
        {data?.myRole === 'participant' ? (
          <Link to="/min-side">{t('myPage.backToMyPage')}</Link>
        ) : (
          <Link to="/">{t('course.back')}</Link>
        )}
      </p>
      <h1 className="app-course-heading">{name ?? t('app.loading')}</h1>
      {data ? (
        <p className="app-subheading">
          {t('course.subtitle', { partnership: data.course.partnership.name })}
        </p>
      ) : null}
      {data ? (
        <>
          <nav className="tab-container app-tabs" aria-label={t('course.tabs.label')}>
            <ul className="tab-list">
              {tabs
                .filter((tab) => tab.show)
                .map((tab) => (
                  <li key={tab.to} className="app-tab-item">
                    <Link
                      to={tab.to}
                      params={{ courseId }}
                      className="tab-button"
                      activeOptions={{ exact: 'exact' in tab, includeSearch: false }}
                      activeProps={{ 'aria-current': 'page' }}
                    >
                      <span>{tab.label}</span>
                    </Link>
                  </li>
                ))}
            </ul>
          </nav>
          <div className="app-tab-panel">
            <Outlet />
          </div>
        </>
      ) : null}
    </>
  );
}
