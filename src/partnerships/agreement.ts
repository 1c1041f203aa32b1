import { audit } from '../audit/audit.ts';
import type { Actor } from '../auth/actor.ts';
import type { Scope } from '../auth/scope.ts';
import { today } from '../platform/dates.ts';
import { AppError, badRequest, conflict, notFound } from '../platform/errors.ts';
import { type Expected, StaleVersion } from '../platform/versions.ts';
import { developmentGroupPartnership } from './access.ts';
import {
  type AgreementRow,
  approveVersion,
  copyTermsToPartnership,
  findVersion,
  insertVersion,
  latestVersion,
  listVersions,
  partnershipTargets,
} from './agreement-queries.ts';
import type {
  Agreement,
  AgreementInput,
  AgreementVersion,
  Comparison,
  Party,
  VersionSummary,
} from './agreement-schemas.ts';
import { diffTerms } from './diff.ts';
import type { PartnershipSummary } from './queries.ts';
import { templateTerms } from './terms.ts';

/**
 * The partnership agreement (DOMAIN.md "The five central elements" 1): read by the development
 * group, changed and approved by the parties' leaders (docs/decisions.md "The partnership
 * agreement"). Every save is a new version; the figures the product computes with are copied onto
 * the partnership in the same transaction.
 */

/** The parties of this partnership the actor is a leader of. */
export function leaderOf(actor: Actor, partnership: PartnershipSummary): Party[] {
  const leads = (organisationId: string) =>
    actor.memberships.some((m) => m.role === 'leader' && m.organisationId === organisationId);
  const out: Party[] = [];
  if (leads(partnership.municipalityId)) out.push('municipality');
  if (leads(partnership.institutionId)) out.push('institution');
  return out;
}

/** For a leader of either party; to the rest of the development group too, the change does not exist. */
async function changeable(scope: Scope, partnershipId: string) {
  const partnership = await developmentGroupPartnership(scope, partnershipId);
  const parties = leaderOf(scope.actor, partnership);
  if (parties.length === 0) throw notFound('partnership');
  return { partnership, parties };
}

const iso = (d: Date | string) => new Date(d).toISOString();
const personOf = (id: string | null, name: string | null) =>
  id && name !== null ? { id, displayName: name } : null;

function approvalsOf(row: AgreementRow) {
  const approval = (by: string | null, name: string | null, at: Date | null) => {
    const person = personOf(by, name);
    return person && at ? { by: person, at: iso(at) } : null;
  };
  return {
    municipality: approval(
      row.municipality_approved_by,
      row.municipality_approver_name,
      row.municipality_approved_at,
    ),
    institution: approval(
      row.institution_approved_by,
      row.institution_approver_name,
      row.institution_approved_at,
    ),
  };
}

const approvedByBoth = (row: AgreementRow) =>
  row.municipality_approved_by !== null && row.institution_approved_by !== null;

const partnershipView = (p: PartnershipSummary) => ({
  id: p.id,
  name: p.name,
  municipality: p.municipality,
  institution: p.institution,
});

function versionView(partnership: PartnershipSummary, row: AgreementRow): AgreementVersion {
  return {
    partnership: partnershipView(partnership),
    version: row.version,
    terms: row.terms,
    changeNote: row.change_note,
    changedAt: iso(row.created_at),
    changedBy: personOf(row.changed_by, row.changed_by_name),
    approvals: approvalsOf(row),
    approvedByBoth: approvedByBoth(row),
  };
}

const summaryOf = (row: AgreementRow): VersionSummary => ({
  version: row.version,
  changedAt: iso(row.created_at),
  changedBy: personOf(row.changed_by, row.changed_by_name),
  changeNote: row.change_note,
  approvedByBoth: approvedByBoth(row),
});

