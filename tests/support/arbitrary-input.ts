/**
 * Test-only arbitraries for the "never a 5xx" property tests of journal, attendance and goals.
 * (Belongs in tests/support/; kept here because that folder is shared.)
 */
import fc from 'fast-check';
import { expect } from 'vitest';

/** Text that has broken servers before: NUL (PostgreSQL refuses it), lone surrogates, too long. */
const badText = fc.constantFrom(
  '\u0000',
  'a\u0000b',
  'ok\u0000',
  'a\ud800',
  '\udc00z',
  'x'.repeat(20_001),
  '',
  ' ',
);

/** Odd strings in general, plus the valid words of the endpoint so enums are hit too. */
export const nastyString = (...valid: string[]) =>
  fc.oneof(
    fc.string({ unit: 'binary', maxLength: 30 }),
    badText,
    fc.constantFrom('2025-02-30', '9999-12-31', '0000-01-01', '__proto__', 'constructor', '-1', '1e309'),
    fc.constantFrom(...valid),
  );

/** Any JSON value built from those strings, numbers, booleans, null, arrays and objects. */
export const anyJson = (strings: fc.Arbitrary<string>): fc.Arbitrary<unknown> =>
  fc.letrec((tie) => ({
    value: fc.oneof(
      { depthSize: 'small' },
      strings,
      fc.integer(),
      fc.double(),
      fc.boolean(),
      fc.constant(null),
      fc.array(tie('value'), { maxLength: 3 }),
      fc.dictionary(strings, tie('value'), { maxKeys: 3 }),
    ),
  })).value;

type Path = string[];

function pathsOf(value: Record<string, unknown>, prefix: Path = []): Path[] {
  return Object.entries(value).flatMap(([key, v]) => {
    const path = [...prefix, key];
    const isObject = typeof v === 'object' && v !== null && !Array.isArray(v);
    return isObject ? [path, ...pathsOf(v as Record<string, unknown>, path)] : [path];
  });
}

function withEdit(body: Record<string, unknown>, path: Path, value: unknown) {
  let target = body;
  for (const key of path.slice(0, -1)) {
    const next = target[key];
    if (typeof next !== 'object' || next === null || Array.isArray(next)) return;
    target = next as Record<string, unknown>;
  }
  const last = path.at(-1);
  if (last === undefined) return;
  if (value === null) delete target[last];
  else target[last] = value;
}

/**
 * The valid body, or it with one or two fields (nested ones too) removed or replaced — mostly by
 * bad text, which reaches the database more often than a wrong type does — or an unknown field added.
 */
export const mutated = (valid: Record<string, unknown>, strings: fc.Arbitrary<string>) => {
  const edit = fc.tuple(
    fc.oneof(
      { weight: 5, arbitrary: fc.constantFrom(...pathsOf(valid)) },
      strings.map((k) => [k]),
    ),
    fc.option(fc.oneof({ weight: 3, arbitrary: badText }, strings, anyJson(strings)), { freq: 4 }),
  );
  return fc
    .oneof(fc.constant(valid), { weight: 6, arbitrary: fc.array(edit, { minLength: 1, maxLength: 2 }) })
    .map((edits) => {
      const body = structuredClone(valid);
      if (Array.isArray(edits)) for (const [path, value] of edits) withEdit(body, path, value);
      return body;
    });
};

/** A path segment; a lone surrogate goes out as malformed UTF-8, which the server must also survive. */
export function segment(s: string): string {
  try {
    return encodeURIComponent(s);
  } catch {
    return `%ED%A0%80${encodeURIComponent(s.replace(/\p{Surrogate}/gu, ''))}`;
  }
}

/** Counts answers by status class, so a run that never reached the database is noticed. */
export class Tally {
  ok = 0;
  refused = 0;

  /**
   * Below 500, and in our error shape. Two answers come from below the app and keep Fastify's own
   * shape until http.ts maps them (frameworkErrors / clientErrorHandler): a malformed %-escape in
   * the URL (FST_ERR_BAD_URL) and Node's 431 for a URL too long to parse.
   */
  check(res: { status: number; body: unknown }) {
    expect(res.status).toBeLessThan(500);
    if (res.status < 400) {
      this.ok += 1;
      return;
    }
    this.refused += 1;
    const body = res.body as { code?: unknown; error?: { code?: unknown } } | null;
    if (res.status === 431 || body?.code === 'FST_ERR_BAD_URL') return;
    expect(typeof body?.error?.code).toBe('string');
  }
}
