import { useTranslation } from 'react-i18next';
import { useFormat } from '../app/format.ts';
import type { SubGoal as Goal } from '../goals/api.ts';
import { type Instrument, inLanguage, type Measurement, type MeasurementEntry } from './api.ts';
import { GoalFromEntry } from './GoalFromEntry.tsx';

type Dimension = Instrument['definition']['dimensions'][number];

/**
 * One dimension of the dialogue: the professional's and the young person's score side by side,
 * the reason, the goal that follows, and what was scored last time.
 */
export function DimensionFields({
  courseId,
  idPrefix,
  instrument,
  dimension,
  entry,
  previous,
  goals,
  onChange,
}: {
  courseId: string;
  idPrefix: string;
  instrument: Instrument;
  dimension: Dimension;
  entry: MeasurementEntry;
  previous: Measurement | undefined;
  /** The goals this reader may see: a linked goal they may not see shows without its title. */
  goals: readonly Goal[];
  onChange: (change: Partial<MeasurementEntry>) => void;
}) {
  const { t, i18n } = useTranslation();
  const { shortDate } = useFormat();
  const { scale, steps } = instrument.definition;
  const id = `${idPrefix}-${dimension.key}`;
  const choices: number[] = [];
  for (let s = scale.min; s <= scale.max; s++) choices.push(s);
  const stepLabel = (s: number) => {
    const words = steps[String(s)];
    return words ? `${s} – ${inLanguage(words, i18n.language)}` : String(s);
  };
  const before = previous?.entries[dimension.key];
  const linked = entry.goalId ? goals.find((g) => g.id === entry.goalId) : undefined;

  const scoreSelect = (perspective: 'professional' | 'participant') => (
    <div className="form-group app-score">
      <label className="form-label" htmlFor={`${id}-${perspective}`}>
        {t(`measurements.perspective.${perspective}`)}
      </label>
      <select
        id={`${id}-${perspective}`}
        className="form-select"
        value={entry[perspective] ?? ''}
        onChange={(e) => onChange({ [perspective]: e.target.value === '' ? null : Number(e.target.value) })}
      >
        <option value="">{t('measurements.noScore')}</option>
        {choices.map((s) => (
          <option key={s} value={s}>
            {stepLabel(s)}
          </option>
        ))}
      </select>
    </div>
  );

  return (
    <fieldset className="app-dimension" data-dimension={dimension.key}>
      <legend className="h4">{inLanguage(dimension.label, i18n.language)}</legend>
      <p className="form-hint">{inLanguage(dimension.question, i18n.language)}</p>
      {previous && before ? (
        <p className="app-meta" data-testid="previous-scores">
          {t('measurements.previous', {
            date: shortDate(previous.measuredOn),
            professional: before.professional ?? '–',
            participant: before.participant ?? '–',
          })}
        </p>
      ) : null}
      <div className="app-score-pair">
        {scoreSelect('professional')}
        {scoreSelect('participant')}
      </div>
      <div className="form-group">
        <label className="form-label" htmlFor={`${id}-reason`}>
          {t('measurements.reason')}
        </label>
        <textarea
          id={`${id}-reason`}
          className="form-input"
          rows={2}
          maxLength={1000}
          value={entry.reason}
          onChange={(e) => onChange({ reason: e.target.value })}
        />
      </div>
      {entry.goalId ? (
        <p className="app-linked-goal">
          {t('measurements.linkedGoal')}: {linked ? linked.title : t('measurements.goalNotVisible')}{' '}
          <button
            type="button"
            className="button button-tertiary app-compact-button"
            onClick={() => onChange({ goalId: null })}
          >
            {t('measurements.unlinkGoal')}
          </button>
        </p>
      ) : (
        <GoalFromEntry
          courseId={courseId}
          idPrefix={id}
          suggestion={entry.reason}
          onCreated={(goalId) => onChange({ goalId })}
        />
      )}
    </fieldset>
  );
}
