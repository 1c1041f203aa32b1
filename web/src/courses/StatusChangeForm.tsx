import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { todayIso } from '../app/format.ts';
import { FormPanel, useFormSubmit } from '../app/formSubmit.tsx';
import { DateField, RadioGroup, SelectField, TextArea, useDisclosure } from '../app/forms.tsx';
import { announce } from '../app/live.ts';
import { type CourseStatus, changeStatus, courseStatuses, type OutcomeType, outcomeTypes } from './api.ts';

/** Pause, resume or end the course; an ended course needs its outcome, which the person chooses. */
export function StatusChangeForm({
  courseId,
  current,
  version,
  openLabel,
  proposedStatus,
  outcomeHint,
}: {
  courseId: string;
  current: CourseStatus;
  /** The course's version as shown: a change made meanwhile by someone else is not overwritten. */
  version: number;
  /** The button's words where the form is offered for one purpose ("Afslut forløbet"). */
  openLabel?: string;
  /** The status the form opens with; the outcome is never preselected, whatever is proposed. */
  proposedStatus?: CourseStatus;
  /** A suggestion shown as text under the outcome (e.g. the job agreement's type), never chosen for them. */
  outcomeHint?: string;
}) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const { open, setOpen, triggerRef, headingRef } = useDisclosure();
  const [status, setStatus] = useState<CourseStatus>(
    proposedStatus && proposedStatus !== current
      ? proposedStatus
      : current === 'active'
        ? 'paused'
        : 'active',
  );
  const [effectiveDate, setEffectiveDate] = useState(todayIso());
  const [reason, setReason] = useState('');
  // Nothing is chosen for them: how a course ended is a fact to pick, not a default to overlook.
  const [outcomeType, setOutcomeType] = useState<OutcomeType | ''>('');

  const form = useFormSubmit({
    save: () =>
      changeStatus(
        courseId,
        {
          status,
          effectiveDate,
          reason: reason.trim(),
          ...(status === 'ended' && outcomeType
            ? { outcome: { type: outcomeType, date: effectiveDate } }
            : {}),
        },
        version,
      ),
    onStale: async (now) => {
      await queryClient.invalidateQueries({ queryKey: ['course', courseId] });
      const course = now as { status?: CourseStatus } | null;
      return course?.status
        ? [t('statusChange.nowStatus', { status: t(`courseStatus.${course.status}`) })]
        : [];
    },
    onSaved: async () => {
      await queryClient.invalidateQueries({ queryKey: ['course', courseId] });
      await queryClient.invalidateQueries({ queryKey: ['caseload'] });
      setOpen(false);
      setReason('');
      setOutcomeType('');
      announce(t('statusChange.saved', { status: t(`courseStatus.${status}`) }));
    },
    fields: {
      'body.effectiveDate': { id: 'status-date', label: t('statusChange.date') },
      'body.reason': { id: 'status-reason', label: t('statusChange.reason') },
      'body.outcome': { id: 'status-outcome', label: t('statusChange.outcome') },
    },
    validate: () => ({
      'status-date': effectiveDate ? undefined : t('form.dateMissing'),
      'status-outcome': status === 'ended' && !outcomeType ? t('statusChange.outcomeMissing') : undefined,
    }),
    values: { 'status-date': effectiveDate, 'status-outcome': outcomeType, 'status-reason': reason },
  });
  const { errors } = form;

  if (!open) {
    return (
      <button
        ref={triggerRef}
        type="button"
        className="button button-secondary mt-4"
        onClick={() => setOpen(true)}
      >
        {openLabel ?? t('statusChange.open')}
      </button>
    );
  }
  return (
    <FormPanel
      form={form}
      headingId="status-form-heading"
      headingLevel={4}
      heading={t('statusChange.title')}
      headingRef={headingRef}
      submitLabel={t('statusChange.submit')}
      onCancel={() => setOpen(false)}
    >
      <RadioGroup
        id="status-new"
        legend={t('statusChange.newStatus')}
        value={status}
        onValue={(v) => setStatus(v as CourseStatus)}
        options={courseStatuses.map((s) => ({ value: s, label: t(`courseStatus.${s}`) }))}
      />
      <DateField
        id="status-date"
        label={t('statusChange.date')}
        value={effectiveDate}
        onValue={setEffectiveDate}
        error={errors['status-date']}
      />
      {status === 'ended' ? (
        <SelectField
          id="status-outcome"
          label={t('statusChange.outcome')}
          value={outcomeType}
          hint={outcomeHint}
          onValue={(v) => setOutcomeType(v as OutcomeType)}
          options={[
            { value: '', label: t('statusChange.outcomeChoose') },
            ...outcomeTypes.map((o) => ({ value: o, label: t(`outcome.${o}`) })),
          ]}
          error={errors['status-outcome']}
        />
      ) : null}
      <TextArea
        id="status-reason"
        label={t('statusChange.reason')}
        optional
        value={reason}
        onValue={setReason}
        rows={3}
        error={errors['status-reason']}
      />
    </FormPanel>
  );
}
