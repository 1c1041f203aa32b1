import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { announce } from '../app/live.ts';
import { createGoal, type GoalArea, goalAreas, goalsQuery } from '../goals/api.ts';
import { failureText } from './failure.ts';

/** "Mål ud fra dette": a goal created through the goals API and linked to the dimension. */
export function GoalFromEntry({
  courseId,
  idPrefix,
  suggestion,
  onCreated,
}: {
  courseId: string;
  idPrefix: string;
  suggestion: string;
  onCreated: (goalId: string) => void;
}) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [open, setOpen] = useState(false);
  const [title, setTitle] = useState('');
  const [area, setArea] = useState<GoalArea>('employmentEducation');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  if (!open)
    return (
      <button
        type="button"
        className="button button-secondary app-compact-button"
        onClick={() => {
          setTitle(suggestion.slice(0, 500));
          setOpen(true);
        }}
      >
        {t('measurements.goalFromThis')}
      </button>
    );
  const create = async () => {
    if (!title.trim()) {
      setError(t('goals.titleMissing'));
      return;
    }
    setBusy(true);
    try {
      const saved = await createGoal(courseId, { area, title });
      await queryClient.invalidateQueries({ queryKey: goalsQuery(courseId).queryKey });
      announce(t('goals.saved', { title: saved.goal.title }));
      onCreated(saved.goal.id);
      setOpen(false);
    } catch (e) {
      setError(failureText(e, t));
    } finally {
      setBusy(false);
    }
  };
  return (
    <div className="app-form-panel app-goal-from-entry">
      <div className="form-group">
        <label className="form-label" htmlFor={`${idPrefix}-goal-title`}>
          {t('goals.title')}
        </label>
        {error ? (
          <span className="form-error-message" id={`${idPrefix}-goal-error`}>
            {error}
          </span>
        ) : null}
        <input
          id={`${idPrefix}-goal-title`}
          className="form-input"
          value={title}
          aria-describedby={error ? `${idPrefix}-goal-error` : undefined}
          onChange={(e) => setTitle(e.target.value)}
        />
      </div>
      <div className="form-group">
        <label className="form-label" htmlFor={`${idPrefix}-goal-area`}>
          {t('goals.area')}
        </label>
        <select
          id={`${idPrefix}-goal-area`}
          className="form-select"
          value={area}
          onChange={(e) => setArea(e.target.value as GoalArea)}
        >
          {goalAreas.map((a) => (
            <option key={a} value={a}>
              {t(`goals.areas.${a}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="app-actions">
        <button type="button" className="button button-primary" disabled={busy} onClick={() => void create()}>
          {t('measurements.createGoal')}
        </button>
        <button type="button" className="button button-tertiary" onClick={() => setOpen(false)}>
          {t('form.cancel')}
        </button>
      </div>
    </div>
  );
}
