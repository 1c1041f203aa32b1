import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../app/format.ts';
import { FormPanel, useFormSubmit } from '../app/formSubmit.tsx';
import { approveMinutes, type Meeting, sendMinutesAgain } from './api.ts';
import { useMeetingRefetch, useMeetingSaved } from './cache.ts';

/** "Godkend referat": needs the meeting held; afterwards the meeting is the record and does not change. */
export function ApproveMinutes({ courseId, meeting }: { courseId: string; meeting: Meeting }) {
  const { t } = useTranslation();
  const saved = useMeetingSaved(courseId);
  const refetch = useMeetingRefetch(courseId, meeting.id);
  const form = useFormSubmit({
    save: async () => saved((await approveMinutes(courseId, meeting.id, meeting.version)).meeting),
    onSaved: () => undefined,
    onStale: async () => {
      await refetch();
      return [];
    },
    fields: {},
    validate: () => ({}),
  });
  if (meeting.status !== 'held')
    return (
      <section aria-labelledby="meeting-approve" className="app-meeting-section">
        <h3 id="meeting-approve">{t('meetings.approve')}</h3>
        <p>{t('meetings.approveNeedsHeld')}</p>
      </section>
    );
  return (
    <div className="app-meeting-section">
      <FormPanel
        form={form}
        headingId="meeting-approve"
        headingLevel={3}
        heading={t('meetings.approve')}
        submitLabel={t('meetings.approve')}
      >
        <p>{t('meetings.approveHint')}</p>
      </FormPanel>
    </div>
  );
}

/** Who approved, and how the minutes went out: sent, written to the log directory, failed (send again). */
export function MinutesMailStatus({
  courseId,
  meeting,
  canWrite,
}: {
  courseId: string;
  meeting: Meeting;
  canWrite: boolean;
}) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const saved = useMeetingSaved(courseId);
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState(false);
  const mail = meeting.minutesMail;
  const resendable = mail && (mail.status === 'failed' || mail.status === 'written');
  async function sendAgain() {
    if (busy) return;
    setBusy(true);
    setFailed(false);
    try {
      await saved((await sendMinutesAgain(courseId, meeting.id)).meeting);
    } catch {
      setFailed(true);
    } finally {
      setBusy(false);
    }
  }
  const alertClass =
    mail?.status === 'sent'
      ? 'alert alert-success'
      : mail?.status === 'noRecipients'
        ? 'alert alert-info'
        : 'alert alert-warning';
  return (
    <>
      {meeting.minutesApprovedAt && meeting.minutesApprovedBy ? (
        <p>
          {t('meetings.approvedOn', {
            when: fmt.dateTime(meeting.minutesApprovedAt),
            name: meeting.minutesApprovedBy.displayName,
          })}
        </p>
      ) : null}
      {mail ? (
        <div className={`${alertClass} app-alert`} role="status">
          <p className="alert-text">
            {t(`meetings.mail.${mail.status}`, { recipients: mail.recipients.join(', ') })}
          </p>
        </div>
      ) : null}
      {canWrite && resendable ? (
        <button
          type="button"
          className="button button-secondary mt-3"
          aria-disabled={busy || undefined}
          onClick={() => void sendAgain()}
        >
          {t('meetings.sendAgain')}
        </button>
      ) : null}
      {failed ? (
        <p className="app-meta" role="alert">
          {t('app.errorGeneric')}
        </p>
      ) : null}
    </>
  );
}
