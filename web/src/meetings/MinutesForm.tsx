import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormPanel, useFormSubmit } from '../app/formSubmit.tsx';
import { TextArea } from '../app/forms.tsx';
import { changeMeeting, type Meeting } from './api.ts';
import { useMeetingRefetch, useMeetingSaved } from './cache.ts';

const lines = (text: string) =>
  text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);

/** The minutes and the decisions (one per line), saved on the version the writer opened. */
export function MinutesForm({ courseId, meeting }: { courseId: string; meeting: Meeting }) {
  const { t } = useTranslation();
  const saved = useMeetingSaved(courseId);
  const refetch = useMeetingRefetch(courseId, meeting.id);
  const [minutes, setMinutes] = useState(meeting.minutes);
  const [decisions, setDecisions] = useState(meeting.decisions.join('\n'));
  const form = useFormSubmit({
    save: async () =>
      saved(
        (
          await changeMeeting(
            courseId,
            meeting.id,
            { minutes: minutes.trim(), decisions: lines(decisions) },
            meeting.version,
          )
        ).meeting,
      ),
    onSaved: (show) => show(t('meetings.minutesSaved')),
    onStale: async () => {
      await refetch();
      return [];
    },
    fields: {
      'body.minutes': { id: 'meeting-minutes-text', label: t('meetings.minutes') },
      'body.decisions': { id: 'meeting-decisions', label: t('meetings.decisions') },
    },
    validate: () => ({}),
  });
  return (
    <FormPanel
      form={form}
      headingId="meeting-minutes-heading"
      headingLevel={4}
      heading={t('meetings.saveMinutes')}
      submitLabel={t('meetings.saveMinutes')}
    >
      <TextArea
        id="meeting-minutes-text"
        label={t('meetings.minutes')}
        hint={t('meetings.minutesHint')}
        optional
        rows={8}
        value={minutes}
        onValue={setMinutes}
        error={form.errors['meeting-minutes-text']}
      />
      <TextArea
        id="meeting-decisions"
        label={t('meetings.decisions')}
        hint={t('meetings.decisionsHint')}
        optional
        rows={4}
        value={decisions}
        onValue={setDecisions}
        error={form.errors['meeting-decisions']}
      />
    </FormPanel>
  );
}
