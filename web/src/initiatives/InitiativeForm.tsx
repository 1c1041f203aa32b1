import { useQueryClient } from '@tanstack/react-query';
import { type RefObject, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormPanel, useFormSubmit } from '../app/formSubmit.tsx';
import { DateField, SelectField, TextArea, TextField } from '../app/forms.tsx';
import { announce } from '../app/live.ts';
import {
  createInitiative,
  type Initiative,
  type InitiativeChoices,
  type InitiativeInput,
  initiativesKey,
  parseKroner,
  updateInitiative,
} from './api.ts';
import { PlanFields, type PlanRow } from './PlanFields.tsx';

interface Props {
  /** Given to change an initiative (every section); without it the form creates one (the essentials). */
  initiative?: Initiative;
  /** The municipalities the writer may use, with their partnerships and staff. */
  choices: InitiativeChoices[];
  headingRef?: RefObject<HTMLHeadingElement | null>;
  onDone: () => void;
  onCancel?: () => void;
}

/** The template's text sections, in seed 004's order: [field, rows]. */
const textSections = [
  ['currentEffort', 4],
  ['worksWell', 3],
  ['doesNotWork', 3],
  ['inspiration', 3],
  ['newIdeas', 3],
  ['contribution', 3],
] as const;
type TextKey =
  | (typeof textSections)[number][0]
  | 'area'
  | 'theme'
  | 'effortGoal'
  | 'baseline'
  | 'followUp'
  | 'targetGroup'
  | 'content'
  | 'organisation'
  | 'responsible'
  | 'actors'
  | 'financing'
  | 'investmentNeed';

const textKeys: TextKey[] = [
  'area',
  'theme',
  ...textSections.map(([k]) => k),
  'effortGoal',
  'baseline',
  'followUp',
  'targetGroup',
  'content',
  'organisation',
  'responsible',
  'actors',
  'financing',
  'investmentNeed',
];

