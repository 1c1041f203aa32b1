import { useTranslation } from 'react-i18next';
import { CheckboxGroup, DateField, SelectField, TextArea, TextField } from '../app/forms.tsx';
import { type OutcomeType, outcomeTypes, type Party, parties } from './api.ts';
import type { OutcomeTargetDraft } from './draft.ts';
import { FormSection, fieldProps, type SectionProps } from './formParts.tsx';
import { RowFields } from './RowFields.tsx';

/** The agreement form's sections of single fields (and the goals' outcome targets). */

export function PartiesFields({ draft, onDraft, errors }: SectionProps) {
  const { t } = useTranslation();
  const set = (patch: Partial<typeof draft.parties>) =>
    onDraft({ ...draft, parties: { ...draft.parties, ...patch } });
  return (
    <FormSection title={t('agreement.sections.parties')}>
      <TextField
        {...fieldProps(t, errors, 'parties.municipalityLeader')}
        value={draft.parties.municipalityLeader}
        onValue={(municipalityLeader) => set({ municipalityLeader })}
        maxLength={200}
      />
      <TextField
        {...fieldProps(t, errors, 'parties.institutionLeader')}
        value={draft.parties.institutionLeader}
        onValue={(institutionLeader) => set({ institutionLeader })}
        maxLength={200}
      />
    </FormSection>
  );
}

export function GoalsFields({ draft, onDraft, errors }: SectionProps) {
  const { t } = useTranslation();
  const goals = draft.goals;
  const set = (patch: Partial<typeof goals>) => onDraft({ ...draft, goals: { ...goals, ...patch } });
  return (
    <FormSection title={t('agreement.sections.goals')}>
      <TextArea
        {...fieldProps(t, errors, 'goals.purpose')}
        value={goals.purpose}
        onValue={(purpose) => set({ purpose })}
        rows={3}
      />
      <div className="app-agreement-field-row">
        <TextField
          {...fieldProps(t, errors, 'goals.intakeTarget')}
          inputMode="numeric"
          className="app-input-number"
          optional
          value={goals.intakeTarget}
          onValue={(intakeTarget) => set({ intakeTarget })}
        />
        <TextField
          {...fieldProps(t, errors, 'goals.closerShareTarget')}
          inputMode="numeric"
          className="app-input-number"
          optional
          value={goals.closerSharePercent}
          onValue={(closerSharePercent) => set({ closerSharePercent })}
        />
        <TextField
          {...fieldProps(t, errors, 'goals.firstContactDays')}
          inputMode="numeric"
          className="app-input-number"
          value={goals.firstContactDays}
          onValue={(firstContactDays) => set({ firstContactDays })}
        />
      </div>
      <TextArea
        {...fieldProps(t, errors, 'goals.otherCriteria')}
        value={goals.otherCriteria}
        onValue={(otherCriteria) => set({ otherCriteria })}
        rows={3}
      />
      <p className="app-agreement-subheading">{t('agreement.fields.outcomeSplit')}</p>
      <RowFields<OutcomeTargetDraft>
        list="outcomeSplit"
        path="goals.outcomeSplit"
        rows={goals.outcomeSplit}
        onRows={(outcomeSplit) => set({ outcomeSplit })}
        make={() => ({ label: '', outcomes: [], percent: '' })}
        nameOf={(o) => o.label}
        firstField="label"
      >
        {(o, i, setRow) => (
          <>
            <div className="app-agreement-field-row">
              <TextField
                {...fieldProps(t, errors, `goals.outcomeSplit[${i}].label`, t('agreement.fields.label'))}
                value={o.label}
                onValue={(label) => setRow({ label })}
                maxLength={100}
              />
              <TextField
                {...fieldProps(t, errors, `goals.outcomeSplit[${i}].share`, t('agreement.fields.share'))}
                inputMode="numeric"
                className="app-input-number"
                value={o.percent}
                onValue={(percent) => setRow({ percent })}
              />
            </div>
            <CheckboxGroup
              id={fieldProps(t, errors, `goals.outcomeSplit[${i}].outcomes`).id}
              legend={t('agreement.fields.outcomes')}
              error={fieldProps(t, errors, `goals.outcomeSplit[${i}].outcomes`).error}
              options={outcomeTypes.map((k) => ({ value: k, label: t(`outcome.${k}`) }))}
              values={o.outcomes}
              onValues={(outcomes) => setRow({ outcomes: outcomes as OutcomeType[] })}
            />
          </>
        )}
      </RowFields>
    </FormSection>
  );
}

export function DocumentationFields({ draft, onDraft, errors }: SectionProps) {
  const { t } = useTranslation();
  const doc = draft.documentation;
  const set = (patch: Partial<typeof doc>) => onDraft({ ...draft, documentation: { ...doc, ...patch } });
  const months = (key: 'baselineMonths' | 'measurementMonths' | 'statusLetterMonths') => (
    <TextField
      {...fieldProps(t, errors, `documentation.${key}`)}
      inputMode="numeric"
      className="app-input-number"
      value={doc[key]}
      onValue={(value) => set({ [key]: value })}
    />
  );
  return (
    <FormSection title={t('agreement.sections.documentation')}>
      <div className="app-agreement-field-row">
        {months('baselineMonths')}
        {months('measurementMonths')}
        {months('statusLetterMonths')}
      </div>
      <TextArea
        {...fieldProps(t, errors, 'documentation.other')}
        value={doc.other}
        onValue={(other) => set({ other })}
        rows={3}
      />
    </FormSection>
  );
}

export function PeriodFields({ draft, onDraft, errors }: SectionProps) {
  const { t } = useTranslation();
  const set = (patch: Partial<typeof draft.period>) =>
    onDraft({ ...draft, period: { ...draft.period, ...patch } });
  return (
    <FormSection title={t('agreement.sections.period')}>
      <div className="app-agreement-field-row">
        <DateField
          {...fieldProps(t, errors, 'period.from')}
          value={draft.period.from}
          onValue={(from) => set({ from })}
        />
        <DateField
          {...fieldProps(t, errors, 'period.to')}
          hint={t('agreement.fields.toHint')}
          optional
          value={draft.period.to}
          onValue={(to) => set({ to })}
        />
      </div>
    </FormSection>
  );
}

/** A member's party: the municipality or the institution. */
export function PartySelect({
  id,
  label,
  error,
  value,
  onValue,
}: {
  id: string;
  label: string;
  error?: string | undefined;
  value: Party;
  onValue: (party: Party) => void;
}) {
  const { t } = useTranslation();
  return (
    <SelectField
      id={id}
      label={label}
      error={error}
      value={value}
      onValue={(v) => onValue(v as Party)}
      options={parties.map((p) => ({ value: p, label: t(`agreement.partyNames.${p}`) }))}
    />
  );
}
