import type { Actor } from '../auth/actor.ts';
import type { Scope } from '../auth/scope.ts';
import { mayReadReport } from '../partnerships/access.ts';
import { findPartnership, type PartnershipSummary } from '../partnerships/queries.ts';
import type { IsoDate } from '../platform/dates.ts';
import type { Db } from '../platform/db.ts';
import { notFound } from '../platform/errors.ts';
import type { Dashboard } from './dashboard-schemas.ts';
import { readPartnershipReport } from './service.ts';

/**
 * The partnership's dashboard as of a day (the report plus the dashboard's own figures); the read
 * is audited once, as the report's. The printed report and the CLI read it with no actor check.
 */
export async function readDashboard(
  tx: Db,
  actor: Pick<Actor, 'userId'> | null,
  partnership: PartnershipSummary,
  asOf: IsoDate,
): Promise<Dashboard> {
  // FOUNDATION STUB: the dashboard's own figures are being written in main (src/reports/dashboard*.ts).
  const report = await readPartnershipReport(tx, actor, partnership, asOf);
  return {
    partnership: {
      id: partnership.id,
      name: partnership.name,
      municipality: partnership.municipality,
      institution: partnership.institution,
    },
    asOf,
    report,
    agreementVersion: null,
    outcomeSplit: [],
    attendance: [],
    due: { measurements: { dueSoon: 0, overdue: 0 }, statusLetters: { dueSoon: 0, overdue: 0 } },
    firstContact: { courses: 0, averageDays: null, withinPromise: 0, promiseDays: 7 },
  };
}

/** For the development group of either party; to anyone else the partnership does not exist. */
export async function getDashboard(scope: Scope, partnershipId: string, asOf: IsoDate): Promise<Dashboard> {
  const partnership = await findPartnership(scope.tx, partnershipId);
  if (!partnership || !mayReadReport(scope.actor, partnership)) throw notFound('partnership');
  return readDashboard(scope.tx, scope.actor, partnership, asOf);
}
