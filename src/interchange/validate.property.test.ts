import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import smallPartnership from '../../tests/fixtures/interchange/small-partnership.json' with { type: 'json' };
import { issueLine } from './issues.ts';
import { parseJsonText } from './parse.ts';
import { validateInterchange } from './validate.ts';

/** Every issue names a place and says something; the whole result survives a JSON round trip. */
function expectWellFormed(value: unknown) {
  const result = validateInterchange(value);
  if (result.ok) return result;
  expect(result.issues.length).toBeGreaterThan(0);
  expect(result.total).toBeGreaterThanOrEqual(result.issues.length);
  for (const issue of result.issues) {
    expect(issue.path.length).toBeGreaterThan(0);
    expect(issue.message.length).toBeGreaterThan(0);
    expect(issueLine(issue)).toMatch(/^\S.*: \S/);
    expect(issueLine(issue)).not.toContain('\n');
  }
  return result;
}

/** A step into the document: which key or index to follow, chosen by a fraction. */
type Mutation = { steps: number[]; action: 'replace' | 'delete' | 'add'; value: unknown; key: string };

function mutate(doc: unknown, m: Mutation): unknown {
  const copy = structuredClone(doc) as Record<string, unknown>;
  let node: unknown = copy;
  for (const [depth, step] of m.steps.entries()) {
    if (typeof node !== 'object' || node === null) break;
    const keys = Object.keys(node);
    if (keys.length === 0) break;
    const key = keys[Math.floor(step * keys.length) % keys.length] as string;
    const child = (node as Record<string, unknown>)[key];
    const last = depth === m.steps.length - 1 || typeof child !== 'object' || child === null;
    if (last) {
      const target = node as Record<string, unknown>;
      if (m.action === 'replace') target[key] = m.value;
      else if (m.action === 'delete' && !Array.isArray(target)) delete target[key];
      else if (!Array.isArray(target)) target[m.key] = m.value;
      return copy;
    }
    node = child;
  }
  return copy;
}

const mutation = fc.record({
  steps: fc.array(fc.double({ min: 0, max: 0.999, noNaN: true }), { minLength: 1, maxLength: 6 }),
  action: fc.constantFrom('replace' as const, 'delete' as const, 'add' as const),
  value: fc.jsonValue(),
  key: fc.string(),
});

describe('validateInterchange on anything', () => {
  it('never throws on arbitrary JSON values, and every issue has a path', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        expect(expectWellFormed(value).ok).toBe(false);
      }),
      { numRuns: 500 },
    );
  });

  it('never throws on mutations of a valid document, and every issue has a path', () => {
    fc.assert(
      fc.property(fc.array(mutation, { minLength: 1, maxLength: 4 }), (mutations) => {
        const doc = mutations.reduce<unknown>((d, m) => mutate(d, m), smallPartnership);
        expectWellFormed(doc);
      }),
      { numRuns: 1000 },
    );
  });

  it('refuses any mutation that puts a score outside 1..5, naming that score', () => {
    fc.assert(
      fc.property(
        fc.nat({ max: 4 }),
        fc.constantFrom('motivation', 'workIdentity', 'clarification', 'knowledge'),
        fc.oneof(fc.integer({ max: 0 }), fc.integer({ min: 6 })),
        (i, dimension, score) => {
          const doc = structuredClone(smallPartnership) as any;
          doc.participants[i].measurements[0].scores[dimension] = score;
          const result = validateInterchange(doc);
          expect(result.ok).toBe(false);
          if (!result.ok)
            expect(result.issues.map(issueLine)).toEqual([
              `participants[${i}].measurements[0].scores.${dimension}: ${score} is outside 1..5`,
            ]);
        },
      ),
    );
  });

  it('parses arbitrary text without throwing: a value or one message', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.json()), (text) => {
        const parsed = parseJsonText(text);
        if (!parsed.ok) expect(parsed.message).toMatch(/empty|JSON/);
      }),
      { numRuns: 500 },
    );
  });
});
