import { describe, expect, it } from 'vitest';
import { parseCommand, UsageError } from './args.ts';

describe('parseCommand', () => {
  it('reads import and report', () => {
    expect(parseCommand(['import', 'x.json'])).toEqual({ kind: 'import', file: 'x.json' });
    expect(parseCommand(['report', '--partnership', 'Randers', '--as-of', '2019-06-30', '--json'])).toEqual({
      kind: 'report',
      partnership: 'Randers',
      asOf: '2019-06-30',
      json: true,
    });
    expect(parseCommand(['report', '--as-of=2019-06-30', '--partnership=Randers Kommune'])).toMatchObject({
      partnership: 'Randers Kommune',
      json: false,
    });
  });

  it.each([
    [[], 'no command given'],
    [['--help'], null],
    [['export'], 'unknown command: export'],
    [['import'], 'import needs a FILE'],
    [['import', 'a', 'b'], 'import takes one FILE'],
    [['report', '--as-of', '2019-06-30'], 'report needs --partnership NAME'],
    [['report', '--partnership', 'X'], 'report needs --as-of YYYY-MM-DD'],
    [
      ['report', '--partnership', 'X', '--as-of', '2019-02-30'],
      '--as-of: 2019-02-30 is not a date YYYY-MM-DD',
    ],
    [['report', '--partnership', 'X', '--as-of', '2019-06-30', '--csv'], "Unknown option '--csv'"],
  ])('refuses %j as a usage error', (argv, message) => {
    if (message === null) {
      expect(parseCommand(argv)).toEqual({ kind: 'help' });
      return;
    }
    expect(() => parseCommand(argv)).toThrow(UsageError);
    expect(() => parseCommand(argv)).toThrow(message);
  });
});
