import { sql } from 'kysely';
import { audit } from '../audit/audit.ts';
import type { Actor } from '../auth/actor.ts';
import type { Scope } from '../auth/scope.ts';
import { clockOf, intervalsOf } from '../due/clock.ts';
import { loadDueCourses, noJit } from '../due/queries.ts';
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
  loadFirstContactPromise,
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
  // Parallel workers start up slower than these partnership-sized scans run (2-core bench: the
  // attendance months 36 → 22 ms without them); local to this transaction.
  await sql`set local max_parallel_workers_per_gather = 0`.execute(tx);
  // The reads probe an index once per course (a few thousand probes): their estimated cost can
  // pass jit_above_cost, and compiling them would cost more than running them (issue 11).
  await noJit(tx);
  const [courses, feltHeard, agreement, firstContactDays, clocks] = await Promise.all([
    loadReportCourses(tx, partnership.id, asOf),
    loadFeltHeardAnswers(tx, partnership.id, asOf),
    currentAgreement(tx, partnership.id),
    loadFirstContactPromise(tx, partnership.id),
    loadDueCourses(tx, partnership.id),
  ]);
  const inStatistics = courses.filter((c) => isInStatistics(c, asOf)).map((c) => c.courseId);
  const attendance = await loadAttendanceByMonth(tx, inStatistics, trendStart(asOf), asOf);
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
      firstContactDays: firstContactDays,
      from: asOf,
    })
  ).goals.outcomeSplit;
  // The same rows and rules as the partnership's due list, so the two always agree.
  const owed = clocks.flatMap((c) => owedBy(clockOf(c), asOf, intervalsOf(c)));

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
    attendance: attendanceTrend(attendance, asOf),
    due: dueCounts(owed, asOf),
    firstContact: firstContact(courses, asOf, firstContactDays),
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
