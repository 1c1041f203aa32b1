import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../app/api.ts';
import { LoadError, Loading, NotFoundPage } from '../app/NotFoundPage.tsx';
import { useDocumentTitle } from '../app/title.ts';
import { can, courseQuery, fullName } from '../courses/api.ts';
import { ApproveMinutes, MinutesMailStatus } from './ApproveMinutes.tsx';
import { type Meeting, meetingQuery } from './api.ts';
import { MinutesForm } from './MinutesForm.tsx';
import { Participants } from './Participants.tsx';
import { MeetingTasks } from './Tasks.tsx';
import { useMeetingTime } from './time.ts';

/** One meeting: time and place, agenda, who was invited and present, minutes, decisions, tasks and the approval. */
export function MeetingPage({ courseId, meetingId }: { courseId: string; meetingId: string }) {
  const { t } = useTranslation();
  const course = useQuery(courseQuery(courseId));
  const query = useQuery(meetingQuery(courseId, meetingId));
  const meeting = query.data?.meeting;
  useDocumentTitle(
    meeting ? t(`meetings.kinds.${meeting.kind}`) : t('course.tabs.meetings'),
    course.data ? fullName(course.data) : null,
  );
  if (query.error instanceof ApiError && query.error.isNotFound) return <NotFoundPage />;
  const canWrite = can(course.data, 'meetings.write');

  return (
    <>
      <p className="app-back">
        <Link to="/forloeb/$courseId/moeder" params={{ courseId }}>
          {t('meetings.back')}
        </Link>
      </p>
      {query.isPending ? <Loading /> : null}
      {query.isError ? <LoadError onRetry={() => void query.refetch()} /> : null}
      {meeting ? <MeetingBody courseId={courseId} meeting={meeting} canWrite={canWrite} /> : null}
    </>
  );
}

function MeetingBody({
  courseId,
  meeting,
  canWrite,
}: {
  courseId: string;
  meeting: Meeting;
  canWrite: boolean;
}) {
  const { t } = useTranslation();
  const when = useMeetingTime();
  const open = !meeting.minutesApproved && meeting.status !== 'cancelled';
  const facts: Array<[string, string]> = [
    [t('meetings.when'), when(meeting)],
    ...(meeting.place ? [[t('meetings.place'), meeting.place] as [string, string]] : []),
    ...(meeting.host ? [[t('meetings.host'), meeting.host.displayName] as [string, string]] : []),
    ...(meeting.chair ? [[t('meetings.chair'), meeting.chair.displayName] as [string, string]] : []),
    [t('goals.status'), t(`meetings.statuses.${meeting.status}`)],
  ];
  return (
    <>
      <h2 data-tab-heading tabIndex={-1}>
        {t(`meetings.kinds.${meeting.kind}`)}
        {meeting.title ? `: ${meeting.title}` : ''}
      </h2>
      <dl className="app-facts">
        {facts.map(([term, value]) => (
          <div key={term}>
            <dt>{term}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>

      <section aria-labelledby="meeting-agenda" className="app-meeting-section">
        <h3 id="meeting-agenda">{t('meetings.agenda')}</h3>
        {meeting.agenda.length === 0 ? (
          <p>{t('meetings.agendaEmpty')}</p>
        ) : (
          <ol>
            {meeting.agenda.map((item, i) => (
              <li key={`${i.toString()}-${item.heading}`}>
                <strong>{item.heading}</strong>
                {item.text ? <p className="app-meeting-text">{item.text}</p> : null}
              </li>
            ))}
          </ol>
        )}
      </section>

      <Participants courseId={courseId} meeting={meeting} canWrite={canWrite && open} />

      <section aria-labelledby="meeting-minutes" className="app-meeting-section">
        <h3 id="meeting-minutes">{t('meetings.minutes')}</h3>
        {canWrite && open ? (
          <MinutesForm courseId={courseId} meeting={meeting} />
        ) : (
          <>
            <p className="app-meeting-text">{meeting.minutes || t('meetings.noMinutes')}</p>
            <h4>{t('meetings.decisions')}</h4>
            {meeting.decisions.length === 0 ? (
              <p>{t('meetings.noDecisions')}</p>
            ) : (
              <ul>
                {meeting.decisions.map((d, i) => (
                  <li key={`${i.toString()}-${d}`}>{d}</li>
                ))}
              </ul>
            )}
          </>
        )}
      </section>

      <MeetingTasks courseId={courseId} meeting={meeting} canWrite={canWrite && open} />

      {meeting.minutesApproved ? (
        <section aria-labelledby="meeting-approved" className="app-meeting-section">
          <h3 id="meeting-approved">{t('meetings.approvedBadge')}</h3>
          <MinutesMailStatus courseId={courseId} meeting={meeting} canWrite={canWrite} />
        </section>
      ) : canWrite && meeting.status !== 'cancelled' ? (
        <ApproveMinutes courseId={courseId} meeting={meeting} />
      ) : null}
    </>
  );
}
