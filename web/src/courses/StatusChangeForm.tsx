import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { todayIso } from '../app/format.ts';
import {
  describeFailure,
  ErrorSummary,
  type Errors,
  FormAlert,
  RadioGroup,
  SelectField,
  SubmitButton,
  TextArea,
  TextField,
  toErrorList,
  useDisclosure,
} from '../app/forms.tsx';
import { announce } from '../app/live.ts';
import { type CourseStatus, changeStatus, courseStatuses, type OutcomeType, outcomeTypes } from './api.ts';

/** Pause, resume or end the course; an ended course needs its outcome. */
export function StatusChangeForm({ courseId, current }: { courseId: string; current: CourseStatus }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const { open, setOpen, triggerRef, headingRef } = useDisclosure();
  const [status, setStatus] = useState<CourseStatus>(current === 'active' ? 'paused' : 'active');
  const [effectiveDate, setEffectiveDate] = useState(todayIso());
  const [reason, setReason] = useState('');
  const [outcomeType, setOutcomeType] = useState<OutcomeType>('ordinaryJob');
  const [errors, setErrors] = useState<Errors>({});
  const [failure, setFailure] = useState<string | null>(null);

  const save = useMutation({
    mutationFn: () =>
      changeStatus(courseId, {
        status,
        effectiveDate,
        reason: reason.trim(),
        ...(status === 'ended' ? { outcome: { type: outcomeType, date: effectiveDate } } : {}),
      }),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: ['course', courseId] });
      await queryClient.invalidateQueries({ queryKey: ['caseload'] });
      setOpen(false);
      setReason('');
      announce(t('statusChange.saved', { status: t(`courseStatus.${status}`) }));
    },
    onError: (error) => {
      const result = describeFailure(error, t, {
        'body.effectiveDate': { id: 'status-date', label: t('statusChange.date') },
        'body.reason': { id: 'status-reason', label: t('statusChange.reason') },
        'body.outcome': { id: 'status-outcome', label: t('statusChange.outcome') },
      });
      setErrors(result.errors);
      setFailure(result.failure);
    },
  });

  function submit(event: FormEvent) {
    event.preventDefault();
    if (save.isPending) return;
    const found: Errors = { 'status-date': effectiveDate ? undefined : t('form.dateMissing') };
    setErrors(found);
    setFailure(null);
    if (!toErrorList(found).length) save.mutate();
  }

  if (!open) {
    return (
      <button
        ref={triggerRef}
        type="button"
        className="button button-secondary mt-4"
        onClick={() => setOpen(true)}
      >
        {t('statusChange.open')}
      </button>
    );
  }
  return (
    <form onSubmit={submit} noValidate className="app-form-panel" aria-labelledby="status-form-heading">
      <h4 id="status-form-heading" ref={headingRef} tabIndex={-1}>
        {t('statusChange.title')}
      </h4>
      <ErrorSummary errors={errors} />
      <FormAlert message={failure} />
      <RadioGroup
        id="status-new"
        legend={t('statusChange.newStatus')}
        value={status}
        onValue={(v) => setStatus(v as CourseStatus)}
        options={courseStatuses.map((s) => ({ value: s, label: t(`courseStatus.${s}`) }))}
      />
      <TextField
        id="status-date"
        type="date"
        label={t('statusChange.date')}
        value={effectiveDate}
        onValue={setEffectiveDate}
        error={errors['status-date']}
        className="app-input-date"
      />
      {status === 'ended' ? (
        <SelectField
          id="status-outcome"
          label={t('statusChange.outcome')}
          value={outcomeType}
          onValue={(v) => setOutcomeType(v as OutcomeType)}
          options={outcomeTypes.map((o) => ({ value: o, label: t(`outcome.${o}`) }))}
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
      <div className="app-actions">
        <SubmitButton busy={save.isPending}>{t('statusChange.submit')}</SubmitButton>
        <button type="button" className="button button-tertiary" onClick={() => setOpen(false)}>
          {t('form.cancel')}
        </button>
      </div>
    </form>
  );
}
