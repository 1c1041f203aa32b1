import { describe, expect, it } from 'vitest';
import { parseJsonBytes, parseJsonText } from './parse.ts';

const message = (text: string) => {
  const parsed = parseJsonText(text);
  return parsed.ok ? null : parsed.message;
};

describe('parseJsonText', () => {
  it('reads JSON, also with a byte-order mark in front', () => {
    expect(parseJsonText('\uFEFF{"a": 1}')).toEqual({ ok: true, value: { a: 1 } });
  });

  it('calls a file cut off in the middle truncated', () => {
    const full = JSON.stringify({ participants: [{ ref: 'A1', givenName: 'Sara' }] }, null, 2);
    for (const cut of [10, 30, full.length - 1]) {
      expect(message(full.slice(0, cut))).toBe('not valid JSON: the file ends too early (is it truncated?)');
    }
  });

  it('gives the line and column of a syntax error', () => {
    // V8's own wording varies between versions; the place is ours.
    expect(message('{\n  "a": 1,\n  "b" 2\n}')).toMatch(/^not valid JSON at line 3, column 7: \S/);
  });

  it('never repeats the file content in the message', () => {
    const text = '{\n "givenName": Sara\n}';
    const msg = message(text);
    expect(msg).toMatch(/^not valid JSON/);
    expect(msg).not.toContain('givenName');
  });

  it('refuses an empty file and bytes that are not UTF-8', () => {
    expect(message('  \n')).toBe('the file is empty');
    expect(parseJsonBytes(new Uint8Array([0x7b, 0xff, 0x7d]))).toEqual({
      ok: false,
      message: 'not valid UTF-8 text',
    });
  });
});
