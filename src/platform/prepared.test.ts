import { expect, it } from 'vitest';
import { MAX_NAMED_STATEMENTS, statementName } from './prepared.ts';

it('names a statement by its text, the same text alike, and stops naming when the table is full', () => {
  const first = statementName('select $1');
  expect(first).toBeDefined();
  expect(statementName('select $1')).toBe(first);
  expect(statementName('select $1, $2')).not.toBe(first);
  for (let i = 0; i < MAX_NAMED_STATEMENTS; i++) statementName(`select ${i} where x = $1`);
  expect(statementName('select $1 -- one more')).toBeUndefined();
  // Texts named before stay named.
  expect(statementName('select $1')).toBe(first);
});