async function agreementView(scope: Scope, partnership: PartnershipSummary): Promise<Agreement> {
  const rows = await listVersions(scope.tx, partnership.id);
  const leaders = leaderOf(scope.actor, partnership);
  const [current] = rows;
  if (current)
    return { ...versionView(partnership, current), versions: rows.map(summaryOf), leaderOf: leaders };
  const targets = await partnershipTargets(scope.tx, partnership.id);
  return {
    partnership: partnershipView(partnership),
    version: null,
    terms: templateTerms({
      intakeTarget: targets.target_admitted,
      closerShareTarget: targets.target_closer_share,
      firstContactDays: targets.first_contact_promise_days,
      from: today(),
    }),
    changeNote: '',
    changedAt: null,
    changedBy: null,
    approvals: { municipality: null, institution: null },
    approvedByBoth: false,
    versions: [],
    leaderOf: leaders,
  };
}

export async function readAgreement(scope: Scope, partnershipId: string): Promise<Agreement> {
  return agreementView(scope, await developmentGroupPartnership(scope, partnershipId));
}

export async function readAgreementVersion(
  scope: Scope,
  partnershipId: string,
  version: number,
): Promise<AgreementVersion> {
  const partnership = await developmentGroupPartnership(scope, partnershipId);
  const row = await findVersion(scope.tx, partnership.id, version);
  if (!row) throw notFound('agreement version');
  return versionView(partnership, row);
}

/**
 * A new version of the agreement, based on the version the leader opened (`expected`: 0 or `*`
 * for the first). It starts unapproved; the partnership's targets, promise and intervals follow it.
 */
export async function changeAgreement(
  scope: Scope,
  partnershipId: string,
  input: AgreementInput,
  expected: Expected,
): Promise<Agreement> {
  const { partnership } = await changeable(scope, partnershipId);
  const version = await insertVersion(scope.tx, partnership.id, expected === 'any' ? 'any' : expected, {
    terms: input.terms,
    changeNote: input.changeNote,
    changedBy: scope.actor.userId,
  });
  if (version === null) {
    const now = await agreementView(scope, partnership);
    throw new StaleVersion(now.version ?? 0, now);
  }
  await copyTermsToPartnership(scope.tx, partnership.id, input.terms);
  await audit(scope.tx, scope.actor, {
    action: 'agreement.change',
    purpose: 'administration',
    municipalityId: partnership.municipalityId,
    objectType: 'partnership',
    objectId: partnership.id,
    detail: { version },
  });
  return agreementView(scope, partnership);
}

/**
 * A leader approves the newest version for their party (both, if they lead both). An older
 * version cannot be approved: the parties agree to what stands now. Approving again changes nothing.
 */
export async function approveAgreement(
  scope: Scope,
  partnershipId: string,
  version: number,
): Promise<AgreementVersion> {
  const { partnership, parties } = await changeable(scope, partnershipId);
  const newest = await latestVersion(scope.tx, partnership.id);
  const row = await findVersion(scope.tx, partnership.id, version);
  if (!row || !newest) throw notFound('agreement version');
  if (newest.version !== version)
    throw conflict(`version ${version} is not the newest (${newest.version}): approve the newest version`);
  const approved: Party[] = [];
  for (const party of parties)
    if (await approveVersion(scope.tx, partnership.id, version, party, scope.actor.userId))
      approved.push(party);
  if (approved.length)
    await audit(scope.tx, scope.actor, {
      action: 'agreement.approve',
      purpose: 'administration',
      municipalityId: partnership.municipalityId,
      objectType: 'partnership',
      objectId: partnership.id,
      detail: { version, parties: approved },
    });
  const after = await findVersion(scope.tx, partnership.id, version);
  if (!after) throw new AppError(500, 'internal', 'the approved version is gone');
  return versionView(partnership, after);
}

/** The changed fields from one version to another (either order; the same version: none). */
export async function compareVersions(
  scope: Scope,
  partnershipId: string,
  from: number,
  to: number,
): Promise<Comparison> {
  const partnership = await developmentGroupPartnership(scope, partnershipId);
  const a = await findVersion(scope.tx, partnership.id, from);
  if (!a) throw badRequest(`query.from: the agreement has no version ${from}`, 'query.from');
  const b = await findVersion(scope.tx, partnership.id, to);
  if (!b) throw badRequest(`query.to: the agreement has no version ${to}`, 'query.to');
  return { from, to, changes: diffTerms(a.terms, b.terms) };
}
