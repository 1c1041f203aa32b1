import { useTranslation } from 'react-i18next';
import { CheckboxGroup, type Errors, SelectField, TextArea, TextField } from '../app/forms.tsx';
import { labelFor } from '../app/i18n.ts';
import { anchors, courseMeetingKinds, inviteeRoles, offsetUnits, repeatUnits } from './api.ts';
import type { RuleDraft } from './ruleDraft.ts';

interface Props {
  index: number;
  rule: RuleDraft;
  /** The rules before this one: a rule may count from one of them. */
  earlier: readonly RuleDraft[];
  errors: Errors;
  onChange: (rule: RuleDraft) => void;
  onRemove: (() => void) | null;
}

/** The input ids of rule `index`'s fields, which the error summary links to. */
export const ruleFieldId = (index: number, field: string) => `rule-${index}-${field}`;

/** One meeting of a format: its kind and title, when it falls, who is invited, its agenda. */
export function RuleFields({ index, rule, earlier, errors, onChange, onRemove }: Props) {
  const { t } = useTranslation();
  const id = (field: string) => ruleFieldId(index, field);
  const set = (patch: Partial<RuleDraft>) => onChange({ ...rule, ...patch });
  const number = index + 1;
  return (
    <fieldset className="app-format-rule">
      <legend>{t('formats.editor.rule', { number, title: rule.title })}</legend>
      <div className="app-format-row">
        <SelectField
          id={id('kind')}
          label={t('formats.editor.kind')}
          value={rule.kind}
          onValue={(kind) => set({ kind: kind as RuleDraft['kind'] })}
          options={courseMeetingKinds.map((k) => ({ value: k, label: t(`formats.kinds.${k}`) }))}
        />
        <TextField
          id={id('title')}
          label={t('formats.editor.ruleTitle')}
          value={rule.title}
          onValue={(title) => set({ title })}
          error={errors[id('title')]}
          maxLength={200}
        />
      </div>
      <div className="app-format-row">
        <SelectField
          id={id('anchor')}
          label={t('formats.editor.anchor')}
          value={rule.anchor}
          onValue={(anchor) => set({ anchor: anchor as RuleDraft['anchor'] })}
          options={anchors
            .filter((a) => a !== 'previous' || earlier.length > 0)
            .map((a) => ({ value: a, label: t(`formats.anchors.${a}`) }))}
        />
        {rule.anchor === 'event' ? (
          <TextField
            id={id('event')}
            label={t('formats.editor.event')}
            hint={t('formats.editor.eventHint')}
            value={rule.event}
            onValue={(event) => set({ event })}
            error={errors[id('event')]}
          />
        ) : null}
        {rule.anchor === 'previous' ? (
          <SelectField
            id={id('after')}
            label={t('formats.editor.after')}
            value={rule.after || (earlier[0]?.id ?? '')}
            onValue={(after) => set({ after })}
            error={errors[id('after')]}
            options={earlier.map((r) => ({ value: r.id, label: r.title || r.id }))}
          />
        ) : null}
      </div>
      <div className="app-format-row">
        <TextField
          id={id('offset')}
          label={t('formats.editor.offset')}
          inputMode="numeric"
          value={rule.offsetAmount}
          onValue={(offsetAmount) => set({ offsetAmount })}
          error={errors[id('offset')]}
        />
        <SelectField
          id={id('offsetUnit')}
          label={t('formats.editor.offsetUnit')}
          value={rule.offsetUnit}
          onValue={(unit) => set({ offsetUnit: unit as RuleDraft['offsetUnit'] })}
          options={offsetUnits.map((u) => ({ value: u, label: t(`formats.units.${u}`) }))}
        />
      </div>
      {rule.anchor !== 'statusLetter' && rule.anchor !== 'previous' ? (
        <div className="form-group-checkbox">
          <input
            type="checkbox"
            className="form-checkbox"
            id={id('repeats')}
            checked={rule.repeats}
            onChange={(e) => set({ repeats: e.currentTarget.checked })}
          />
          <label htmlFor={id('repeats')}>{t('formats.editor.repeat')}</label>
        </div>
      ) : null}
      {rule.repeats && rule.anchor !== 'statusLetter' && rule.anchor !== 'previous' ? (
        <div className="app-format-row">
          <TextField
            id={id('every')}
            label={t('formats.editor.every')}
            inputMode="numeric"
            value={rule.every}
            onValue={(every) => set({ every })}
            error={errors[id('every')]}
          />
          <SelectField
            id={id('repeatUnit')}
            label={t('formats.editor.repeatUnit')}
            value={rule.repeatUnit}
            onValue={(unit) => set({ repeatUnit: unit as RuleDraft['repeatUnit'] })}
            options={repeatUnits.map((u) => ({ value: u, label: t(`formats.units.${u}`) }))}
          />
          <TextField
            id={id('horizon')}
            label={t('formats.editor.horizon')}
            inputMode="numeric"
            value={rule.horizonMonths}
            onValue={(horizonMonths) => set({ horizonMonths })}
            error={errors[id('horizon')]}
            optional
          />
          <TextField
            id={id('count')}
            label={t('formats.editor.count')}
            inputMode="numeric"
            value={rule.count}
            onValue={(count) => set({ count })}
            error={errors[id('count')]}
            optional
          />
        </div>
      ) : null}
      <div className="app-format-row">
        <TextField
          id={id('time')}
          type="time"
          label={t('formats.editor.time')}
          value={rule.time}
          onValue={(time) => set({ time })}
          error={errors[id('time')]}
        />
        <TextField
          id={id('duration')}
          label={t('formats.editor.duration')}
          inputMode="numeric"
          value={rule.duration}
          onValue={(duration) => set({ duration })}
          error={errors[id('duration')]}
        />
      </div>
      <CheckboxGroup
        id={id('invitees')}
        legend={t('formats.editor.invitees')}
        options={[
          ...inviteeRoles.map((r) => ({ value: r, label: labelFor('roles', r) })),
          { value: 'youngPerson', label: t('formats.editor.youngPerson') },
        ]}
        values={[...rule.roles, ...(rule.youngPerson ? ['youngPerson'] : [])]}
        onValues={(values) =>
          set({
            roles: values.filter((v) => v !== 'youngPerson'),
            youngPerson: values.includes('youngPerson'),
          })
        }
      />
      <TextArea
        id={id('agenda')}
        label={t('formats.editor.agenda')}
        hint={t('formats.editor.agendaHint')}
        value={rule.agenda}
        onValue={(agenda) => set({ agenda })}
        error={errors[id('agenda')]}
      />
      {onRemove ? (
        <div className="app-actions">
          <button type="button" className="button button-tertiary" onClick={onRemove}>
            {t('formats.editor.removeRule', { number })}
          </button>
        </div>
      ) : null}
    </fieldset>
  );
}
