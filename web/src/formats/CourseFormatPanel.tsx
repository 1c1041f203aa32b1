import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../app/format.ts';
import { FormPanel, useFormSubmit } from '../app/formSubmit.tsx';
import { DateField, describeFailure, type Errors, FormAlert, SelectField } from '../app/forms.tsx';
import { announce } from '../app/live.ts';
import { applyFormat, type CourseFormats, courseFormatsQuery, stopFormat } from './api.ts';

/**
 * "Koordineringsformat" on the course overview: which format is in use and its next planned
 * meetings; those who plan meetings choose a format ("Brug et format") and stop one.
 */
export function CourseFormatPanel({ courseId, canWrite }: { courseId: string; canWrite: boolean }) {
  const { t } = useTranslation();
  const format = useFormat();
  const { data } = useQuery(courseFormatsQuery(courseId));
  if (!data) return null;
  const inUse = data.inUse.filter((u) => !u.stoppedOn);
  return (
    <section aria-labelledby="course-format-heading">
      <h3 id="course-format-heading">{t('formats.course.title')}</h3>
      {inUse.length === 0 ? <p>{t('formats.course.none')}</p> : null}
      {inUse.map((use) => (
        <div key={use.id} className="app-actions">
          <p>{t('formats.course.inUse', { name: use.name, date: format.date(use.appliedOn) })}</p>
          {canWrite ? <StopButton courseId={courseId} use={use} /> : null}
        </div>
      ))}
      {inUse.length ? (
        <>
          <h4>{t('formats.course.next')}</h4>
          {data.upcoming.length ? (
            <ul className="app-plain-list" data-testid="format-meetings">
              {data.upcoming.map((m) => (
                <li key={m.id}>
                  <strong>{format.dateTime(m.startsAt)}</strong>: {m.title || t(`formats.kinds.${m.kind}`)}
                </li>
              ))}
            </ul>
          ) : (
            <p>{t('formats.course.noNext')}</p>
          )}
        </>
      ) : null}
      {canWrite ? <ApplyForm courseId={courseId} data={data} /> : null}
    </section>
  );
}

function StopButton({ courseId, use }: { courseId: string; use: CourseFormats['inUse'][number] }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  async function stop() {
    if (busy) return;
    setBusy(true);
    setFailure(null);
    try {
      const saved = await stopFormat(courseId, use.id, use.version);
      await queryClient.invalidateQueries({ queryKey: ['course', courseId] });
      announce(t('formats.course.stopped', { count: saved.cancelled ?? 0 }));
    } catch (error) {
      setFailure(describeFailure(error, t).failure);
    } finally {
      setBusy(false);
    }
  }
  return (
    <>
      <button
        type="button"
        className="button button-tertiary"
        aria-disabled={busy || undefined}
        onClick={() => void stop()}
      >
        {t('formats.course.stop', { name: use.name })}
      </button>
      <FormAlert message={failure} />
    </>
  );
}

function ApplyForm({ courseId, data }: { courseId: string; data: CourseFormats }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [formatId, setFormatId] = useState('');
  const [events, setEvents] = useState<Record<string, string>>({});
  const chosen = data.available.find((f) => f.id === formatId);
  const eventId = (name: string) => `course-format-event-${name}`;
  const planned = useRef(0);

  const form = useFormSubmit({
    save: async () => {
      const saved = await applyFormat(courseId, {
        formatId,
        events: Object.fromEntries((chosen?.events ?? []).map((e) => [e, events[e] ?? ''])),
      });
      planned.current = saved.planned ?? 0;
      return saved;
    },
    onSaved: async (showSaved) => {
      await queryClient.invalidateQueries({ queryKey: ['course', courseId] });
      showSaved(t('formats.course.applied', { count: planned.current }));
    },
    fields: {
      'body.formatId': { id: 'course-format', label: t('formats.course.choose') },
      ...Object.fromEntries(
        (chosen?.events ?? []).map((e) => [
          `body.events.${e}`,
          { id: eventId(e), label: t('formats.course.eventDate', { event: e }) },
        ]),
      ),
    },
    values: { formatId, events },
    validate: () => {
      const errors: Errors = { 'course-format': formatId ? undefined : t('formats.course.chooseMissing') };
      for (const e of chosen?.events ?? [])
        if (!events[e]) errors[eventId(e)] = t('formats.course.eventMissing', { event: e });
      return errors;
    },
  });

  return (
    <FormPanel
      form={form}
      headingId="course-format-apply"
      headingLevel={4}
      heading={t('formats.course.use')}
      submitLabel={t('formats.course.apply')}
    >
      <SelectField
        id="course-format"
        label={t('formats.course.choose')}
        value={formatId}
        onValue={setFormatId}
        error={form.errors['course-format']}
        options={[
          { value: '', label: t('admin.choose') },
          ...data.available.map((f) => ({
            value: f.id,
            label: f.isDefault ? `${f.name} (${t('formats.default')})` : f.name,
          })),
        ]}
      />
      {(chosen?.events ?? []).map((e) => (
        <DateField
          key={e}
          id={eventId(e)}
          label={t('formats.course.eventDate', { event: e })}
          value={events[e] ?? ''}
          onValue={(value) => setEvents({ ...events, [e]: value })}
          error={form.errors[eventId(e)]}
        />
      ))}
    </FormPanel>
  );
}
