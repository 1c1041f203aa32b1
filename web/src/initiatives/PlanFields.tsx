import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { DateField, type Errors, TextField } from '../app/forms.tsx';

/** One step of the plan as edited; `key` keeps the inputs apart while rows are added and removed. */
export interface PlanRow {
  key: number;
  text: string;
  due: string;
}

/** The time and action plan: steps with an optional date, added and removed as rows. */
export function PlanFields({
  idOf,
  rows,
  onRows,
  errors,
}: {
  idOf: (field: string) => string;
  rows: PlanRow[];
  onRows: (rows: PlanRow[]) => void;
  errors: Errors;
}) {
  const { t } = useTranslation();
  const next = useRef(rows.reduce((max, r) => Math.max(max, r.key + 1), 0));
  const change = (key: number, patch: Partial<PlanRow>) =>
    onRows(rows.map((r) => (r.key === key ? { ...r, ...patch } : r)));
  function add() {
    const key = next.current++;
    onRows([...rows, { key, text: '', due: '' }]);
    // The new step's text takes focus once it is drawn.
    setTimeout(() => document.getElementById(idOf(`plan-${key}-text`))?.focus(), 0);
  }
  function remove(index: number) {
    onRows(rows.filter((_, i) => i !== index));
    setTimeout(() => document.getElementById(idOf('plan-add'))?.focus(), 0);
  }
  return (
    <fieldset className="app-initiative-fieldset">
      <legend className="form-label">{t('initiatives.field.plan')}</legend>
      {rows.length === 0 ? <p className="app-muted">{t('initiatives.planNone')}</p> : null}
      {rows.map((r, i) => (
        <div key={r.key} className="app-plan-step">
          <TextField
            id={idOf(`plan-${r.key}-text`)}
            label={t('initiatives.planStep', { n: i + 1 })}
            value={r.text}
            onValue={(text) => change(r.key, { text })}
            error={errors[idOf(`plan-${r.key}-text`)]}
          />
          <DateField
            id={idOf(`plan-${r.key}-due`)}
            label={t('initiatives.planDueOf', { n: i + 1 })}
            optional
            value={r.due}
            onValue={(due) => change(r.key, { due })}
            error={errors[idOf(`plan-${r.key}-due`)]}
          />
          <button type="button" className="button button-tertiary" onClick={() => remove(i)}>
            {t('initiatives.planRemove', { n: i + 1 })}
          </button>
        </div>
      ))}
      <button type="button" id={idOf('plan-add')} className="button button-secondary" onClick={add}>
        {t('initiatives.planAdd')}
      </button>
    </fieldset>
  );
}
