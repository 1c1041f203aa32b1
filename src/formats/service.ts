import { audit } from '../audit/audit.ts';
import type { Scope } from '../auth/scope.ts';
import { developmentGroupPartnership } from '../partnerships/access.ts';
import type { PartnershipSummary } from '../partnerships/queries.ts';
import { AppError, badRequest, notFound } from '../platform/errors.ts';
import { type Expected, StaleVersion } from '../platform/versions.ts';
import { type FormatRow, formatQueries } from './queries.ts';
import type { FormatHistory, FormatInput, FormatView, NewFormat } from './schemas.ts';

/** The named events a format's rules count from ("birth"), to be given when it is applied. */
export const eventsOf = (row: Pick<FormatRow, 'rules'>) => [
  ...new Set(
    row.rules.flatMap((r) => (r.timing.anchor === 'event' && r.timing.event ? [r.timing.event] : [])),
  ),
];

export const formatView = (row: FormatRow): FormatView => ({
  id: row.id,
  partnershipId: row.partnership_id,
  isDefault: row.partnership_id === null,
  name: row.name,
  description: row.description,
  rules: row.rules,
  events: eventsOf(row),
  copiedFrom: row.copied_from,
  version: row.version,
  updatedAt: new Date(row.updated_at).toISOString(),
});

const auditFormat = (
  scope: Scope,
  partnership: PartnershipSummary,
  action: 'formats.read' | 'formats.create' | 'formats.change' | 'formats.history.read',
  objectId: string,
  detail: Record<string, unknown> = {},
) =>
  audit(scope.tx, scope.actor, {
    action,
    purpose: 'administration',
    municipalityId: partnership.municipalityId,
    objectType: action === 'formats.read' ? 'partnership' : 'coordinationFormat',
    objectId,
    detail,
  });

/** A format the partnership may see (the default or its own), or 404. */
async function usableFormat(scope: Scope, partnershipId: string, formatId: string) {
  const row = await formatQueries(scope.tx).find(formatId);
  if (!row || (row.partnership_id !== null && row.partnership_id !== partnershipId)) throw notFound('format');
  return row;
}

export async function listFormats(scope: Scope, partnershipId: string) {
  const partnership = await developmentGroupPartnership(scope, partnershipId);
  const rows = await formatQueries(scope.tx).usableBy(partnershipId);
  await auditFormat(scope, partnership, 'formats.read', partnership.id, { count: rows.length });
  return { formats: rows.map(formatView) };
}

export async function readFormat(scope: Scope, partnershipId: string, formatId: string) {
  await developmentGroupPartnership(scope, partnershipId);
  return formatView(await usableFormat(scope, partnershipId, formatId));
}

/** A new format of the partnership, often a copy of the default or another of its own, adapted. */
export async function createFormat(scope: Scope, partnershipId: string, input: NewFormat) {
  const partnership = await developmentGroupPartnership(scope, partnershipId);
  const copiedFrom = input.copiedFrom ?? null;
  if (copiedFrom) {
    const source = await formatQueries(scope.tx).find(copiedFrom);
    if (!source || (source.partnership_id !== null && source.partnership_id !== partnershipId))
      throw badRequest('body.copiedFrom: not a format of this partnership or the default', 'body.copiedFrom');
  }
  const { copiedFrom: _, ...content } = input;
  const row = await formatQueries(scope.tx).insert(partnershipId, content, copiedFrom, scope.actor.userId);
  await auditFormat(scope, partnership, 'formats.create', row.id, { copiedFrom });
  return formatView(row);
}

/** A new version of one of the partnership's formats; the default is read-only. */
export async function changeFormat(
  scope: Scope,
  partnershipId: string,
  formatId: string,
  input: FormatInput,
  expected: Expected,
) {
  const partnership = await developmentGroupPartnership(scope, partnershipId);
  const current = await usableFormat(scope, partnershipId, formatId);
  if (current.partnership_id === null)
    throw new AppError(409, 'read_only', 'the default format cannot be changed: copy it and change the copy');
  const row = await formatQueries(scope.tx).update(formatId, expected, input, scope.actor.userId);
  if (!row) throw new StaleVersion(current.version, formatView(current));
  await auditFormat(scope, partnership, 'formats.change', row.id, { version: row.version });
  return formatView(row);
}

export async function formatHistory(
  scope: Scope,
  partnershipId: string,
  formatId: string,
): Promise<FormatHistory> {
  const partnership = await developmentGroupPartnership(scope, partnershipId);
  await usableFormat(scope, partnershipId, formatId);
  const rows = await formatQueries(scope.tx).history(formatId);
  await auditFormat(scope, partnership, 'formats.history.read', formatId, { count: rows.length });
  return {
    versions: rows.map((r) => ({
      version: r.version,
      name: r.name,
      description: r.description,
      rules: r.rules as FormatRow['rules'],
      changedAt: new Date(r.changed_at).toISOString(),
      changedBy: r.userId && r.displayName ? { id: r.userId, displayName: r.displayName } : null,
    })),
  };
}
