import { useQueryClient } from '@tanstack/react-query';
import { type RefObject, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { todayIso } from '../app/format.ts';
import { FormPanel, useFormSubmit } from '../app/formSubmit.tsx';
import { DateField, SelectField, TextArea, TextField } from '../app/forms.tsx';
import { announce } from '../app/live.ts';
import {
  createEffort,
  type Effort,
  type EffortKind,
  type EffortPatch,
  effortKinds,
  effortsKey,
  type LegalBasis,
  legalBases,
  updateEffort,
} from './api.ts';

interface Props {
  courseId: string;
  /** Given to change an effort; without it the form adds one. */
  effort?: Effort;
  headingRef: RefObject<HTMLHeadingElement | null>;
  onDone: () => void;
}

/** Adds a parallel effort, or changes one as a new version (the server keeps the earlier ones). */
export function EffortForm({ courseId, effort, headingRef, onDone }: Props) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const prefix = effort ? `effort-${effort.id}` : 'effort-new';
  const [kind, setKind] = useState<EffortKind | ''>(effort?.kind ?? '');
  const [provider, setProvider] = useState(effort?.provider ?? '');
  const [contactName, setContactName] = useState(effort?.contact.name ?? '');
  const [phone, setPhone] = useState(effort?.contact.phone ?? '');
  const [email, setEmail] = useState(effort?.contact.email ?? '');
  const [startsOn, setStartsOn] = useState(effort?.startsOn ?? '');
  const [endsOn, setEndsOn] = useState(effort?.endsOn ?? '');
  const [legalBasis, setLegalBasis] = useState<LegalBasis | ''>(effort?.legalBasis ?? '');
  const [note, setNote] = useState(effort?.note ?? '');
  const [base, setBase] = useState(effort);

  const values = {
    kind: kind as EffortKind,
    provider: provider.trim(),
    contact: { name: contactName.trim(), phone: phone.trim(), email: email.trim() },
    startsOn,
    endsOn: endsOn || null,
    legalBasis: legalBasis as LegalBasis,
    note: note.trim(),
  };
  function changes(from: Effort): EffortPatch {
    const patch: EffortPatch = {};
    if (values.kind !== from.kind) patch.kind = values.kind;
    if (values.provider !== from.provider) patch.provider = values.provider;
    const contact = Object.fromEntries(
      Object.entries(values.contact).filter(([k, v]) => from.contact[k as keyof Effort['contact']] !== v),
    );
    if (Object.keys(contact).length) patch.contact = contact;
    if (values.startsOn !== from.startsOn) patch.startsOn = values.startsOn;
    if (values.endsOn !== from.endsOn) patch.endsOn = values.endsOn;
    if (values.legalBasis !== from.legalBasis) patch.legalBasis = values.legalBasis;
    if (values.note !== from.note) patch.note = values.note;
    return patch;
  }

  const form = useFormSubmit({
    save: () =>
      base ? updateEffort(courseId, base.id, changes(base), base.version) : createEffort(courseId, values),
    onStale: async (current) => {
      await queryClient.invalidateQueries({ queryKey: effortsKey(courseId) });
      const now = current as Effort | null;
      if (!now) return [t('form.removedMeanwhile')];
      setBase(now);
      return [t('efforts.changedMeanwhile', { provider: now.provider })];
    },
    onSaved: async () => {
      await queryClient.invalidateQueries({ queryKey: effortsKey(courseId) });
      announce(
        effort
          ? t('efforts.updated', { provider: values.provider })
          : t('efforts.added', { provider: values.provider }),
      );
      onDone();
    },
    fields: {
      'body.kind': { id: `${prefix}-kind`, label: t('efforts.kind') },
      'body.provider': { id: `${prefix}-provider`, label: t('efforts.provider') },
      'body.contact.name': { id: `${prefix}-contact-name`, label: t('efforts.contactName') },
      'body.contact.phone': { id: `${prefix}-phone`, label: t('efforts.phone') },
      'body.contact.email': { id: `${prefix}-email`, label: t('efforts.email') },
      'body.startsOn': { id: `${prefix}-starts`, label: t('efforts.startsOn') },
      'body.endsOn': { id: `${prefix}-ends`, label: t('efforts.endsOn') },
      'body.legalBasis': { id: `${prefix}-basis`, label: t('efforts.legalBasis') },
      'body.note': { id: `${prefix}-note`, label: t('efforts.note') },
    },
    validate: () => ({
      [`${prefix}-kind`]: kind ? undefined : t('efforts.kindMissing'),
      [`${prefix}-provider`]: provider.trim() ? undefined : t('efforts.providerMissing'),
      [`${prefix}-starts`]: startsOn ? undefined : t('form.dateMissing'),
      [`${prefix}-ends`]: endsOn && startsOn && endsOn < startsOn ? t('efforts.endBeforeStart') : undefined,
      [`${prefix}-basis`]: legalBasis ? undefined : t('efforts.legalBasisMissing'),
    }),
    holdBack: () => (base && Object.keys(changes(base)).length === 0 ? t('efforts.nothingChanged') : null),
  });
  const { errors } = form;

  return (
    <FormPanel
      form={form}
      headingId={`${prefix}-heading`}
      headingLevel={4}
      heading={effort ? t('efforts.editTitle', { provider: effort.provider }) : t('efforts.add')}
      headingRef={headingRef}
      submitLabel={effort ? t('efforts.save') : t('efforts.create')}
      onCancel={onDone}
    >
      <SelectField
        id={`${prefix}-kind`}
        label={t('efforts.kind')}
        value={kind}
        onValue={(v) => setKind(v as EffortKind)}
        error={errors[`${prefix}-kind`]}
        options={[
          { value: '', label: t('efforts.chooseKind') },
          ...effortKinds.map((k) => ({ value: k, label: t(`efforts.kinds.${k}`) })),
        ]}
      />
      <TextField
        id={`${prefix}-provider`}
        label={t('efforts.provider')}
        value={provider}
        onValue={setProvider}
        error={errors[`${prefix}-provider`]}
        required
      />
      <SelectField
        id={`${prefix}-basis`}
        label={t('efforts.legalBasis')}
        value={legalBasis}
        onValue={(v) => setLegalBasis(v as LegalBasis)}
        error={errors[`${prefix}-basis`]}
        options={[
          { value: '', label: t('efforts.chooseLegalBasis') },
          ...legalBases.map((b) => ({ value: b, label: t(`efforts.legalBases.${b}`) })),
        ]}
      />
      <DateField
        id={`${prefix}-starts`}
        label={t('efforts.startsOn')}
        value={startsOn}
        onValue={setStartsOn}
        error={errors[`${prefix}-starts`]}
        required
      />
      <DateField
        id={`${prefix}-ends`}
        label={t('efforts.endsOn')}
        optional
        value={endsOn}
        onValue={setEndsOn}
        error={errors[`${prefix}-ends`]}
      />
      <TextField
        id={`${prefix}-contact-name`}
        label={t('efforts.contactName')}
        optional
        autoComplete="off"
        value={contactName}
        onValue={setContactName}
        error={errors[`${prefix}-contact-name`]}
      />
      <TextField
        id={`${prefix}-phone`}
        label={t('efforts.phone')}
        optional
        type="tel"
        autoComplete="off"
        value={phone}
        onValue={setPhone}
        error={errors[`${prefix}-phone`]}
      />
      <TextField
        id={`${prefix}-email`}
        label={t('efforts.email')}
        optional
        type="email"
        autoComplete="off"
        value={email}
        onValue={setEmail}
        error={errors[`${prefix}-email`]}
      />
      <TextArea
        id={`${prefix}-note`}
        label={t('efforts.note')}
        optional
        rows={2}
        value={note}
        onValue={setNote}
        error={errors[`${prefix}-note`]}
      />
    </FormPanel>
  );
}

