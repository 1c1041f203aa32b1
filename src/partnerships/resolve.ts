import type { PartnershipSummary } from './queries.ts';

export type Resolution =
  | { kind: 'found'; partnership: PartnershipSummary }
  | { kind: 'none' }
  | { kind: 'ambiguous'; candidates: PartnershipSummary[] };

const same = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

/**
 * The partnership a person means by a name (case-insensitive): its own name first, otherwise the
 * name of its municipality or institution. A municipality with two partnerships is ambiguous.
 */
export function resolvePartnership(partnerships: readonly PartnershipSummary[], name: string): Resolution {
  const byName = partnerships.filter((p) => same(p.name, name));
  const matches =
    byName.length > 0
      ? byName
      : partnerships.filter((p) => same(p.municipality, name) || same(p.institution, name));
  const [first] = matches;
  if (!first) return { kind: 'none' };
  if (matches.length > 1) return { kind: 'ambiguous', candidates: matches };
  return { kind: 'found', partnership: first };
}
