import type pg from 'pg';

/**
 * Named prepared statements for the real PostgreSQL server. Kysely sends each query as text with
 * parameters; planning the course page's statements cost PostgreSQL more than running them. Naming
 * a statement by its text lets every connection parse it once and, after PostgreSQL's first five
 * custom plans, reuse a generic plan when that is no dearer.
 *
 * Only statements with parameters are named (they are single statements by protocol); the name
 * table is bounded because `in (…)` lists of every length are different texts. A connection
 * dropped with the server takes its statements with it, and a new one prepares them again.
 */
export const MAX_NAMED_STATEMENTS = 2_000;

const names = new Map<string, string>();

/** The statement's name, or undefined once the table is full. */
export function statementName(text: string): string | undefined {
  let name = names.get(text);
  if (name === undefined && names.size < MAX_NAMED_STATEMENTS) {
    name = `v${names.size}`;
    names.set(text, name);
  }
  return name;
}

type Query = (text: unknown, values?: unknown, callback?: unknown) => unknown;

/** Makes the client's `query(text, values)` a named prepared statement; other calls pass through. */
export function prepareStatements(client: pg.ClientBase): void {
  const query = client.query.bind(client) as Query;
  const named: Query = (text, values, callback) => {
    if (typeof text === 'string' && Array.isArray(values) && values.length > 0) {
      const name = statementName(text);
      if (name) return query({ name, text, values }, callback);
    }
    return query(text, values, callback);
  };
  (client as unknown as { query: Query }).query = named;
}
