import { type ChangeEvent, type ReactNode, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from './api.ts';

/** Thin wrappers over the design system's form markup with labels, hints and linked errors. */

export interface FieldError {
  /** The id of the input the message belongs to; the summary links to it. */
  field: string;
  message: string;
}

export type Errors = Record<string, string | undefined>;

export function toErrorList(errors: Errors): FieldError[] {
  return Object.entries(errors).flatMap(([field, message]) => (message ? [{ field, message }] : []));
}

function focusField(id: string) {
  const element = document.getElementById(id);
  if (!element) return;
  element.scrollIntoView({ block: 'center' });
  element.focus();
}

/**
 * Listed above a form after a failed save; it takes focus, and each message links to its field.
 * Without `focusKey`, `errors` must be a new object on every failed submit (and only then); with
 * it, the summary takes focus when `focusKey` changes, so errors may go away as fields are fixed
 * without moving focus from the field being typed in.
 */
export function ErrorSummary({
  errors: found,
  title,
  focusKey,
}: {
  errors: Errors;
  title?: string;
  focusKey?: number;
}) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDivElement>(null);
  const errors = toErrorList(found);
  const latest = useRef(found);
  latest.current = found;
  const trigger = focusKey ?? found;
  // Each failed submit takes focus once.
  useEffect(() => {
    if (trigger && toErrorList(latest.current).length) ref.current?.focus();
  }, [trigger]);
  if (!errors.length) return null;
  return (
    <div ref={ref} tabIndex={-1} className="alert alert-error app-alert">
      <p className="alert-heading">{title ?? t('form.errorSummaryTitle')}</p>
      <ul className="alert-text">
        {errors.map((e) => (
          <li key={e.field + e.message}>
            <a
              href={`#${e.field}`}
              onClick={(event) => {
                event.preventDefault();
                focusField(e.field);
              }}
            >
              {e.message}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}

/** An error that belongs to no field: the request failed or was refused. */
export function FormAlert({ message, details = [] }: { message: string | null; details?: string[] }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (message) ref.current?.focus();
  }, [message]);
  if (!message) return null;
  return (
    <div ref={ref} tabIndex={-1} className="alert alert-error app-alert">
      <p className="alert-text">{message}</p>
      {details.length > 0 ? (
        <ul className="alert-text">
          {details.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}

interface FieldProps {
  id: string;
  label: string;
  hint?: string;
  error?: string;
  optional?: boolean;
}

interface ValueProps {
  value: string;
  onValue: (value: string) => void;
}

function describedBy(id: string, hint?: string, error?: string) {
  const ids = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean);
  return ids.length ? ids.join(' ') : undefined;
}

const groupClass = (error?: string) => (error ? 'form-group form-error' : 'form-group');

/** A field's hint and error message; the control names both in its aria-describedby. */
function FieldMessages({ id, hint, error }: { id: string; hint?: string; error?: string }) {
  const { t } = useTranslation();
  return (
    <>
      {hint ? (
        <span className="form-hint" id={`${id}-hint`}>
          {hint}
        </span>
      ) : null}
      {error ? (
        <span className="form-error-message" id={`${id}-error`}>
          <span className="sr-only">{t('form.errorPrefix')} </span>
          {error}
        </span>
      ) : null}
    </>
  );
}

function FieldFrame({ id, label, hint, error, optional, children }: FieldProps & { children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <div className={groupClass(error)}>
      <label className="form-label" htmlFor={id}>
        {label}
        {optional ? <span className="weight-normal"> {t('form.optional')}</span> : null}
      </label>
      <FieldMessages id={id} hint={hint} error={error} />
      {children}
    </div>
  );
}

/**
 * Splits a labelled field's props: the frame's (label, hint, error), the control's wiring (id,
 * name, value, and the hint and error it is described by), and the rest for the control itself.
 */
function fieldParts<P extends FieldProps & ValueProps>({
  id,
  label,
  hint,
  error,
  optional,
  value,
  onValue,
  ...rest
}: P) {
  return {
    frame: { id, label, hint, error, optional },
    control: {
      id,
      name: id,
      value,
      onChange: (e: ChangeEvent<{ value: string }>) => onValue(e.target.value),
      'aria-describedby': describedBy(id, hint, error),
      'aria-invalid': error ? true : undefined,
    },
    rest,
  };
}

type InputProps = FieldProps &
  ValueProps &
  Omit<React.InputHTMLAttributes<HTMLInputElement>, 'id' | 'onChange' | 'value'>;

export function TextField({ className, ...props }: InputProps) {
  const { frame, control, rest } = fieldParts(props);
  return (
    <FieldFrame {...frame}>
      <input {...control} className={className ? `form-input ${className}` : 'form-input'} {...rest} />
    </FieldFrame>
  );
}

/** A date picker, as wide as a date. */
export function DateField(props: Omit<InputProps, 'type' | 'className'>) {
  return <TextField type="date" className="app-input-date" {...props} />;
}

type TextAreaProps = FieldProps &
  ValueProps & {
    rows?: number;
    required?: boolean;
  };

export function TextArea({ rows = 4, ...props }: TextAreaProps) {
  const { frame, control, rest } = fieldParts(props);
  return (
    <FieldFrame {...frame}>
      <textarea {...control} className="form-input" rows={rows} {...rest} />
    </FieldFrame>
  );
}

export interface Option {
  value: string;
  label: string;
}

type SelectProps = FieldProps & ValueProps & { options: Option[] };

export function SelectField({ options, ...props }: SelectProps) {
  const { frame, control } = fieldParts(props);
  return (
    <FieldFrame {...frame}>
      <select {...control} className="form-select">
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </FieldFrame>
  );
}

type RadioGroupProps = ValueProps & {
  /** The first radio gets this id, so an error summary can link to the group. */
  id: string;
  legend: string;
  hint?: string;
  error?: string;
  options: Option[];
  inline?: boolean;
};

/** A radio group is a fieldset whose legend is the question. */
export function RadioGroup({ id, legend, hint, error, value, onValue, options, inline }: RadioGroupProps) {
  return (
    <div className={groupClass(error)}>
      <fieldset aria-describedby={describedBy(id, hint, error)}>
        <legend className="form-label">{legend}</legend>
        <FieldMessages id={id} hint={hint} error={error} />
        <div className={inline ? 'app-radio-row' : undefined}>
          {options.map((o, index) => {
            const optionId = index === 0 ? id : `${id}-${o.value}`;
            return (
              <div className="form-group-radio" key={o.value}>
                <input
                  type="radio"
                  className="form-radio"
                  id={optionId}
                  name={id}
                  value={o.value}
                  checked={value === o.value}
                  onChange={() => onValue(o.value)}
                />
                <label htmlFor={optionId}>{o.label}</label>
              </div>
            );
          })}
        </div>
      </fieldset>
    </div>
  );
}

/** Stays focusable while saving (a disabled button would drop keyboard focus); the form ignores repeats. */
type CheckboxGroupProps = {
  /** The first checkbox gets this id, so an error summary can link to the group. */
  id: string;
  legend: string;
  hint?: string;
  error?: string;
  options: Option[];
  values: readonly string[];
  onValues: (values: string[]) => void;
};

/** Several choices at once, in the order the options give (not the order they were ticked). */
export function CheckboxGroup({ id, legend, hint, error, options, values, onValues }: CheckboxGroupProps) {
  const toggle = (value: string, on: boolean) =>
    onValues(options.map((o) => o.value).filter((v) => (v === value ? on : values.includes(v))));
  return (
    <div className={groupClass(error)}>
      <fieldset aria-describedby={describedBy(id, hint, error)}>
        <legend className="form-label">{legend}</legend>
        <FieldMessages id={id} hint={hint} error={error} />
        {options.map((o, index) => {
          const optionId = index === 0 ? id : `${id}-${o.value}`;
          return (
            <div className="form-group-checkbox" key={o.value}>
              <input
                type="checkbox"
                className="form-checkbox"
                id={optionId}
                name={id}
                value={o.value}
                checked={values.includes(o.value)}
                onChange={(e) => toggle(o.value, e.currentTarget.checked)}
              />
              <label htmlFor={optionId}>{o.label}</label>
            </div>
          );
        })}
      </fieldset>
    </div>
  );
}

export function SubmitButton({ busy, children }: { busy: boolean; children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <button type="submit" className="button button-primary" aria-disabled={busy || undefined}>
      {busy ? t('form.saving') : children}
    </button>
  );
}

/**
 * Turns a failed save into words: a 400 naming a known field becomes that field's error; anything
 * else one message for the whole form.
 */
export function describeFailure(
  error: unknown,
  t: (
    key:
      | 'form.invalidField'
      | 'form.refused'
      | 'form.sessionExpired'
      | 'form.stale'
      | 'app.errorNetwork'
      | 'app.errorGeneric',
    options?: { label: string },
  ) => string,
  fields: Record<string, { id: string; label: string }> = {},
): { errors: Errors; failure: string | null } {
  if (error instanceof ApiError) {
    const field = error.field ? fields[error.field] : undefined;
    if (error.status === 400 && field) {
      return { errors: { [field.id]: t('form.invalidField', { label: field.label }) }, failure: null };
    }
    if (error.status === 404) return { errors: {}, failure: t('form.refused') };
    if (error.isStale) return { errors: {}, failure: t('form.stale') };
    if (error.status === 403 || error.status === 401)
      return { errors: {}, failure: t('form.sessionExpired') };
    if (error.status === 0) return { errors: {}, failure: t('app.errorNetwork') };
  }
  return { errors: {}, failure: t('app.errorGeneric') };
}

/**
 * A section that opens from a button: opening moves focus to the opened part's heading, closing
 * returns it to the button, so keyboard users never lose their place.
 */
export function useDisclosure(initial = false) {
  const [open, setOpen] = useState(initial);
  const triggerRef = useRef<HTMLButtonElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const before = useRef(initial);
  useEffect(() => {
    if (before.current && !open) triggerRef.current?.focus();
    if (!before.current && open) headingRef.current?.focus();
    before.current = open;
  }, [open]);
  return { open, setOpen, triggerRef, headingRef };
}
