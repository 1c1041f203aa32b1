import { useQueryClient } from '@tanstack/react-query';
import { type RefObject, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormPanel, useFormSubmit } from '../app/formSubmit.tsx';
import { SelectField, TextArea } from '../app/forms.tsx';
import { announce } from '../app/live.ts';
import { matchingKey, recordDecision, type Suggestion } from './api.ts';

/** "Vælg": which suggestion the coordinator follows, and why (the server records its rank and score). */
export function DecisionForm({
  courseId,
  suggestion,
  headingRef,
  onDone,
}: {
  courseId: string;
  suggestion: Suggestion;
  headingRef: RefObject<HTMLHeadingElement | null>;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const prefix = `decide-${suggestion.companyId}`;
  const [reason, setReason] = useState('');
  const [openingId, setOpeningId] = useState('');
  const form = useFormSubmit({
    save: () =>
      recordDecision(courseId, {
        companyId: suggestion.companyId,
        openingId: openingId || null,
        reason: reason.trim(),
      }),
    onSaved: async () => {
      await queryClient.invalidateQueries({ queryKey: matchingKey(courseId) });
      announce(t('matching.decide.saved', { company: suggestion.companyName }));
      onDone();
    },
    fields: {
      'body.reason': { id: `${prefix}-reason`, label: t('matching.decide.reason') },
      'body.openingId': { id: `${prefix}-opening`, label: t('matching.decide.opening') },
    },
    validate: () => ({
      [`${prefix}-reason`]: reason.trim() ? undefined : t('matching.decide.reasonMissing'),
    }),
    values: { [`${prefix}-reason`]: reason },
  });
  return (
    <FormPanel
      form={form}
      headingId={`${prefix}-heading`}
      headingLevel={5}
      heading={t('matching.decide.title', { company: suggestion.companyName })}
      headingRef={headingRef}
      submitLabel={t('matching.decide.save')}
      onCancel={onDone}
    >
      {suggestion.openings.length > 0 ? (
        <SelectField
          id={`${prefix}-opening`}
          label={t('matching.decide.opening')}
          optional
          value={openingId}
          onValue={setOpeningId}
          error={form.errors[`${prefix}-opening`]}
          options={[
            { value: '', label: t('matching.decide.noOpening') },
            ...suggestion.openings.map((o) => ({ value: o.id, label: o.title })),
          ]}
        />
      ) : null}
      <TextArea
        id={`${prefix}-reason`}
        label={t('matching.decide.reason')}
        hint={t('matching.decide.reasonHint')}
        rows={3}
        required
        value={reason}
        onValue={setReason}
        error={form.errors[`${prefix}-reason`]}
      />
    </FormPanel>
  );
}
