import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormPanel, useFormSubmit } from '../app/formSubmit.tsx';
import { CheckboxGroup, useDisclosure } from '../app/forms.tsx';
import { cancelMeeting, type Meeting, type MeetingInvitee, recordHeld } from './api.ts';
import { useMeetingRefetch, useMeetingSaved } from './cache.ts';

interface Props {
  courseId: string;
  meeting: Meeting;
  /** Planned or held, not approved, and the reader plans meetings. */
  canWrite: boolean;
}

/** Who was invited, and once held who was present; recording it held and cancelling. */
export function Participants({ courseId, meeting, canWrite }: Props) {
  const { t } = useTranslation();
  const held = useDisclosure();
  const nameOf = useInviteeName();
  const presence = (i: MeetingInvitee) =>
    i.present === null ? t('meetings.notRecorded') : i.present ? t('meetings.present') : t('meetings.absent');
  return (
    <section aria-labelledby="meeting-who" className="app-meeting-section">
      <h3 id="meeting-who">{t('meetings.who')}</h3>
      <ul>
        {meeting.invitees.map((i) => (
          <li key={i.id}>
            {nameOf(i)}
            {meeting.status === 'held' ? <span className="app-meta"> · {presence(i)}</span> : null}
          </li>
        ))}
      </ul>
      {canWrite ? (
        held.open ? (
          <HeldForm
            courseId={courseId}
            meeting={meeting}
            headingRef={held.headingRef}
            onDone={() => held.setOpen(false)}
          />
        ) : (
          <div className="app-actions">
            <button
              ref={held.triggerRef}
              type="button"
              className="button button-secondary"
              onClick={() => held.setOpen(true)}
            >
              {t('meetings.recordHeld')}
            </button>
            {meeting.status === 'planned' ? <CancelButton courseId={courseId} meeting={meeting} /> : null}
          </div>
        )
      ) : null}
    </section>
  );
}

/** "Pia Psykolog (psykolog), pia@example.org"; the young person as "Den unge". */
export function useInviteeName() {
  const { t } = useTranslation();
  return (i: MeetingInvitee) => {
    if (i.kind === 'youngPerson') return t('meetings.youngPerson');
    const role = i.role ? ` (${i.role})` : '';
    return `${i.name}${role}${i.email ? `, ${i.email}` : ''}`;
  };
}

function HeldForm({
  courseId,
  meeting,
  headingRef,
  onDone,
}: {
  courseId: string;
  meeting: Meeting;
  headingRef: React.RefObject<HTMLHeadingElement | null>;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const saved = useMeetingSaved(courseId);
  const refetch = useMeetingRefetch(courseId, meeting.id);
  const nameOf = useInviteeName();
  // Everyone invited is ticked to begin with; untick who did not come.
  const [present, setPresent] = useState<string[]>(
    meeting.invitees.filter((i) => i.present !== false).map((i) => i.id),
  );
  const form = useFormSubmit({
    save: async () => saved((await recordHeld(courseId, meeting.id, present, meeting.version)).meeting),
    onSaved: (show) => {
      show(t('meetings.heldSaved'));
      onDone();
    },
    onStale: async () => {
      await refetch();
      return [];
    },
    fields: {},
    validate: () => ({}),
  });
  return (
    <FormPanel
      form={form}
      headingId="meeting-held-heading"
      headingLevel={4}
      heading={t('meetings.recordHeldTitle')}
      headingRef={headingRef}
      submitLabel={t('meetings.recordHeldSave')}
      onCancel={onDone}
    >
      <CheckboxGroup
        id="meeting-held-present"
        legend={t('meetings.present')}
        options={meeting.invitees.map((i) => ({ value: i.id, label: nameOf(i) }))}
        values={present}
        onValues={setPresent}
      />
    </FormPanel>
  );
}

function CancelButton({ courseId, meeting }: { courseId: string; meeting: Meeting }) {
  const { t } = useTranslation();
  const saved = useMeetingSaved(courseId);
  const refetch = useMeetingRefetch(courseId, meeting.id);
  const [failed, setFailed] = useState(false);
  return (
    <>
      <button
        type="button"
        className="button button-tertiary"
        onClick={async () => {
          try {
            await saved((await cancelMeeting(courseId, meeting.id, meeting.version)).meeting);
          } catch {
            setFailed(true);
            await refetch();
          }
        }}
      >
        {t('meetings.cancel')}
      </button>
      {failed ? (
        <p className="app-meta" role="alert">
          {t('app.errorGeneric')}
        </p>
      ) : null}
    </>
  );
}
