import type { TFunction } from 'i18next';
import type { ReactNode } from 'react';
import type { Errors } from '../app/forms.tsx';
import { fieldId, type TermsDraft } from './draft.ts';
import { inputLabel } from './fieldLabels.ts';

/** What each section of the agreement form is given: the draft, how to change it, the errors. */
export interface SectionProps {
  draft: TermsDraft;
  onDraft: (draft: TermsDraft) => void;
  errors: Errors;
}

/** The id, label and error of the input for one field of the terms. */
export const fieldProps = (t: TFunction, errors: Errors, path: string, label?: string) => {
  const id = fieldId(path);
  return { id, label: label ?? inputLabel(t, path), error: errors[id] };
};

/** One section of the form, in the template's order, as a fieldset named by the section's title. */
export function FormSection({ title, children }: { title: string; children: ReactNode }) {
  return (
    <fieldset className="app-agreement-fieldset">
      <legend className="h3">{title}</legend>
      {children}
    </fieldset>
  );
}
