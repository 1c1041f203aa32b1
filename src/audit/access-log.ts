import type { CourseScope } from '../auth/course-scope.ts';
import { accessLogQueries } from './access-log-queries.ts';
import type { AccessLog } from './access-log-schemas.ts';
import { ACCESS_LOG_PAGE_ENTRIES, type AuditAction } from './actions.ts';
import { actionWords, roleWordsDa } from './words.ts';

const ALL_ENTRIES = 1_000_000;

async function readLog(scope: CourseScope, limit: number): Promise<AccessLog> {
  const q = scope.queries(accessLogQueries);
  const rows = await q.entries(limit);
  return {
    participantName: await q.participantName(),
    entries: rows.map((r) => ({
      at: new Date(r.occurred_at).toISOString(),
      action: r.action as AuditAction,
      outcome: r.outcome,
      who: r.display_name,
      role: r.role,
      organisation: r.organisation,
    })),
  };
}

/** "Hvem har set mine oplysninger?" (GDPR art. 15): who read or changed what, when; reading it is audited too. */
export async function getAccessLog(scope: CourseScope): Promise<AccessLog> {
  const log = scope.present('accessLog', await readLog(scope, ACCESS_LOG_PAGE_ENTRIES));
  await scope.audit('accessLog.read', {
    objectType: 'participant',
    objectId: scope.grant.participantId,
    detail: { entries: log.entries.length },
  });
  return log;
}

const csvCell = (value: string) => (/[";\n\r]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value);

/** The full log as CSV in Danish (semicolons, as Danish spreadsheets expect), with a byte-order mark for Excel. */
export async function exportAccessLog(scope: CourseScope): Promise<string> {
  const log = scope.present('accessLog', await readLog(scope, ALL_ENTRIES));
  await scope.audit('accessLog.export', {
    objectType: 'participant',
    objectId: scope.grant.participantId,
    detail: { entries: log.entries.length },
  });
  const lines = [['Tidspunkt', 'Hvem', 'Rolle', 'Organisation', 'Hvad', 'Kode', 'Udfald'].join(';')];
  for (const e of log.entries) {
    lines.push(
      [
        e.at,
        e.who ?? 'ViVirk (systemet)',
        e.role ? (roleWordsDa[e.role] ?? e.role) : '',
        e.organisation ?? '',
        // A refused attempt did not happen: say so, not only in the outcome column.
        e.outcome === 'refused'
          ? `Prøvede, men måtte ikke: ${actionWords.da[e.action]}`
          : actionWords.da[e.action],
        e.action,
        e.outcome === 'refused' ? 'afvist' : 'ok',
      ]
        .map(csvCell)
        .join(';'),
    );
  }
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
