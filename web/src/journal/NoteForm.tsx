import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { todayIso } from '../app/format.ts';
import {
  describeFailure,
  ErrorSummary,
  type Errors,
  FormAlert,
  SelectField,
  SubmitButton,
  TextArea,
  TextField,
  toErrorList,
} from '../app/forms.tsx';
import { announce } from '../app/live.ts';
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
  const [errors, setErrors] = useState<Errors>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [saved, setSaved] = useState<string | null>(null);

  const save = useMutation({
    mutationFn: () =>
      writeNote(courseId, { date, track: isTrack(track) ? track : null, body: body.trim(), visibility }),
    onSuccess: async () => {
      setBody('');
      setSaved(t('journal.saved'));
      announce(t('journal.saved'));
      await queryClient.invalidateQueries({ queryKey: ['course', courseId, 'journal'] });
    },
    onError: (error) => {
      const result = describeFailure(error, t, {
        'body.date': { id: 'note-date', label: t('journal.date') },
        'body.track': { id: 'note-track', label: t('journal.track') },
        'body.visibility': { id: 'note-visibility', label: t('journal.visibility') },
        'body.body': { id: 'note-body', label: t('journal.body') },
      });
      setErrors(result.errors);
      setFailure(result.failure);
    },
  });

  function submit(event: FormEvent) {
    event.preventDefault();
    if (save.isPending) return;
    const today = todayIso();
    const found: Errors = {
      'note-date': !date ? t('form.dateMissing') : date > today ? t('form.dateInFuture') : undefined,
      'note-body': body.trim() ? undefined : t('journal.bodyMissing'),
    };
    setErrors(found);
    setFailure(null);
    setSaved(null);
    if (!toErrorList(found).length) save.mutate();
  }

  return (
    <form onSubmit={submit} noValidate className="app-form-panel" aria-labelledby="note-form-heading">
      <h3 id="note-form-heading">{t('journal.formTitle')}</h3>
      <ErrorSummary errors={errors} />
      <FormAlert message={failure} />
      <div className="app-field-row">
        <TextField
          id="note-date"
          type="date"
          label={t('journal.date')}
          value={date}
          max={todayIso()}
          onValue={setDate}
          error={errors['note-date']}
          className="app-input-date"
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
      <SubmitButton busy={save.isPending}>{t('journal.submit')}</SubmitButton>
      {saved ? <p className="app-saved">{saved}</p> : null}
    </form>
  );
}
