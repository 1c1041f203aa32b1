import { describe, expect, it } from 'vitest';
import da from './da.json';
import en from './en.json';

function keys(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  return Object.entries(value).flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k));
}

function placeholders(text: unknown): string[] {
  return typeof text === 'string' ? [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1] ?? '').sort() : [];
}

function lookup(tree: unknown, key: string): unknown {
  return key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown>)?.[part], tree);
}

describe('UI strings', () => {
  it('English has exactly the Danish keys', () => {
    expect(keys(en).sort()).toEqual(keys(da).sort());
  });

  it('every translation uses the same placeholders as the Danish', () => {
    for (const key of keys(da))
      expect(placeholders(lookup(en, key)), key).toEqual(placeholders(lookup(da, key)));
  });
});
