import { useQuery } from '@tanstack/react-query';
import { LoadError } from '../app/NotFoundPage.tsx';
import { ownMeetingsQuery } from './api.ts';
import { OwnFeltHeard } from './OwnFeltHeard.tsx';
import { OwnNextMeetings } from './OwnNextMeetings.tsx';

/** The young person's meetings on their own page: "Følte du dig hørt?" first, then the next meetings. */
export function OwnMeetingsSections({ courseId }: { courseId: string }) {
  const meetings = useQuery(ownMeetingsQuery(courseId));
  if (meetings.isError) return <LoadError onRetry={() => void meetings.refetch()} />;
  if (!meetings.data) return null;
  return (
    <>
      <OwnFeltHeard courseId={courseId} meetings={meetings.data.askFeltHeard} />
      <OwnNextMeetings meetings={meetings.data.upcoming} />
    </>
  );
}
