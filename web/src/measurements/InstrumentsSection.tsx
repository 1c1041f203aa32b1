import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormAlert } from '../app/forms.tsx';
import { announce } from '../app/live.ts';
import {
  createInstrument,
  currentInstruments,
  type Instrument,
  inLanguage,
  measurementsQuery,
} from './api.ts';
import { failureText } from './failure.ts';
import { definitionOf, emptyText, type InstrumentText, textOf } from './instrumentText.ts';

/**
 * The instruments this course can use: the built-in form and the partnership's own. A youth
 * coordinator adds one, or a new version of one, here: it is data, no code changes.
 */
export function InstrumentsSection({
  courseId,
  instruments,
  canWrite,
}: {
  courseId: string;
  instruments: readonly Instrument[];
  canWrite: boolean;
}) {
  const { t, i18n } = useTranslation();
  const [form, setForm] = useState<InstrumentText | null>(null);
  return (
    <section className="app-instruments" aria-labelledby="instruments-title">
      <h3 id="instruments-title">{t('measurements.instruments.title')}</h3>
      <ul className="app-plain-list">
        {currentInstruments(instruments).map((i) => (
          <li key={i.id} className="app-instrument">
            <strong>{inLanguage(i.definition.name, i18n.language)}</strong>{' '}
            <span className="app-meta">
              {t('measurements.instruments.facts', {
                version: i.version,
                dimensions: i.definition.dimensions.length,
                min: i.definition.scale.min,
                max: i.definition.scale.max,
              })}{' '}
              {i.isDefault ? t('measurements.instruments.default') : t('measurements.instruments.own')}
            </span>
            {canWrite && i.ownedByPartnership ? (
              <button
                type="button"
                className="button button-tertiary app-compact-button"
                onClick={() => setForm(textOf(i))}
              >
                {t('measurements.instruments.newVersion')}
              </button>
            ) : null}
          </li>
        ))}
      </ul>
      {canWrite && !form ? (
        <button type="button" className="button button-secondary" onClick={() => setForm(emptyText())}>
          {t('measurements.instruments.add')}
        </button>
      ) : null}
      {canWrite && form ? (
        <InstrumentForm courseId={courseId} initial={form} onDone={() => setForm(null)} />
      ) : null}
    </section>
  );
}

function InstrumentForm({
  courseId,
  initial,
  onDone,
}: {
  courseId: string;
  initial: InstrumentText;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [text, setText] = useState(initial);
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const set = (patch: Partial<InstrumentText>) => setText((x) => ({ ...x, ...patch }));
  const save = async () => {
    setBusy(true);
    try {
      const saved = await createInstrument(courseId, { key: text.key, definition: definitionOf(text) });
      announce(t('measurements.instruments.saved', { version: saved.instrument.version }));
      await queryClient.invalidateQueries({ queryKey: measurementsQuery(courseId).queryKey });
      onDone();
    } catch (error) {
      setFailure(failureText(error, t));
    } finally {
      setBusy(false);
    }
  };
  const field = (id: keyof InstrumentText, label: string, hint?: string, area = false) => (
    <div className="form-group">
      <label className="form-label" htmlFor={`instrument-${id}`}>
        {label}
      </label>
      {hint ? (
        <span className="form-hint" id={`instrument-${id}-hint`}>
          {hint}
        </span>
      ) : null}
      {area ? (
        <textarea
          id={`instrument-${id}`}
          className="form-input"
          rows={5}
          aria-describedby={hint ? `instrument-${id}-hint` : undefined}
          value={String(text[id])}
          onChange={(e) => set({ [id]: e.target.value })}
        />
      ) : (
        <input
          id={`instrument-${id}`}
          className="form-input"
          aria-describedby={hint ? `instrument-${id}-hint` : undefined}
          type={id === 'min' || id === 'max' ? 'number' : 'text'}
          value={String(text[id])}
          onChange={(e) =>
            set({ [id]: id === 'min' || id === 'max' ? Number(e.target.value) : e.target.value })
          }
        />
      )}
    </div>
  );
  return (
    <div className="app-form-panel">
      <h4>{t('measurements.instruments.formTitle')}</h4>
      <FormAlert message={failure} />
      {field('key', t('measurements.instruments.key'), t('measurements.instruments.keyHint'))}
      {field('nameDa', t('measurements.instruments.nameDa'))}
      {field('nameEn', t('measurements.instruments.nameEn'))}
      {field('min', t('measurements.instruments.min'))}
      {field('max', t('measurements.instruments.max'))}
      {field(
        'dimensions',
        t('measurements.instruments.dimensions'),
        t('measurements.instruments.dimensionsHint'),
        true,
      )}
      {field('steps', t('measurements.instruments.steps'), t('measurements.instruments.stepsHint'), true)}
      <div className="app-actions">
        <button type="button" className="button button-primary" disabled={busy} onClick={() => void save()}>
          {t('measurements.instruments.save')}
        </button>
        <button type="button" className="button button-tertiary" onClick={onDone}>
          {t('form.cancel')}
        </button>
      </div>
    </div>
  );
}
