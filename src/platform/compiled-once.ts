import { type Compilable, CompiledQuery, type Kysely, type RootOperationNode } from 'kysely';

/**
 * A query whose text never changes, built and compiled once per database: Kysely builds and
 * compiles a query tree on every call, which for the session lookup (every request) cost more app
 * CPU than parsing its answer. Later calls only put their values into the compiled parameters.
 *
 * `build` receives a placeholder for each of `names`; each must reach the statement as a parameter
 * unchanged (not inlined, not derived), and the query's shape must not depend on the values.
 * Any other parameter must be a number (a constant of the query, such as a timeout): a string or a
 * date there might be a value of the moment (today, a user) that the first build would freeze.
 */
export function compiledOnce<D, N extends string, O>(
  names: readonly N[],
  build: (db: Kysely<D>, values: Record<N, string>) => Compilable<O>,
): (db: Kysely<D>, values: Record<N, string>) => CompiledQuery<O> {
  const perDb = new WeakMap<Kysely<D>, Compiled<N>>();
  return (db, values) => {
    let compiled = perDb.get(db);
    if (!compiled) {
      compiled = compile(names, build(db, placeholders(names)).compile());
      perDb.set(db, compiled);
    }
    const parameters = compiled.slots.map((slot) => (typeof slot === 'string' ? values[slot] : slot.value));
    return { ...CompiledQuery.raw(compiled.sql, parameters), query: compiled.query } as CompiledQuery<O>;
  };
}

interface Compiled<N extends string> {
  sql: string;
  query: RootOperationNode;
  /** Per parameter: the name whose value goes there, or the query's own constant. */
  slots: Array<N | { value: unknown }>;
}

const MARK = '\u0000compiledOnce:';

function placeholders<N extends string>(names: readonly N[]): Record<N, string> {
  return Object.fromEntries(names.map((name) => [name, `${MARK}${name}`])) as Record<N, string>;
}

function compile<N extends string>(names: readonly N[], query: CompiledQuery): Compiled<N> {
  const byMark = new Map(names.map((name) => [`${MARK}${name}`, name]));
  const slots = query.parameters.map((p) => {
    const name = typeof p === 'string' ? byMark.get(p) : undefined;
    if (name !== undefined) return name;
    if (typeof p === 'string' && p.includes(MARK))
      throw new Error(`compiledOnce: a placeholder was changed on its way into the query: ${p}`);
    if (typeof p !== 'number')
      throw new Error(`compiledOnce: a parameter that is not named is a constant number, not ${typeof p}`);
    return { value: p };
  });
  if (query.sql.includes(MARK)) throw new Error('compiledOnce: a placeholder was written into the text');
  for (const name of names)
    if (!slots.includes(name)) throw new Error(`compiledOnce: ${name} is not a parameter of the query`);
  return { sql: query.sql, query: query.query, slots };
}
