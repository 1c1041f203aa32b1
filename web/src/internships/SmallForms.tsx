import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { todayIso } from '../app/format.ts';
import { FormPanel, useFormSubmit } from '../app/formSubmit.tsx';
import { DateField, RadioGroup, TextArea } from '../app/forms.tsx';
import { announce } from '../app/live.ts';
import {
  addFollowUp,
  addObservation,
  type DailyContact,
  dailyContacts,
  endInternship,
  handOver,
  type Internship,
  internshipsKey,
} from './api.ts';

interface Props {
  courseId: string;
  internship: Internship;
}

/** A follow-up: when it was held, what came up, and when the next one is. */
export function FollowUpForm({ courseId, internship }: Props) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const prefix = `followup-${internship.id}`;
  const [heldOn, setHeldOn] = useState(todayIso());
  const [note, setNote] = useState('');
  const [nextOn, setNextOn] = useState('');
  const form = useFormSubmit({
    save: () => addFollowUp(courseId, internship.id, { heldOn, note: note.trim(), nextOn: nextOn || null }),
    onSaved: async (showSaved) => {
      await queryClient.invalidateQueries({ queryKey: internshipsKey(courseId) });
      setNote('');
      setNextOn('');
      showSaved(t('internships.followUps.added'));
    },
    fields: {
      'body.heldOn': { id: `${prefix}-held`, label: t('internships.followUps.heldOn') },
      'body.note': { id: `${prefix}-note`, label: t('internships.followUps.note') },
      'body.nextOn': { id: `${prefix}-next`, label: t('internships.followUps.nextOn') },
    },
    validate: () => ({
      [`${prefix}-held`]: heldOn ? undefined : t('form.dateMissing'),
      [`${prefix}-note`]: note.trim() ? undefined : t('internships.followUps.noteMissing'),
    }),
  });
  return (
    <FormPanel
      form={form}
      headingId={`${prefix}-heading`}
      headingLevel={4}
      heading={t('internships.followUps.add')}
      submitLabel={t('internships.followUps.add')}
    >
      <DateField
        id={`${prefix}-held`}
        label={t('internships.followUps.heldOn')}
        value={heldOn}
        onValue={setHeldOn}
        error={form.errors[`${prefix}-held`]}
        required
      />
      <TextArea
        id={`${prefix}-note`}
        label={t('internships.followUps.note')}
        rows={3}
        value={note}
        onValue={setNote}
        error={form.errors[`${prefix}-note`]}
        required
      />
      <DateField
        id={`${prefix}-next`}
        label={t('internships.followUps.nextOn')}
        optional
        value={nextOn}
        onValue={setNextOn}
        error={form.errors[`${prefix}-next`]}
      />
    </FormPanel>
  );
}

/** One dated step of the hand-over of daily contact. */
export function HandoverForm({ courseId, internship }: Props) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const prefix = `handover-${internship.id}`;
  const [dailyContact, setDailyContact] = useState<DailyContact>(
    internship.dailyContact === 'jobConsultant' ? 'shared' : 'companyMentor',
  );
  const [effectiveOn, setEffectiveOn] = useState(todayIso());
  const [note, setNote] = useState('');
  const form = useFormSubmit({
    save: () => handOver(courseId, internship.id, { dailyContact, effectiveOn, note: note.trim() }),
    onSaved: async (showSaved) => {
      await queryClient.invalidateQueries({ queryKey: internshipsKey(courseId) });
      setNote('');
      showSaved(t('internships.handover.added'));
    },
    fields: {
      'body.dailyContact': { id: `${prefix}-who`, label: t('internships.handover.dailyContact') },
      'body.effectiveOn': { id: `${prefix}-on`, label: t('internships.handover.effectiveOn') },
      'body.note': { id: `${prefix}-note`, label: t('internships.handover.note') },
    },
    validate: () => ({ [`${prefix}-on`]: effectiveOn ? undefined : t('form.dateMissing') }),
  });
  return (
    <FormPanel
      form={form}
      headingId={`${prefix}-heading`}
      headingLevel={4}
      heading={t('internships.handover.add')}
      submitLabel={t('internships.handover.add')}
    >
      <RadioGroup
        id={`${prefix}-who`}
        legend={t('internships.handover.dailyContact')}
        value={dailyContact}
        onValue={(v) => setDailyContact(v as DailyContact)}
        error={form.errors[`${prefix}-who`]}
        options={dailyContacts.map((d) => ({ value: d, label: t(`dailyContact.${d}`) }))}
      />
      <DateField
        id={`${prefix}-on`}
        label={t('internships.handover.effectiveOn')}
        value={effectiveOn}
        onValue={setEffectiveOn}
        error={form.errors[`${prefix}-on`]}
        required
      />
      <TextArea
        id={`${prefix}-note`}
        label={t('internships.handover.note')}
        optional
        rows={2}
        value={note}
        onValue={setNote}
        error={form.errors[`${prefix}-note`]}
      />
    </FormPanel>
  );
}

