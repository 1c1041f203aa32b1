import { useQueryClient } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormPanel, useFormSubmit } from '../app/formSubmit.tsx';
import { type Errors, TextArea } from '../app/forms.tsx';
import { type Agreement, agreementKey, saveAgreement } from './api.ts';
import { draftErrors, fieldId, fromDraft, type TermsDraft, termPaths, toDraft } from './draft.ts';
import { inputLabel } from './fieldLabels.ts';
import { MeetingsFields, MembersFields, PackagesFields, RolesFields } from './ListSections.tsx';
import { DocumentationFields, GoalsFields, PartiesFields, PeriodFields } from './ScalarSections.tsx';

interface Props {
  partnershipId: string;
  agreement: Agreement;
  onSaved: (version: number) => void;
  onCancel: () => void;
  headingRef: React.RefObject<HTMLHeadingElement | null>;
}

/**
 * A new version of the agreement, for the parties' leaders: every section of the template, lists
 * with rows to add and remove, shares as whole percent. Saved on top of the version opened.
 */
export function AgreementForm({ partnershipId, agreement, onSaved, onCancel, headingRef }: Props) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [draft, setDraft] = useState<TermsDraft>(() => toDraft(agreement.terms));
  const [changeNote, setChangeNote] = useState('');
  const [basedOn, setBasedOn] = useState(agreement.version ?? 0);
  const saved = useRef(0);

  const fields: Record<string, { id: string; label: string }> = {
    'body.changeNote': { id: 'agreement-changeNote', label: t('agreement.edit.changeNote') },
  };
  for (const path of termPaths(draft))
    fields[`body.terms.${path}`] = { id: fieldId(path), label: inputLabel(t, path) };

  const form = useFormSubmit({
    save: async () => {
      const result = await saveAgreement(
        partnershipId,
        { terms: fromDraft(draft), changeNote: changeNote.trim() },
        basedOn,
      );
      saved.current = result.version ?? 0;
      queryClient.setQueryData(agreementKey(partnershipId), result);
      return result;
    },
    onSaved: async () => {
      await queryClient.invalidateQueries({ queryKey: agreementKey(partnershipId) });
      onSaved(saved.current);
    },
    onStale: (current) => {
      const now = current as Agreement | undefined;
      if (!now?.version) return [];
      // Saving again is a conscious choice over the other leader's version.
      setBasedOn(now.version);
      return [t('agreement.edit.changedMeanwhile', { version: now.version })];
    },
    fields,
    values: { draft, changeNote },
    validate: () => {
      const errors: Errors = {};
      for (const [path, problem] of Object.entries(draftErrors(draft)))
        errors[fieldId(path)] = t(`agreement.edit.problems.${problem}`, { label: inputLabel(t, path) });
      return errors;
    },
  });

  const sections = { draft, onDraft: setDraft, errors: form.errors };
  return (
    <FormPanel
      form={form}
      headingId="agreement-form"
      headingLevel={3}
      heading={t('agreement.edit.heading')}
      headingRef={headingRef}
      submitLabel={t('agreement.edit.save')}
      onCancel={onCancel}
    >
      <p>{t('agreement.edit.intro')}</p>
      <PartiesFields {...sections} />
      <MembersFields {...sections} />
      <GoalsFields {...sections} />
      <RolesFields {...sections} />
      <MeetingsFields {...sections} />
      <DocumentationFields {...sections} />
      <PackagesFields {...sections} />
      <PeriodFields {...sections} />
      <TextArea
        id="agreement-changeNote"
        label={t('agreement.edit.changeNote')}
        value={changeNote}
        onValue={setChangeNote}
        error={form.errors['agreement-changeNote']}
        rows={2}
      />
    </FormPanel>
  );
}
