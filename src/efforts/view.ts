import type { EffortRow } from './queries.ts';
import type { EffortView } from './schemas.ts';

export function viewEffort(row: EffortRow): EffortView {
  return {
    id: row.id,
    kind: row.kind,
    provider: row.provider,
    contact: { name: row.contact_name, phone: row.contact_phone, email: row.contact_email },
    startsOn: row.starts_on,
    endsOn: row.ends_on,
    legalBasis: row.legal_basis,
    note: row.note,
    version: row.version,
    updatedAt: new Date(row.updated_at).toISOString(),
  };
}

/** What parallel_effort_versions keeps of each version: the effort as it was, without bookkeeping. */
export function snapshotOf(row: EffortRow) {
  const { id: _id, version: _version, updatedAt: _updatedAt, ...rest } = viewEffort(row);
  return rest;
}
