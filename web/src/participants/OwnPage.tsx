import { useIsFetching, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LoadError, Loading } from '../app/NotFoundPage.tsx';
import { useDocumentTitle } from '../app/title.ts';
import { courseQuery } from '../courses/api.ts';
import { OwnMeetingsSections } from '../felt-heard/OwnMeetingsSections.tsx';
import { OwnAttendance } from './OwnAttendance.tsx';
import { OwnConsents } from './OwnConsents.tsx';
import { OwnContacts } from './OwnContacts.tsx';
import { OwnCourseGate } from './OwnCourseGate.tsx';
import { OwnDue } from './OwnDue.tsx';
import { OwnGoals } from './OwnGoals.tsx';
import { OwnMeasurement } from './OwnMeasurement.tsx';
import { OwnEfforts, OwnNetwork } from './OwnPlan.tsx';
import './own-page.css';

/**
 * The young person's own page, in easy-read Danish: short sentences, common words, one idea per
 * line. Goals, this month's attendance, the people to talk to, the consents they can take back, and
 * the way to see who has seen their information.
 */
export function OwnPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('myPage.title'));

  return (
    <div className="own-page">
      <h1>{t('myPage.title')}</h1>
      <OwnCourseGate>{(courseId) => <OwnCourse courseId={courseId} />}</OwnCourseGate>
    </div>
  );
}

/**
 * Each section fetches its own part. The sections are shown together once the first answers are
 * all in, so on a slow phone nothing jumps down the page as the parts above it arrive.
 */
function useFirstAnswers(courseId: string) {
  const queryClient = useQueryClient();
  const fetching = useIsFetching({ queryKey: ['course', courseId] });
  const [settled, setSettled] = useState(false);
  useEffect(() => {
    // Read now, not from the render: the sections' queries start as they mount, after it.
    if (!settled && fetching === 0 && queryClient.isFetching({ queryKey: ['course', courseId] }) === 0)
      setSettled(true);
  }, [fetching, settled, queryClient, courseId]);
  return settled;
}

function OwnCourse({ courseId }: { courseId: string }) {
  const { t } = useTranslation();
  const course = useQuery(courseQuery(courseId));
  const settled = useFirstAnswers(courseId);
  if (course.isPending) return <Loading />;
  if (course.isError) return <LoadError onRetry={() => void course.refetch()} />;
  const data = course.data;
  return (
    <>
      <p className="font-lead own-hello">{t('myPage.hello', { name: data.participant.givenName })}</p>
      <p>{t('myPage.intro')}</p>
      {settled ? null : <Loading />}
      <div hidden={!settled}>
        {data.myPermissions.includes('measurements.ownScores') ? (
          <OwnMeasurement courseId={courseId} />
        ) : null}
        {data.myPermissions.includes('meetings.feedback') ? (
          <OwnMeetingsSections courseId={courseId} />
        ) : null}
        <OwnGoals courseId={courseId} />
        <OwnAttendance courseId={courseId} />
        {data.owed ? <OwnDue owed={data.owed} /> : null}
        <OwnContacts team={data.team} />
        {data.myPermissions.includes('network.read') ? <OwnNetwork courseId={courseId} /> : null}
        {data.myPermissions.includes('efforts.read') ? <OwnEfforts courseId={courseId} /> : null}
        <OwnConsents courseId={courseId} canWithdraw={data.myPermissions.includes('consents.withdraw')} />
        {data.myPermissions.includes('accessLog.read') ? <SeenLink /> : null}
      </div>
    </>
  );
}

/** "Hvem har set mine oplysninger?": the way to their access log. */
function SeenLink() {
  const { t } = useTranslation();
  return (
    <section className="own-section" aria-labelledby="own-seen">
      <h2 id="own-seen">{t('accessLog.title')}</h2>
      <p>{t('myPage.seen.intro')}</p>
      <p>
        <Link to="/min-side/hvem-har-set" className="button button-secondary own-link-button">
          {t('myPage.seen.link')}
        </Link>
      </p>
    </section>
  );
}
