import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../app/api.ts';
import { LoadError, Loading, NotFoundPage } from '../app/NotFoundPage.tsx';
import { useDocumentTitle } from '../app/title.ts';
import { partnershipMeetingQuery } from './api.ts';
import { useMeetingFormat } from './format.ts';

/** One of the partnership's own meetings (development group, status), read-only, for its development group. */
export function PartnershipMeetingPage({ meetingId }: { meetingId: string }) {
  const { t } = useTranslation();
  const format = useMeetingFormat();
  const meeting = useQuery(partnershipMeetingQuery(meetingId));
  const m = meeting.data?.meeting;
  const kind = m ? t(`meetingOverview.kinds.${m.kind}`) : null;
  useDocumentTitle(m?.title || kind, t('meetingOverview.title'));
  if (meeting.isPending) return <Loading />;
  if (isApiError(meeting.error, 404)) return <NotFoundPage />;
  if (!m) return <LoadError onRetry={() => void meeting.refetch()} />;
  return (
    <>
      <p className="app-back">
        <Link to="/moeder">{t('meetingOverview.back')}</Link>
      </p>
      <h1>{m.title || kind}</h1>
      <dl className="app-facts">
        <div>
          <dt>{t('meetingOverview.fields.kind')}</dt>
          <dd>{kind}</dd>
        </div>
        <div>
          <dt>{t('meetingOverview.fields.when')}</dt>
          <dd>{format.dayAndTime(m)}</dd>
        </div>
        <div>
          <dt>{t('meetingOverview.fields.place')}</dt>
          <dd>{m.place || '–'}</dd>
        </div>
        <div>
          <dt>{t('meetingOverview.fields.partnership')}</dt>
          <dd>{m.partnership.name}</dd>
        </div>
        <div>
          <dt>{t('meetingOverview.fields.status')}</dt>
          <dd>{t(`meetingOverview.status.${m.status}`)}</dd>
        </div>
      </dl>
      {m.invited ? <p>{t('meetingOverview.invited')}</p> : null}
    </>
  );
}
