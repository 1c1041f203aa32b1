import type { TermsChange } from './api.ts';

/**
 * Which fields of one side of a comparison are changed: the paths of the changes as that version
 * names them (a removed package exists only on the older side, an added one only on the newer).
 */
export function markedPaths(changes: readonly TermsChange[], side: 'from' | 'to'): ReadonlySet<string> {
  return new Set(changes.flatMap((c) => (side === 'from' ? c.fromPath : c.toPath) ?? []));
}

/** `packages[1].monthlyPrice` → `packages[1]` → `packages`. */
const parentOf = (path: string) => path.replace(/(\.[^.[\]]+|\[\d+\])$/, '');

/** A field is marked when it, or the row or section it is part of, changed. */
export function isMarked(marked: ReadonlySet<string> | undefined, path: string): boolean {
  if (!marked || marked.size === 0) return false;
  for (let p = path; p; ) {
    if (marked.has(p)) return true;
    const parent = parentOf(p);
    if (parent === p) break;
    p = parent;
  }
  return false;
}
