/**
 * Text PostgreSQL can store exactly as sent. A NUL character or a lone UTF-16 surrogate makes the
 * database refuse the row, so input containing one is refused at the boundary as bad input.
 */
export function isStorableText(value: string): boolean {
  return !value.includes('\u0000') && !/\p{Surrogate}/u.test(value);
}
