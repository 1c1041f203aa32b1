import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { todayIso } from '../app/format.ts';
import { FormPanel, useFormSubmit } from '../app/formSubmit.tsx';
import { DateField, SelectField, TextArea } from '../app/forms.tsx';
import { isTrack, tracks } from '../app/tracks.ts';
import { type Visibility, writeNote } from './api.ts';

/** The server says which readers this writer may address (a company mentor: the whole team only). */
export function NoteForm({ courseId, allowed }: { courseId: string; allowed: Visibility[] }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [date, setDate] = useState(todayIso());
  const [track, setTrack] = useState('');
  const [visibility, setVisibility] = useState<Visibility>(
    allowed.includes('professionals') ? 'professionals' : 'team',
  );
  const [body, setBody] = useState('');
  const [recordsContact, setRecordsContact] = useState(false);

  const form = useFormSubmit({
    save: () =>
      writeNote(courseId, {
        date,
        track: isTrack(track) ? track : null,
        body: body.trim(),
        visibility,
        recordsContact,
      }),
    onSaved: async (showSaved) => {
      setBody('');
      setRecordsContact(false);
      showSaved(t('journal.saved'));
      await queryClient.invalidateQueries({ queryKey: ['course', courseId, 'journal'] });
    },
    fields: {
      'body.date': { id: 'note-date', label: t('journal.date') },
      'body.track': { id: 'note-track', label: t('journal.track') },
      'body.visibility': { id: 'note-visibility', label: t('journal.visibility') },
      'body.body': { id: 'note-body', label: t('journal.body') },
    },
    validate: () => ({
      'note-date': !date ? t('form.dateMissing') : date > todayIso() ? t('form.dateInFuture') : undefined,
      'note-body': body.trim() ? undefined : t('journal.bodyMissing'),
    }),
  });
  const { errors } = form;

  return (
    <FormPanel
      form={form}
      headingId="note-form-heading"
      headingLevel={3}
      heading={t('journal.formTitle')}
      submitLabel={t('journal.submit')}
    >
      <div className="app-field-row">
        <DateField
          id="note-date"
          label={t('journal.date')}
          value={date}
          max={todayIso()}
          onValue={setDate}
          error={errors['note-date']}
        />
        <SelectField
          id="note-track"
          label={t('journal.track')}
          optional
          value={track}
          onValue={setTrack}
          options={[
            { value: '', label: t('journal.noTrack') },
            ...tracks.map((v) => ({ value: v, label: t(`tracks.${v}`) })),
          ]}
          error={errors['note-track']}
        />
      </div>
      <SelectField
        id="note-visibility"
        label={t('journal.visibility')}
        hint={t(`visibility.hint.${visibility}`)}
        value={visibility}
        onValue={(v) => setVisibility(v as Visibility)}
        options={allowed.map((v) => ({ value: v, label: t(`visibility.long.${v}`) }))}
        error={errors['note-visibility']}
      />
      <TextArea
        id="note-body"
        label={t('journal.body')}
        value={body}
        onValue={setBody}
        rows={5}
        error={errors['note-body']}
        required
      />
      {/* A note recording contact counts as the last contact in the course's momentum. */}
      <div className="form-group">
        <div className="form-group-checkbox">
          <input
            type="checkbox"
            className="form-checkbox"
            id="note-records-contact"
            checked={recordsContact}
            onChange={(e) => setRecordsContact(e.currentTarget.checked)}
          />
          <label htmlFor="note-records-contact">{t('journal.recordsContact')}</label>
        </div>
      </div>
    </FormPanel>
  );
}
