/** The fields of `wanted` whose value differs from the current row's. */
export function differences<T extends object>(current: object, wanted: T): Partial<T> {
  const now = current as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(wanted)) {
    const was = now[key];
    const same = Array.isArray(value) && Array.isArray(was) ? sameList(was, value) : was === value;
    if (!same) out[key] = value;
  }
  return out as Partial<T>;
}

const sameList = (a: readonly unknown[], b: readonly unknown[]) =>
  a.length === b.length && a.every((v, i) => v === b[i]);
export const sameSet = (a: readonly string[], b: readonly string[]) => sameList([...a].sort(), [...b].sort());
