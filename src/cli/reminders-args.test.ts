import { describe, expect, it } from 'vitest';
import { today } from '../platform/dates.ts';
import { parseCommand, UsageError } from './args.ts';

describe('vivirk reminders', () => {
  it('runs as of the given day, or today', () => {
    expect(parseCommand(['reminders', '--as-of', '2026-03-20'])).toEqual({
      kind: 'reminders',
      asOf: '2026-03-20',
    });
    expect(parseCommand(['reminders'])).toEqual({ kind: 'reminders', asOf: today() });
  });

  it('refuses a day that does not exist and stray arguments', () => {
    expect(() => parseCommand(['reminders', '--as-of', '2026-02-30'])).toThrow(UsageError);
    expect(() => parseCommand(['reminders', 'now'])).toThrow('unexpected argument: now');
  });
});
