import { z } from 'zod';
import { isStorableText } from '../platform/text.ts';

/**
 * An instrument's definition as data (DOMAIN.md "Measurement"): dimensions with an easy-read
 * Danish (and English) label and question, an integer scale, and a label for every step. Pure:
 * the web app imports it to read definitions and to check a new instrument before sending it.
 */
const words = (max: number) =>
  z.strictObject({
    da: z.string().trim().min(1, 'must not be empty').max(max).refine(isStorableText, 'not storable'),
    en: z.string().trim().min(1, 'must not be empty').max(max).refine(isStorableText, 'not storable'),
  });
export type Words = z.infer<ReturnType<typeof words>>;

export const MAX_DIMENSIONS = 12;
export const MAX_STEPS = 11;

export const dimensionKey = z
  .string()
  .regex(/^[a-z][A-Za-z0-9]{0,39}$/, 'a key is a letter, then letters or digits (camelCase)');

export const instrumentDefinition = z
  .strictObject({
    name: words(120),
    dimensions: z
      .array(z.strictObject({ key: dimensionKey, label: words(80), question: words(300) }))
      .min(1, 'at least one dimension')
      .max(MAX_DIMENSIONS),
    scale: z.strictObject({ min: z.number().int().min(0).max(10), max: z.number().int().min(1).max(20) }),
    steps: z.record(z.string(), words(60)),
  })
  .superRefine((d, ctx) => {
    const keys = d.dimensions.map((x) => x.key);
    keys.forEach((key, i) => {
      if (keys.indexOf(key) !== i)
        ctx.addIssue({ code: 'custom', path: ['dimensions', i, 'key'], message: `"${key}" appears twice` });
    });
    if (d.scale.max <= d.scale.min) {
      ctx.addIssue({ code: 'custom', path: ['scale', 'max'], message: 'must be above scale.min' });
      return;
    }
    if (d.scale.max - d.scale.min + 1 > MAX_STEPS)
      ctx.addIssue({ code: 'custom', path: ['scale', 'max'], message: `at most ${MAX_STEPS} steps` });
    // Every step has a label, and nothing but the steps has one: the young person reads each.
    for (const step of scaleSteps(d.scale))
      if (!d.steps[String(step)])
        ctx.addIssue({ code: 'custom', path: ['steps', String(step)], message: 'every step needs a label' });
    for (const key of Object.keys(d.steps)) {
      const n = Number(key);
      if (!Number.isInteger(n) || n < d.scale.min || n > d.scale.max)
        ctx.addIssue({ code: 'custom', path: ['steps', key], message: 'not a step of the scale' });
    }
  });
export type InstrumentDefinition = z.infer<typeof instrumentDefinition>;

export function scaleSteps(scale: { min: number; max: number }): number[] {
  const steps: number[] = [];
  for (let s = scale.min; s <= scale.max; s++) steps.push(s);
  return steps;
}

/** Version 1 of the default form (migration 001): dimension keys only, labels per language. */
const legacyDefinition = z.object({
  dimensions: z.array(z.string()),
  scale: z.object({ min: z.number().int(), max: z.number().int() }),
  labels: z.object({ da: z.record(z.string(), z.string()), en: z.record(z.string(), z.string()) }),
});

/**
 * Any stored definition in today's shape, so a measurement on an old version stays readable. A
 * version-1 definition had no dimension labels: the key stands in for them.
 */
export function readDefinition(stored: unknown, key: string): InstrumentDefinition {
  const current = instrumentDefinition.safeParse(stored);
  if (current.success) return current.data;
  const legacy = legacyDefinition.safeParse(stored);
  if (!legacy.success) throw new Error(`instrument ${key}: unreadable definition`);
  const { dimensions, scale, labels } = legacy.data;
  return {
    name: { da: key, en: key },
    dimensions: dimensions.map((k) => ({ key: k, label: { da: k, en: k }, question: { da: k, en: k } })),
    scale,
    steps: Object.fromEntries(
      scaleSteps(scale).map((s) => [
        String(s),
        { da: labels.da[String(s)] ?? String(s), en: labels.en[String(s)] ?? String(s) },
      ]),
    ),
  };
}
