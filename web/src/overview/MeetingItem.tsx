import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import type { OverviewMeeting } from './api.ts';
import { useMeetingFormat } from './format.ts';

/**
 * One meeting in the overview: a link to where it is read (the course's meeting page, or the
 * partnership meeting's read-only page), with time, whose course, place and whether I am invited.
 */
export function MeetingItem({ meeting, showDay = false }: { meeting: OverviewMeeting; showDay?: boolean }) {
  const { t } = useTranslation();
  const format = useMeetingFormat();
  const what = meeting.title || t(`meetingOverview.kinds.${meeting.kind}`);
  const when = showDay ? format.dayAndTime(meeting) : format.time(meeting);
  const label = (
    <>
      <span className="meetings-time">{when}</span> <span className="meetings-what">{what}</span>
    </>
  );
  return (
    <div className={`meetings-item${meeting.status === 'cancelled' ? ' meetings-item-cancelled' : ''}`}>
      {meeting.course ? (
        // The course's meeting page belongs to the meetings module (/forloeb/:courseId/moeder/:meetingId).
        <a
          href={`/forloeb/${encodeURIComponent(meeting.course.id)}/moeder/${encodeURIComponent(meeting.id)}`}
        >
          {label}
        </a>
      ) : (
        <Link to="/moeder/partnerskab/$meetingId" params={{ meetingId: meeting.id }}>
          {label}
        </Link>
      )}
      <span className="meetings-detail">
        {meeting.title ? <span>{t(`meetingOverview.kinds.${meeting.kind}`)}</span> : null}
        {meeting.course?.participantName ? <span>{meeting.course.participantName}</span> : null}
        {meeting.course ? null : <span>{meeting.partnership.name}</span>}
        {meeting.place ? <span>{meeting.place}</span> : null}
        {meeting.status === 'cancelled' ? <strong>{t('meetingOverview.cancelled')}</strong> : null}
        {meeting.status === 'held' ? <span>{t('meetingOverview.held')}</span> : null}
        {meeting.invited ? (
          <strong className="meetings-invited">{t('meetingOverview.invited')}</strong>
        ) : null}
      </span>
    </div>
  );
}
