import { useMutation } from '@tanstack/react-query';
import { type FormEvent, type ReactNode, type RefObject, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from './api.ts';
import {
  describeFailure,
  ErrorSummary,
  type Errors,
  FormAlert,
  SubmitButton,
  toErrorList,
} from './forms.tsx';
import { announce } from './live.ts';

interface FormSubmitOptions {
  /** Sends the form. It runs on submit, so it reads the state as it is then. */
  save: () => Promise<unknown>;
  /**
   * After a successful save. `showSaved` puts a message under the form and announces it; forms
   * that close on saving announce by themselves instead.
   */
  onSaved: (showSaved: (message: string) => void) => Promise<void> | void;
  /** The server's names for fields ('body.title') with the input and label each belongs to. */
  fields: Record<string, { id: string; label: string }>;
  /** Problems found before saving, by input id; while any remain, nothing is sent. */
  validate: () => Errors;
  /** Asked once the fields are valid: a reason to send nothing (nothing changed), shown above the form. */
  holdBack?: () => string | null;
  /**
   * Someone else changed it after the person opened it (412). Given what it is now, adopt it as
   * the new base (so saving again is a conscious choice) and say, line by line, what changed.
   * What the person typed stays in the form.
   */
  onStale?: (current: unknown) => string[] | Promise<string[]>;
}

export type FormSubmit = ReturnType<typeof useFormSubmit>;

/**
 * One form's save: checks the fields, sends once (repeated submits while saving are ignored), and
 * turns a failure into field errors for the summary or one message for the whole form.
 */
export function useFormSubmit({ save, onSaved, fields, validate, holdBack, onStale }: FormSubmitOptions) {
  const { t } = useTranslation();
  const [errors, setErrors] = useState<Errors>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [changedMeanwhile, setChangedMeanwhile] = useState<string[]>([]);
  const [saved, setSaved] = useState<string | null>(null);

  function showSaved(message: string) {
    setSaved(message);
    announce(message);
  }

  const mutation = useMutation({
    mutationFn: save,
    onSuccess: () => onSaved(showSaved),
    onError: async (error) => {
      if (error instanceof ApiError && error.isStale && onStale) {
        setErrors({});
        setChangedMeanwhile(await onStale(error.current));
        setFailure(t('form.stale'));
        return;
      }
      const result = describeFailure(error, t, fields);
      setErrors(result.errors);
      setFailure(result.failure);
    },
  });

  function submit(event: FormEvent) {
    event.preventDefault();
    if (mutation.isPending) return;
    const found = validate();
    const invalid = toErrorList(found).length > 0;
    const reason = invalid ? null : (holdBack?.() ?? null);
    setErrors(found);
    setFailure(reason);
    setChangedMeanwhile([]);
    setSaved(null);
    if (!invalid && !reason) mutation.mutate();
  }

  return { submit, errors, failure, changedMeanwhile, saved, busy: mutation.isPending };
}

interface FormPanelProps {
  form: FormSubmit;
  headingId: string;
  headingLevel: 3 | 4 | 5;
  heading: string;
  /** Given when the form opens on demand: its heading then takes focus. */
  headingRef?: RefObject<HTMLHeadingElement | null>;
  submitLabel: string;
  /** Given when the form can be closed unsaved: a cancel button beside the submit button. */
  onCancel?: () => void;
  children: ReactNode;
}

/**
 * A form in a panel, labelled by its heading: the last submit's problems above the fields, the
 * submit button (and cancel) below them, and the saved message under that.
 */
export function FormPanel({
  form,
  headingId,
  headingLevel,
  heading,
  headingRef,
  submitLabel,
  onCancel,
  children,
}: FormPanelProps) {
  const { t } = useTranslation();
  const Heading = `h${headingLevel}` as const;
  const submitButton = <SubmitButton busy={form.busy}>{submitLabel}</SubmitButton>;
  return (
    <form onSubmit={form.submit} noValidate className="app-form-panel" aria-labelledby={headingId}>
      <Heading id={headingId} ref={headingRef} tabIndex={headingRef ? -1 : undefined}>
        {heading}
      </Heading>
      <ErrorSummary errors={form.errors} />
      <FormAlert message={form.failure} details={form.changedMeanwhile} />
      {children}
      {onCancel ? (
        <div className="app-actions">
          {submitButton}
          <button type="button" className="button button-tertiary" onClick={onCancel}>
            {t('form.cancel')}
          </button>
        </div>
      ) : (
        submitButton
      )}
      {form.saved ? <p className="app-saved">{form.saved}</p> : null}
    </form>
  );
}
