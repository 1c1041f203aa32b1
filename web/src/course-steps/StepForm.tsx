import { useQueryClient } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormPanel, useFormSubmit } from '../app/formSubmit.tsx';
import { DateField, RadioGroup, SelectField, TextArea, TextField } from '../app/forms.tsx';
import { type GoalArea, goalAreas } from '../goals/api.ts';
import { type CourseStep, type StepKind, saveStep } from './api.ts';
import { type FieldSpec, inputOf, stepFields, type Values, valuesOf, writesGoals } from './fields.ts';

const places = ['home', 'jobCentre', 'institution'] as const;
const monthChoices = [6, 12, 18, 24, 36, 48, 60];
const defaultGoal = 'Falde til og nå stabilt fremmøde';

interface Props {
  courseId: string;
  kind: StepKind;
  /** The step as recorded: the form changes it (a new version); without it, the form records it. */
  step: CourseStep | undefined;
  onDone: () => void;
}

/** One step's guided screen: what the model agrees at this point. */
export function StepForm({ courseId, kind, step, onDone }: Props) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [values, setValues] = useState<Values>(() => valuesOf(step));
  const [base, setBase] = useState(step);
  const [goalTitle, setGoalTitle] = useState(kind === 'startUp' && !step ? defaultGoal : '');
  const [goalArea, setGoalArea] = useState<GoalArea>('employmentEducation');
  const prefix = `step-${kind}`;
  const specs = stepFields[kind];
  const id = (name: string) => `${prefix}-${name}`;

  const form = useFormSubmit({
    save: () =>
      saveStep(
        courseId,
        kind,
        inputOf(kind, values, writesGoals(kind) ? { title: goalTitle, area: goalArea } : null),
        base?.version,
      ),
    onSaved: async (showSaved) => {
      await queryClient.invalidateQueries({ queryKey: ['course', courseId] });
      await queryClient.invalidateQueries({ queryKey: ['caseload'] });
      setGoalTitle('');
      showSaved(t('steps.saved', { step: t(`steps.kinds.${kind}`) }));
      onDone();
    },
    fields: {
      ...Object.fromEntries(
        specs.map((s) => [`body.${s.name}`, { id: id(s.name), label: t(`steps.fields.${s.name}`) }]),
      ),
      'body.newGoals': { id: id('goal-title'), label: t('steps.goalTitle') },
    },
    values: { ...Object.fromEntries(specs.map((s) => [id(s.name), values[s.name] ?? ''])) },
    validate: () =>
      Object.fromEntries(
        specs.map((s) => [
          id(s.name),
          s.required && !(values[s.name] ?? '').trim()
            ? t('steps.missing', { field: t(`steps.fields.${s.name}`) })
            : undefined,
        ]),
      ),
    onStale: (current) => {
      const now = current as CourseStep;
      setBase(now);
      return [t('steps.changedBy', { name: now.recordedBy?.displayName ?? '–' })];
    },
  });

  const field = (spec: FieldSpec) => {
    const common = {
      id: id(spec.name),
      label: t(`steps.fields.${spec.name}`),
      value: values[spec.name] ?? '',
      onValue: (value: string) => setValues((v) => ({ ...v, [spec.name]: value })),
      error: form.errors[id(spec.name)],
      optional: !spec.required,
    };
    switch (spec.type) {
      case 'date':
        return <DateField key={spec.name} {...common} required={spec.required} />;
      case 'textarea':
        return <TextArea key={spec.name} {...common} rows={3} />;
      case 'lines':
        return <TextArea key={spec.name} {...common} rows={3} hint={t('steps.oneAPerLine')} />;
      case 'number':
        return <TextField key={spec.name} {...common} type="number" inputMode="numeric" min={1} />;
      case 'place':
        return (
          <RadioGroup
            key={spec.name}
            id={common.id}
            legend={common.label}
            value={common.value}
            onValue={common.onValue}
            error={common.error}
            options={places.map((p) => ({ value: p, label: t(`steps.places.${p}`) }))}
          />
        );
      case 'months': {
        const current = Number(common.value);
        const choices =
          current && !monthChoices.includes(current) ? [...monthChoices, current] : monthChoices;
        return (
          <SelectField
            key={spec.name}
            {...common}
            options={[
              { value: '', label: t('steps.undecided') },
              ...choices.map((m) => ({ value: String(m), label: t('steps.months', { count: m }) })),
            ]}
          />
        );
      }
      default:
        return <TextField key={spec.name} {...common} />;
    }
  };

  return (
    <FormPanel
      form={form}
      headingId={`${prefix}-heading`}
      headingLevel={3}
      heading={t(step ? 'steps.changeStep' : 'steps.recordStep', { step: t(`steps.kinds.${kind}`) })}
      submitLabel={t(step ? 'steps.saveChange' : 'steps.save')}
      onCancel={onDone}
    >
      <p className="form-hint">{t(`steps.guide.${kind}`)}</p>
      {specs.map(field)}
      {writesGoals(kind) ? (
        <fieldset className="app-circle">
          <legend className="form-label">{t('steps.newGoal')}</legend>
          <span className="form-hint">{t('steps.newGoalHint')}</span>
          <TextField
            id={id('goal-title')}
            label={t('steps.goalTitle')}
            optional
            value={goalTitle}
            onValue={setGoalTitle}
            error={form.errors[id('goal-title')]}
          />
          <SelectField
            id={id('goal-area')}
            label={t('goals.area')}
            value={goalArea}
            onValue={(v) => setGoalArea(v as GoalArea)}
            options={goalAreas.map((a) => ({ value: a, label: t(`goals.areas.${a}`) }))}
          />
        </fieldset>
      ) : null}
      {kind === 'end' ? (
        <p>
          {t('steps.endHint')}{' '}
          <Link to="/forloeb/$courseId" params={{ courseId }}>
            {t('steps.endLink')}
          </Link>
        </p>
      ) : null}
    </FormPanel>
  );
}
