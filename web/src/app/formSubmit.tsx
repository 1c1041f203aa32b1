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
   * The fields' current values by input id. The server's error for a field is shown until that
   * field's value changes; without values, until the next submit.
   */
  values?: Record<string, unknown>;
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
 *
 * A field's error stays only while the field is wrong: one found before saving is checked again on
 * every change (and goes as soon as the field is right); one from the server goes when the field
 * changes. Fields that were right at the last submit are not checked until the next one.
 */
export function useFormSubmit({
  save,
  onSaved,
  fields,
  validate,
  holdBack,
  values,
  onStale,
}: FormSubmitOptions) {
  const { t } = useTranslation();
  const [checked, setChecked] = useState<Errors>({});
  const [refused, setRefused] = useState<{ errors: Errors; values: Record<string, unknown> }>({
    errors: {},
    values: {},
  });
  /** Counts submits that found problems: the error summary takes focus once for each. */
  const [attempt, setAttempt] = useState(0);
  const [failure, setFailure] = useState<string | null>(null);
  const [changedMeanwhile, setChangedMeanwhile] = useState<string[]>([]);
  const [saved, setSaved] = useState<string | null>(null);

  const errors = currentErrors(checked, refused, validate, values);

  function showSaved(message: string) {
    setSaved(message);
    announce(message);
  }

  const mutation = useMutation({
    mutationFn: save,
    onSuccess: () => onSaved(showSaved),
    onError: async (error) => {
      if (error instanceof ApiError && error.isStale && onStale) {
        setRefused({ errors: {}, values: {} });
        setChangedMeanwhile(await onStale(error.current));
        setFailure(t('form.stale'));
        return;
      }
      const result = describeFailure(error, t, fields);
      setRefused({ errors: result.errors, values: { ...values } });
      if (toErrorList(result.errors).length) setAttempt((n) => n + 1);
      setFailure(result.failure);
    },
  });

  function submit(event: FormEvent) {
    event.preventDefault();
    if (mutation.isPending) return;
    const found = validate();
    const invalid = toErrorList(found).length > 0;
    const reason = invalid ? null : (holdBack?.() ?? null);
    setChecked(found);
    setRefused({ errors: {}, values: {} });
    if (invalid) setAttempt((n) => n + 1);
    setFailure(reason);
    setChangedMeanwhile([]);
    setSaved(null);
    if (!invalid && !reason) mutation.mutate();
  }

  return { submit, errors, attempt, failure, changedMeanwhile, saved, busy: mutation.isPending };
}

/** The errors to show now: see useFormSubmit. */
function currentErrors(
  checked: Errors,
  refused: { errors: Errors; values: Record<string, unknown> },
  validate: () => Errors,
  values: Record<string, unknown> | undefined,
): Errors {
  const current: Errors = {};
  for (const [id, message] of Object.entries(refused.errors)) {
    if (message && (!values || Object.is(values[id], refused.values[id]))) current[id] = message;
  }
  const ids = Object.keys(checked).filter((id) => checked[id]);
  if (ids.length) {
    const now = validate();
    for (const id of ids) if (now[id]) current[id] = now[id];
  }
  return current;
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
      <ErrorSummary errors={form.errors} focusKey={form.attempt} />
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