/** An initiative on seed 004's template: every section when changing it, the essentials when new. */
export function InitiativeForm({ initiative, choices, headingRef, onDone, onCancel }: Props) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const editing = initiative !== undefined;
  const prefix = editing ? 'initiative-edit' : 'initiative-new';
  const id = (field: string) => `${prefix}-${field}`;
  const [base, setBase] = useState(initiative);
  const [texts, setTexts] = useState<Record<TextKey, string>>(
    () => Object.fromEntries(textKeys.map((k) => [k, initiative?.[k] ?? ''])) as Record<TextKey, string>,
  );
  const [followUpOn, setFollowUpOn] = useState(initiative?.followUpOn ?? '');
  const [targetCount, setTargetCount] = useState(
    initiative?.targetCount === null || initiative?.targetCount === undefined
      ? ''
      : String(initiative.targetCount),
  );
  const [totalCost, setTotalCost] = useState(
    initiative?.totalCost === null || initiative?.totalCost === undefined ? '' : String(initiative.totalCost),
  );
  const [responsibleUserId, setResponsibleUserId] = useState(initiative?.responsibleUser?.id ?? '');
  const [partnershipId, setPartnershipId] = useState(initiative?.partnership?.id ?? '');
  const [status, setStatus] = useState<'active' | 'ended'>(initiative?.status ?? 'active');
  const [municipalityId, setMunicipalityId] = useState(
    initiative?.municipalityId ?? (choices.length === 1 ? (choices[0]?.municipalityId ?? '') : ''),
  );
  const [plan, setPlan] = useState<PlanRow[]>(
    () => initiative?.plan.map((s, key) => ({ key, text: s.text, due: s.due ?? '' })) ?? [],
  );
  const choice = choices.find((c) => c.municipalityId === municipalityId);
  const setText = (key: TextKey) => (value: string) => setTexts((now) => ({ ...now, [key]: value }));
  const count = targetCount.trim() === '' ? null : Number(targetCount.trim());
  const cost = parseKroner(totalCost);

  function body(): InitiativeInput {
    return {
      ...(Object.fromEntries(textKeys.map((k) => [k, texts[k].trim()])) as Record<TextKey, string>),
      followUpOn: followUpOn || null,
      targetCount: count,
      totalCost: cost,
      responsibleUserId: responsibleUserId || null,
      partnershipId: partnershipId || null,
      status,
      plan: plan
        .filter((s) => s.text.trim() !== '')
        .map((s) => ({ text: s.text.trim(), due: s.due || null })),
    };
  }

  const labels: Record<TextKey, string> = Object.fromEntries(
    textKeys.map((k) => [k, t(`initiatives.field.${k}`)]),
  ) as Record<TextKey, string>;
  const fields: Record<string, { id: string; label: string }> = {
    ...Object.fromEntries(textKeys.map((k) => [`body.${k}`, { id: id(k), label: labels[k] }])),
    'body.followUpOn': { id: id('followUpOn'), label: t('initiatives.field.followUpOn') },
    'body.targetCount': { id: id('targetCount'), label: t('initiatives.field.targetCount') },
    'body.totalCost': { id: id('totalCost'), label: t('initiatives.field.totalCost') },
    'body.responsibleUserId': { id: id('responsibleUserId'), label: t('initiatives.field.responsibleUser') },
    'body.partnershipId': { id: id('partnershipId'), label: t('initiatives.field.partnership') },
    'body.municipalityId': { id: id('municipality'), label: t('initiatives.municipality') },
    'body.status': { id: id('status'), label: t('initiatives.status') },
    'body.plan': { id: id('plan-add'), label: t('initiatives.field.plan') },
  };
  plan.forEach((s, i) => {
    fields[`body.plan[${i}].text`] = { id: id(`plan-${s.key}-text`), label: t('initiatives.planText') };
    fields[`body.plan[${i}].due`] = { id: id(`plan-${s.key}-due`), label: t('initiatives.planDue') };
  });

  const form = useFormSubmit({
    save: () =>
      base
        ? updateInitiative(base.id, body(), base.version)
        : createInitiative({ ...body(), ...(municipalityId ? { municipalityId } : {}) }),
    onStale: async (current) => {
      const now = (current as { initiative?: Initiative } | null)?.initiative;
      if (!now) return [t('form.removedMeanwhile')];
      setBase(now);
      return [t('initiatives.changedMeanwhile', { name: now.updatedBy?.displayName ?? '' })];
    },
    onSaved: async (showSaved) => {
      await queryClient.invalidateQueries({ queryKey: initiativesKey });
      if (base) showSaved(t('initiatives.saved'));
      else announce(t('initiatives.created', { theme: texts.theme.trim() }));
      onDone();
    },
    fields,
    validate: () => ({
      [id('area')]: texts.area.trim() ? undefined : t('initiatives.areaMissing'),
      [id('theme')]: texts.theme.trim() ? undefined : t('initiatives.themeMissing'),
      [id('municipality')]: municipalityId ? undefined : t('initiatives.municipalityMissing'),
      [id('targetCount')]:
        count === null || (Number.isInteger(count) && count >= 0) ? undefined : t('initiatives.countInvalid'),
      [id('totalCost')]: cost === null || !Number.isNaN(cost) ? undefined : t('initiatives.costInvalid'),
    }),
  });

  const area = (key: TextKey, rows = 3, hint?: string) => (
    <TextArea
      id={id(key)}
      label={labels[key]}
      hint={hint}
      optional
      rows={rows}
      value={texts[key]}
      onValue={setText(key)}
      error={form.errors[id(key)]}
    />
  );

  return (
    <FormPanel
      form={form}
      headingId={id('heading')}
      headingLevel={3}
      heading={editing ? t('initiatives.editHeading') : t('initiatives.newHeading')}
      headingRef={headingRef}
      submitLabel={editing ? t('initiatives.save') : t('initiatives.create')}
      onCancel={onCancel}
    >
      {!editing && choices.length > 1 ? (
        <SelectField
          id={id('municipality')}
          label={t('initiatives.municipality')}
          value={municipalityId}
          onValue={(v) => {
            setMunicipalityId(v);
            setResponsibleUserId('');
            setPartnershipId('');
          }}
          options={[
            { value: '', label: t('initiatives.choose') },
            ...choices.map((c) => ({ value: c.municipalityId, label: c.municipality })),
          ]}
          error={form.errors[id('municipality')]}
        />
      ) : null}
      <TextField
        id={id('area')}
        label={labels.area}
        hint={t('initiatives.hint.area')}
        value={texts.area}
        onValue={setText('area')}
        error={form.errors[id('area')]}
      />
      <TextField
        id={id('theme')}
        label={labels.theme}
        value={texts.theme}
        onValue={setText('theme')}
        error={form.errors[id('theme')]}
      />
      {editing ? (
        <fieldset className="app-initiative-fieldset">
          <legend className="form-label">{t('initiatives.section.current')}</legend>
          {textSections.map(([key, rows]) => (
            <div key={key}>{area(key, rows)}</div>
          ))}
        </fieldset>
      ) : null}
      <fieldset className="app-initiative-fieldset">
        <legend className="form-label">{t('initiatives.section.goal')}</legend>
        {area('effortGoal', 2)}
        {editing ? area('baseline', 2) : null}
        <DateField
          id={id('followUpOn')}
          label={t('initiatives.field.followUpOn')}
          hint={t('initiatives.hint.followUpOn')}
          optional
          value={followUpOn}
          onValue={setFollowUpOn}
          error={form.errors[id('followUpOn')]}
        />
        {editing ? area('followUp', 2) : null}
      </fieldset>
      {editing ? (
        <fieldset className="app-initiative-fieldset">
          <legend className="form-label">{t('initiatives.section.target')}</legend>
          {area('targetGroup', 3)}
          <TextField
            id={id('targetCount')}
            label={t('initiatives.field.targetCount')}
            inputMode="numeric"
            className="app-input-short"
            optional
            value={targetCount}
            onValue={setTargetCount}
            error={form.errors[id('targetCount')]}
          />
          {area('content', 4)}
        </fieldset>
      ) : null}
      <fieldset className="app-initiative-fieldset">
        <legend className="form-label">{t('initiatives.section.organisation')}</legend>
        {editing ? area('organisation', 2) : null}
        <SelectField
          id={id('responsibleUserId')}
          label={t('initiatives.field.responsibleUser')}
          hint={t('initiatives.hint.responsibleUser')}
          optional
          value={responsibleUserId}
          onValue={setResponsibleUserId}
          options={[
            { value: '', label: t('initiatives.leaders') },
            ...(choice?.staff ?? []).map((s) => ({ value: s.id, label: s.displayName })),
          ]}
          error={form.errors[id('responsibleUserId')]}
        />
        {area('responsible', 2, t('initiatives.hint.responsible'))}
        {editing ? area('actors', 2) : null}
      </fieldset>
      {editing ? <PlanFields idOf={id} rows={plan} onRows={setPlan} errors={form.errors} /> : null}
      {editing ? (
        <fieldset className="app-initiative-fieldset">
          <legend className="form-label">{t('initiatives.section.economy')}</legend>
          <TextField
            id={id('totalCost')}
            label={t('initiatives.field.totalCost')}
            hint={t('initiatives.hint.totalCost')}
            inputMode="numeric"
            className="app-input-short"
            optional
            value={totalCost}
            onValue={setTotalCost}
            error={form.errors[id('totalCost')]}
          />
          {area('financing', 2)}
          {area('investmentNeed', 2)}
        </fieldset>
      ) : null}
      <SelectField
        id={id('partnershipId')}
        label={t('initiatives.field.partnership')}
        hint={t('initiatives.hint.partnership')}
        optional
        value={partnershipId}
        onValue={setPartnershipId}
        options={[
          { value: '', label: t('initiatives.noPartnership') },
          ...(choice?.partnerships ?? []).map((p) => ({ value: p.id, label: p.name })),
        ]}
        error={form.errors[id('partnershipId')]}
      />
      {editing ? (
        <SelectField
          id={id('status')}
          label={t('initiatives.status')}
          value={status}
          onValue={(v) => setStatus(v === 'ended' ? 'ended' : 'active')}
          options={[
            { value: 'active', label: t('initiatives.statusName.active') },
            { value: 'ended', label: t('initiatives.statusName.ended') },
          ]}
        />
      ) : null}
    </FormPanel>
  );
}
