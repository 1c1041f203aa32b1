import { isValidIsoDate } from '../platform/dates.ts';
import { type Issues, kindOf, type Path } from './issues.ts';

/**
 * Checks for single values. Each adds at most one issue and returns the value when it is good,
 * undefined otherwise, so callers only go deeper into values that are what they claim to be.
 */

export type Json = Record<string, unknown>;

const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

/** An object with exactly these fields: unknown fields and missing required ones are issues. */
export function checkObject(
  value: unknown,
  path: Path,
  issues: Issues,
  fields: { required: readonly string[]; optional?: readonly string[] },
): Json | undefined {
  if (!isObject(value)) {
    issues.add(path, `expected an object, got ${kindOf(value)}`);
    return undefined;
  }
  const known = new Set([...fields.required, ...(fields.optional ?? [])]);
  for (const key of Object.keys(value)) if (!known.has(key)) issues.add([...path, key], 'unknown field');
  for (const key of fields.required)
    if (!Object.hasOwn(value, key)) issues.add([...path, key], 'is required');
  return value;
}

/** The value of a field that is present (missing ones were reported by checkObject). */
export const has = (object: Json, key: string) => Object.hasOwn(object, key);

export function checkArray(value: unknown, path: Path, issues: Issues): unknown[] | undefined {
  if (Array.isArray(value)) return value;
  issues.add(path, `expected an array, got ${kindOf(value)}`);
  return undefined;
}

// A lone UTF-16 surrogate survives JSON.parse but not PostgreSQL's UTF-8 text.
const loneSurrogate = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

export function checkString(
  value: unknown,
  path: Path,
  issues: Issues,
  max: number,
  { mayBeEmpty = false } = {},
): string | undefined {
  if (typeof value !== 'string') {
    issues.add(path, `expected a string, got ${kindOf(value)}`);
    return undefined;
  }
  // Lengths in characters (code points), as JSON Schema and PostgreSQL count them.
  const length = [...value].length;
  if (length === 0 && !mayBeEmpty) issues.add(path, 'must not be empty');
  else if (length > 0 && value.trim() === '' && !mayBeEmpty) issues.add(path, 'must not be blank');
  else if (length > max) issues.add(path, `is longer than ${max} characters`);
  else if (value.includes('\u0000')) issues.add(path, 'must not contain a NUL character');
  else if (loneSurrogate.test(value)) issues.add(path, 'contains an invalid character');
  else return value;
  return undefined;
}

/** The days PostgreSQL and our date arithmetic both handle without surprises. */
export const DATE_RANGE = { min: '1900-01-01', max: '2100-12-31' } as const;

export function checkDate(value: unknown, path: Path, issues: Issues): string | undefined {
  if (typeof value !== 'string') {
    issues.add(path, `expected a date YYYY-MM-DD, got ${kindOf(value)}`);
    return undefined;
  }
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) issues.add(path, 'expected a date YYYY-MM-DD');
  else if (!isValidIsoDate(value)) issues.add(path, `${value} is not a real calendar date`);
  else if (value < DATE_RANGE.min || value > DATE_RANGE.max)
    issues.add(path, `${value} is outside ${DATE_RANGE.min}..${DATE_RANGE.max}`);
  else return value;
  return undefined;
}

export function checkInteger(value: unknown, path: Path, issues: Issues, min: number, max: number) {
  if (typeof value !== 'number') {
    issues.add(path, `expected an integer, got ${kindOf(value)}`);
    return undefined;
  }
  if (!Number.isInteger(value)) issues.add(path, `${value} is not an integer`);
  else return checkRange(value, path, issues, min, max);
  return undefined;
}

export function checkNumber(value: unknown, path: Path, issues: Issues, min: number, max: number) {
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    issues.add(path, `expected a number, got ${kindOf(value)}`);
    return undefined;
  }
  return checkRange(value, path, issues, min, max);
}

function checkRange(value: number, path: Path, issues: Issues, min: number, max: number): number | undefined {
  if (value >= min && value <= max) return value;
  issues.add(path, `${value} is outside ${min}..${max}`);
  return undefined;
}

export function checkBoolean(value: unknown, path: Path, issues: Issues): boolean | undefined {
  if (typeof value === 'boolean') return value;
  issues.add(path, `expected true or false, got ${kindOf(value)}`);
  return undefined;
}

export function checkEnum<T extends string>(
  value: unknown,
  path: Path,
  issues: Issues,
  options: readonly T[],
): T | undefined {
  if (typeof value === 'string' && (options as readonly string[]).includes(value)) return value as T;
  issues.add(path, `expected one of ${options.join(', ')}`);
  return undefined;
}
