/**
 * What changed between two versions of the agreement's terms, field by field: the "Sammenlign"
 * view and GET /api/partnerships/:id/agreement/compare. Pure.
 *
 * Lists of rows (packages, development group, roles, meetings, outcome targets) are matched by
 * the row's name, not its place, so removing the first package shows one removed package rather
 * than every later package as changed. Lists of plain values (an outcome target's outcomes) are
 * one value.
 */

export type ChangeKind = 'changed' | 'added' | 'removed';

export interface TermsChange {
  /** Where, as the version it is in names it: `goals.intakeTarget`, `packages[1].monthlyPrice`. */
  path: string;
  kind: ChangeKind;
  /** The path in the older version (null when added) and in the newer (null when removed). */
  fromPath: string | null;
  toPath: string | null;
  before: unknown;
  after: unknown;
}

/** The field that names a row, in the order tried (a development-group member has both a name and a role). */
const identityFields = ['name', 'label', 'role', 'format'] as const;

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Row = { [key: string]: Json };

const isRow = (v: unknown): v is Row => typeof v === 'object' && v !== null && !Array.isArray(v);
const isPlain = (v: unknown) => v === null || typeof v !== 'object';

function equal(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) && Array.isArray(b))
    return a.length === b.length && a.every((item, i) => equal(item, b[i]));
  if (isRow(a) && isRow(b)) {
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    return [...keys].every((k) => equal(a[k], b[k]));
  }
  return false;
}

const join = (path: string, key: string) => (path ? `${path}.${key}` : key);

/** A row's identity: its naming field plus how many rows before it share that name. */
function identities(rows: readonly unknown[]): string[] {
  const seen = new Map<string, number>();
  return rows.map((row, index) => {
    const field = isRow(row) ? identityFields.find((f) => typeof row[f] === 'string') : undefined;
    if (!field || !isRow(row)) return `#${index}`;
    const name = `${field}:${row[field] as string}`;
    const n = seen.get(name) ?? 0;
    seen.set(name, n + 1);
    return `${name}#${n}`;
  });
}

function diffRows(
  a: readonly unknown[],
  b: readonly unknown[],
  fromBase: string,
  toBase: string,
  out: TermsChange[],
) {
  const fromIds = identities(a);
  const toIds = identities(b);
  const fromIndex = new Map(fromIds.map((id, i) => [id, i]));
  const matched = new Set<string>();
  toIds.forEach((id, j) => {
    const toPath = `${toBase}[${j}]`;
    const i = fromIndex.get(id);
    if (i === undefined) {
      out.push({ path: toPath, kind: 'added', fromPath: null, toPath, before: null, after: b[j] });
      return;
    }
    matched.add(id);
    diffAt(a[i], b[j], `${fromBase}[${i}]`, toPath, out);
  });
  fromIds.forEach((id, i) => {
    if (matched.has(id)) return;
    const fromPath = `${fromBase}[${i}]`;
    out.push({ path: fromPath, kind: 'removed', fromPath, toPath: null, before: a[i], after: null });
  });
}

function diffAt(a: unknown, b: unknown, fromPath: string, toPath: string, out: TermsChange[]) {
  if (isRow(a) && isRow(b)) {
    const keys = [...Object.keys(b), ...Object.keys(a).filter((k) => !(k in b))];
    for (const key of keys) diffAt(a[key], b[key], join(fromPath, key), join(toPath, key), out);
    return;
  }
  if (Array.isArray(a) && Array.isArray(b) && !(a.every(isPlain) && b.every(isPlain))) {
    diffRows(a, b, fromPath, toPath, out);
    return;
  }
  if (!equal(a, b))
    out.push({ path: toPath, kind: 'changed', fromPath, toPath, before: a ?? null, after: b ?? null });
}

/** Every change from `a` (the older version) to `b`, in the order of `b`'s fields; removed rows last in their list. */
export function diffTerms(a: unknown, b: unknown): TermsChange[] {
  const out: TermsChange[] = [];
  diffAt(a, b, '', '', out);
  return out;
}
