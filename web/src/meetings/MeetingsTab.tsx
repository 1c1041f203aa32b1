import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { useDisclosure } from '../app/forms.tsx';
import { LoadError, Loading } from '../app/NotFoundPage.tsx';
import { useDocumentTitle } from '../app/title.ts';
import { can, courseQuery, fullName } from '../courses/api.ts';
import { type MeetingSummary, meetingsQuery } from './api.ts';
import { PlanMeetingForm } from './PlanMeetingForm.tsx';
import { useMeetingTime } from './time.ts';

/** The course's meetings, upcoming and past, and "Planlæg møde" for those who plan them. */
export function MeetingsTab({ courseId }: { courseId: string }) {
  const { t } = useTranslation();
  const course = useQuery(courseQuery(courseId));
  const meetings = useQuery(meetingsQuery(courseId));
  const plan = useDisclosure();
  useDocumentTitle(t('course.tabs.meetings'), course.data ? fullName(course.data) : null);

  return (
    <>
      <h2 data-tab-heading tabIndex={-1}>
        {t('course.tabs.meetings')}
      </h2>
      <p className="app-intro">{t('meetings.intro')}</p>
      {course.data && can(course.data, 'meetings.write') ? (
        plan.open ? (
          <PlanMeetingForm
            courseId={courseId}
            course={course.data}
            headingRef={plan.headingRef}
            onDone={() => plan.setOpen(false)}
          />
        ) : (
          <button
            ref={plan.triggerRef}
            type="button"
            className="button button-primary"
            onClick={() => plan.setOpen(true)}
          >
            {t('meetings.plan')}
          </button>
        )
      ) : null}
      {meetings.isPending ? <Loading /> : null}
      {meetings.isError ? <LoadError onRetry={() => void meetings.refetch()} /> : null}
      {meetings.data ? (
        <>
          <MeetingSection
            id="meetings-upcoming"
            heading={t('meetings.upcoming')}
            none={t('meetings.noneUpcoming')}
            courseId={courseId}
            meetings={meetings.data.upcoming}
          />
          <MeetingSection
            id="meetings-past"
            heading={t('meetings.past')}
            none={t('meetings.nonePast')}
            courseId={courseId}
            meetings={meetings.data.past}
          />
        </>
      ) : null}
    </>
  );
}

function MeetingSection(props: {
  id: string;
  heading: string;
  none: string;
  courseId: string;
  meetings: MeetingSummary[];
}) {
  return (
    <section aria-labelledby={props.id} className="app-meeting-section">
      <h3 id={props.id}>{props.heading}</h3>
      {props.meetings.length === 0 ? (
        <p>{props.none}</p>
      ) : (
        <ul className="app-plain-list app-meetings">
          {props.meetings.map((m) => (
            <li key={m.id}>
              <MeetingItem courseId={props.courseId} meeting={m} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function MeetingItem({ courseId, meeting }: { courseId: string; meeting: MeetingSummary }) {
  const { t } = useTranslation();
  const when = useMeetingTime();
  const facts = [
    t(`meetings.statuses.${meeting.status}`),
    meeting.minutesApproved ? t('meetings.approvedBadge') : null,
    meeting.openTasks > 0 ? t('meetings.openTasks', { count: meeting.openTasks }) : null,
  ].filter(Boolean);
  return (
    <article
      className={meeting.status === 'cancelled' ? 'app-meeting app-meeting-cancelled' : 'app-meeting'}
      aria-labelledby={`meeting-${meeting.id}`}
    >
      <h4 id={`meeting-${meeting.id}`}>
        <Link to="/forloeb/$courseId/moeder/$meetingId" params={{ courseId, meetingId: meeting.id }}>
          {t(`meetings.kinds.${meeting.kind}`)}
          {meeting.title ? `: ${meeting.title}` : ''}
        </Link>
      </h4>
      <p className="app-meta">
        {when(meeting)}
        {meeting.place ? ` · ${meeting.place}` : ''}
      </p>
      <p className="app-meta">{facts.join(' · ')}</p>
    </article>
  );
}
