import { sql } from 'kysely';
import { audit } from '../audit/audit.ts';
import type { Scope } from '../auth/scope.ts';
import { developmentGroupPartnership } from '../partnerships/access.ts';
import type { IsoDate } from '../platform/dates.ts';
import type { Db } from '../platform/db.ts';
import { readDashboard } from './dashboard.ts';
import type { AgendaPoint, ReportDocument } from './pdf-document.ts';

const meetingDay = sql<IsoDate>`(starts_at at time zone 'Europe/Copenhagen')::date`;

/**
 * The half-yearly status meeting the report is for: the partnership's next `partnershipStatus`
 * meeting on or after the day, else the latest before it; a cancelled one does not count.
 */
export async function statusMeetingFor(tx: Db, partnershipId: string, asOf: IsoDate) {
  const base = tx
    .selectFrom('meetings')
    .select(['title', 'agenda', meetingDay.as('day')])
    .where('partnership_id', '=', partnershipId)
    .where('kind', '=', 'partnershipStatus')
    .where('status', '!=', 'cancelled')
    .limit(1);
  const next = await base.where(meetingDay, '>=', asOf).orderBy('starts_at', 'asc').executeTakeFirst();
  const row =
    next ?? (await base.where(meetingDay, '<', asOf).orderBy('starts_at', 'desc').executeTakeFirst());
  if (!row) return null;
  return { day: row.day, title: row.title, agenda: row.agenda as AgendaPoint[] };
}

/** The report's content for the development group of either party, with the print audited. */
export async function reportDocument(
  scope: Scope,
  partnershipId: string,
  asOf: IsoDate,
): Promise<ReportDocument> {
  const partnership = await developmentGroupPartnership(scope, partnershipId);
  const dashboard = await readDashboard(scope.tx, scope.actor, partnership, asOf);
  const meeting = await statusMeetingFor(scope.tx, partnership.id, asOf);
  await audit(scope.tx, scope.actor, {
    action: 'report.print',
    purpose: 'statistics',
    municipalityId: partnership.municipalityId,
    objectType: 'partnership',
    objectId: partnership.id,
    detail: { asOf, admitted: dashboard.report.admitted, inStatistics: dashboard.report.inStatistics },
  });
  return { dashboard, meeting };
}