/** Ends a running effort on a day (today unless told otherwise); its history stays. */
export function EndEffortForm({ courseId, effort, headingRef, onDone }: Props & { effort: Effort }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const prefix = `end-${effort.id}`;
  const [endsOn, setEndsOn] = useState(todayIso() < effort.startsOn ? effort.startsOn : todayIso());
  const form = useFormSubmit({
    save: () => updateEffort(courseId, effort.id, { endsOn }, effort.version),
    onStale: async () => {
      await queryClient.invalidateQueries({ queryKey: effortsKey(courseId) });
      return [t('efforts.changedMeanwhile', { provider: effort.provider })];
    },
    onSaved: async () => {
      await queryClient.invalidateQueries({ queryKey: effortsKey(courseId) });
      announce(t('efforts.ended', { provider: effort.provider }));
      onDone();
    },
    fields: { 'body.endsOn': { id: `${prefix}-date`, label: t('efforts.endsOn') } },
    validate: () => ({
      [`${prefix}-date`]: !endsOn
        ? t('form.dateMissing')
        : endsOn < effort.startsOn
          ? t('efforts.endBeforeStart')
          : undefined,
    }),
  });
  return (
    <FormPanel
      form={form}
      headingId={`${prefix}-heading`}
      headingLevel={4}
      heading={t('efforts.endTitle', { provider: effort.provider })}
      headingRef={headingRef}
      submitLabel={t('efforts.end')}
      onCancel={onDone}
    >
      <DateField
        id={`${prefix}-date`}
        label={t('efforts.endsOn')}
        value={endsOn}
        onValue={setEndsOn}
        error={form.errors[`${prefix}-date`]}
        required
      />
    </FormPanel>
  );
}
