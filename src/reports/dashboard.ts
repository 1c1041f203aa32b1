import { audit } from '../audit/audit.ts';
import type { Actor } from '../auth/actor.ts';
import type { Scope } from '../auth/scope.ts';
import { loadPartnershipClocks } from '../due/batch.ts';
import { owedBy } from '../due/rules.ts';
import { feltHeardShare } from '../felt-heard/share.ts';
import { developmentGroupPartnership } from '../partnerships/access.ts';
import { currentAgreement, type PartnershipSummary } from '../partnerships/queries.ts';
import { templateTerms } from '../partnerships/terms.ts';
import type { IsoDate } from '../platform/dates.ts';
import type { Db } from '../platform/db.ts';
import { computeReport, isInStatistics } from './compute.ts';
import { attendanceTrend, dueCounts, firstContact, outcomeSplit, trendStart } from './dashboard-compute.ts';
import type { Dashboard } from './dashboard-schemas.ts';
import {
  loadAttendanceByMonth,
  loadFeltHeardAnswers,
  loadPartnershipTerms,
  loadReportCourses,
} from './queries.ts';
import { auditReportRead } from './service.ts';

/**
 * The partnership's dashboard as of a day: the report (the same object as `cli report --json`)
 * and the dashboard's own figures, from one read of the courses. Audited once, as a report read.
 * The printed report reads it too; access is the caller's (getDashboard for the API).
 */
export async function readDashboard(
  tx: Db,
  actor: Pick<Actor, 'userId'> | null,
  partnership: PartnershipSummary,
  asOf: IsoDate,
): Promise<Dashboard> {
  const [courses, feltHeard, agreement, terms, clocks, attendance] = await Promise.all([
    loadReportCourses(tx, partnership.id, asOf),
    loadFeltHeardAnswers(tx, partnership.id, asOf),
    currentAgreement(tx, partnership.id),
    loadPartnershipTerms(tx, partnership.id),
    loadPartnershipClocks(tx, partnership.id),
    loadAttendanceByMonth(tx, partnership.id, trendStart(asOf), asOf),
  ]);
  const report = {
    ...computeReport({
      asOf,
      targets: { admitted: partnership.targetAdmitted, closerShare: partnership.targetCloserShare },
      courses,
    }),
    feltHeard: feltHeardShare(feltHeard),
  };
  // Before the first agreement the model's template counts (its 80/20 split).
  const split = (
    agreement?.terms ??
    templateTerms({
      intakeTarget: partnership.targetAdmitted,
      closerShareTarget: partnership.targetCloserShare,
      firstContactDays: terms.firstContactDays,
      from: asOf,
    })
  ).goals.outcomeSplit;
  const inStatistics = new Set(courses.filter((c) => isInStatistics(c, asOf)).map((c) => c.courseId));
  const owed = [...clocks.values()].flatMap((clock) => owedBy(clock, asOf, terms.intervals));

  await auditReportRead(tx, actor, partnership, asOf, report);
  return {
    partnership: {
      id: partnership.id,
      name: partnership.name,
      municipality: partnership.municipality,
      institution: partnership.institution,
    },
    asOf,
    report,
    agreementVersion: agreement?.version ?? null,
    outcomeSplit: outcomeSplit(courses, asOf, split),
    attendance: attendanceTrend(attendance, inStatistics, asOf),
    due: dueCounts(owed, asOf),
    firstContact: firstContact(courses, asOf, terms.firstContactDays),
  };
}

/** For the development group of either party; to anyone else the partnership does not exist. */
export async function getDashboard(scope: Scope, partnershipId: string, asOf: IsoDate): Promise<Dashboard> {
  return readDashboard(scope.tx, scope.actor, await developmentGroupPartnership(scope, partnershipId), asOf);
}

/** The dashboard as a file (every figure, counts only): read like the page, and audited as an export. */
export async function exportDashboard(
  scope: Scope,
  partnershipId: string,
  asOf: IsoDate,
): Promise<Dashboard> {
  const partnership = await developmentGroupPartnership(scope, partnershipId);
  const dashboard = await readDashboard(scope.tx, scope.actor, partnership, asOf);
  await audit(scope.tx, scope.actor, {
    action: 'report.export',
    purpose: 'statistics',
    municipalityId: partnership.municipalityId,
    objectType: 'partnership',
    objectId: partnership.id,
    detail: { asOf, figure: 'dashboard' },
  });
  return dashboard;
}
