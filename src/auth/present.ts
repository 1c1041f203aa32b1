import type { z } from 'zod';
import type { DataClass } from './data-classes.ts';
import { type FieldRule, type Reader, type View, type ViewName, views } from './view-policy.ts';

const viewOfSchema = new WeakMap<z.ZodType, ViewName>();

/** Names the view a response schema is presented through (src/auth/view-policy.ts). */
export function presentedAs<T extends z.ZodType>(view: ViewName, schema: T): T {
  viewOfSchema.set(schema, view);
  return schema;
}

export const viewOf = (schema: unknown): ViewName | undefined =>
  schema && typeof schema === 'object' ? viewOfSchema.get(schema as z.ZodType) : undefined;

/** Leaves out of `value` every field and row the reader may not receive. The only field filter there is. */
export function present<T>(view: ViewName, value: T, reader: Reader): T {
  return presentWith(views[view], value, reader, undefined, view) as T;
}

const MISSING = Symbol('left out');

function presentWith(
  view: View,
  value: unknown,
  reader: Reader,
  rowClass: DataClass | undefined,
  at: string,
): unknown {
  if (Array.isArray(value)) {
    return value
      .map((item) => presentWith(view, item, reader, rowClass, `${at}[]`))
      .filter((item) => item !== MISSING);
  }
  if (value === null || typeof value !== 'object') return value;
  const row = value as Record<string, unknown>;
  let cls = rowClass;
  if (view.row) {
    cls = view.row(row, reader);
    if (!reader.classes.has(cls)) return MISSING;
  }
  const out: Record<string, unknown> = {};
  for (const [key, field] of Object.entries(row)) {
    if (field === undefined) continue;
    const rule: FieldRule | undefined = view.fields[key] ?? view.fields['*'];
    if (!rule) throw new Error(`view policy: no rule for ${at}.${key}`);
    const shown = presentField(rule, field, reader, cls, `${at}.${key}`);
    if (shown !== MISSING) out[key] = shown;
  }
  return out;
}

function presentField(
  rule: FieldRule,
  value: unknown,
  reader: Reader,
  rowClass: DataClass | undefined,
  at: string,
): unknown {
  if (rule === 'row') {
    if (!rowClass) throw new Error(`view policy: ${at} is 'row' outside a row`);
    return value;
  }
  if (typeof rule === 'string') return reader.classes.has(rule) ? value : MISSING;
  if ('presented' in rule) return value;
  if ('view' in rule)
    return value === null ? null : presentWith(views[rule.view], value, reader, undefined, at);
  const nested = presentWith({ fields: rule.fields }, value, reader, rowClass, at);
  // An object none of whose fields remain says nothing: leave it out too.
  if (nested && typeof nested === 'object' && !Array.isArray(nested) && Object.keys(nested).length === 0)
    return MISSING;
  return nested;
}