/** A short observation (at most 1000 characters): the company mentor's, or staff's. */
export function ObservationForm({
  courseId,
  internshipId,
  headingLevel = 4,
  onSaved,
}: {
  courseId: string;
  internshipId: string;
  headingLevel?: 3 | 4;
  onSaved?: () => Promise<void>;
}) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const prefix = `observation-${internshipId}`;
  const [text, setText] = useState('');
  const form = useFormSubmit({
    save: () => addObservation(courseId, internshipId, { text: text.trim() }),
    onSaved: async (showSaved) => {
      await queryClient.invalidateQueries({ queryKey: internshipsKey(courseId) });
      await onSaved?.();
      setText('');
      showSaved(t('internships.observations.added'));
    },
    fields: { 'body.text': { id: `${prefix}-text`, label: t('internships.observations.text') } },
    validate: () => ({
      [`${prefix}-text`]: !text.trim()
        ? t('internships.observations.textMissing')
        : text.trim().length > 1000
          ? t('internships.observations.tooLong')
          : undefined,
    }),
  });
  return (
    <FormPanel
      form={form}
      headingId={`${prefix}-heading`}
      headingLevel={headingLevel}
      heading={t('internships.page.observation')}
      submitLabel={t('internships.observations.add')}
    >
      <TextArea
        id={`${prefix}-text`}
        label={t('internships.observations.text')}
        hint={t('internships.observations.hint')}
        rows={3}
        value={text}
        onValue={setText}
        error={form.errors[`${prefix}-text`]}
        required
      />
    </FormPanel>
  );
}

/** Ends the internship on a day with its reason; nothing is deleted. */
export function EndForm({ courseId, internship }: Props) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const prefix = `end-${internship.id}`;
  const [endsOn, setEndsOn] = useState(todayIso());
  const [reason, setReason] = useState('');
  const form = useFormSubmit({
    save: () =>
      endInternship(courseId, internship.id, { endsOn, reason: reason.trim() }, internship.version ?? 0),
    onStale: async () => {
      await queryClient.invalidateQueries({ queryKey: internshipsKey(courseId) });
      return [t('internships.changedMeanwhile')];
    },
    onSaved: async () => {
      await queryClient.invalidateQueries({ queryKey: internshipsKey(courseId) });
      announce(t('internships.end.done'));
    },
    fields: {
      'body.endsOn': { id: `${prefix}-date`, label: t('internships.end.endsOn') },
      'body.reason': { id: `${prefix}-reason`, label: t('internships.end.reason') },
    },
    validate: () => ({
      [`${prefix}-date`]: endsOn ? undefined : t('form.dateMissing'),
      [`${prefix}-reason`]: reason.trim() ? undefined : t('internships.end.reasonMissing'),
    }),
  });
  return (
    <FormPanel
      form={form}
      headingId={`${prefix}-heading`}
      headingLevel={3}
      heading={t('internships.end.title')}
      submitLabel={t('internships.end.submit')}
    >
      <DateField
        id={`${prefix}-date`}
        label={t('internships.end.endsOn')}
        value={endsOn}
        onValue={setEndsOn}
        error={form.errors[`${prefix}-date`]}
        required
      />
      <TextArea
        id={`${prefix}-reason`}
        label={t('internships.end.reason')}
        rows={2}
        value={reason}
        onValue={setReason}
        error={form.errors[`${prefix}-reason`]}
        required
      />
    </FormPanel>
  );
}
