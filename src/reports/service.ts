import { audit } from '../audit/audit.ts';
import type { Actor } from '../auth/actor.ts';
import type { Scope } from '../auth/scope.ts';
import { feltHeardShare } from '../felt-heard/share.ts';
import { developmentGroupOrganisations, developmentGroupPartnership } from '../partnerships/access.ts';
import { type PartnershipSummary, partnershipsOf } from '../partnerships/queries.ts';
import type { IsoDate } from '../platform/dates.ts';
import type { Db } from '../platform/db.ts';
import { computeReport } from './compute.ts';
import { loadFeltHeardAnswers, loadReportCourses } from './queries.ts';
import type { PartnershipReport } from './schemas.ts';

/**
 * Computes a partnership's report and audits the read (it is built from personal data). The
 * command line reads with no actor; the API checks access first (getPartnershipReport).
 */
export async function readPartnershipReport(
  tx: Db,
  actor: Pick<Actor, 'userId'> | null,
  partnership: PartnershipSummary,
  asOf: IsoDate,
): Promise<PartnershipReport> {
  const courses = await loadReportCourses(tx, partnership.id, asOf);
  const report = {
    ...computeReport({
      asOf,
      targets: { admitted: partnership.targetAdmitted, closerShare: partnership.targetCloserShare },
      courses,
    }),
    feltHeard: feltHeardShare(await loadFeltHeardAnswers(tx, partnership.id, asOf)),
  };
  await auditReportRead(tx, actor, partnership, asOf, report);
  return report;
}

/** A report read is built from personal data: one audit row for the partnership. */
export async function auditReportRead(
  tx: Db,
  actor: Pick<Actor, 'userId'> | null,
  partnership: PartnershipSummary,
  asOf: IsoDate,
  report: Pick<PartnershipReport, 'admitted' | 'inStatistics'>,
) {
  await audit(tx, actor, {
    action: 'report.read',
    purpose: 'statistics',
    municipalityId: partnership.municipalityId,
    objectType: 'partnership',
    objectId: partnership.id,
    detail: { asOf, admitted: report.admitted, inStatistics: report.inStatistics },
  });
}

/** For the development group of either party; to anyone else the partnership does not exist. */
export async function getPartnershipReport(
  scope: Scope,
  partnershipId: string,
  asOf: IsoDate,
): Promise<PartnershipReport> {
  const partnership = await developmentGroupPartnership(scope, partnershipId);
  return readPartnershipReport(scope.tx, scope.actor, partnership, asOf);
}

/** The partnerships whose report the actor may read. Names of organisations only: no audit. */
export async function listReportPartnerships(scope: Scope) {
  const list = await partnershipsOf(scope.tx, developmentGroupOrganisations(scope.actor));
  return {
    items: list.map((p) => ({
      id: p.id,
      name: p.name,
      municipality: p.municipality,
      institution: p.institution,
    })),
  };
}
