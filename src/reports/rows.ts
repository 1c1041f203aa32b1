import type { AuditEntry } from '../audit/audit.ts';
import { audit } from '../audit/audit.ts';
import { type CourseGrant, courseGrants } from '../auth/access.ts';
import { present } from '../auth/present.ts';
import type { Scope } from '../auth/scope.ts';
import { developmentGroupPartnership } from '../partnerships/access.ts';
import type { IsoDate } from '../platform/dates.ts';
import { badRequest } from '../platform/errors.ts';
import { type FigureName, figureClass, figureCourses, isDistributionFigure } from './figures.ts';
import { loadReportCourses } from './queries.ts';
import type { FigureRow, FigureRows } from './rows-schemas.ts';

export interface FigureRequest {
  partnershipId: string;
  figure: FigureName;
  asOf: IsoDate;
  key?: string | undefined;
}

/** Whether the grant lets the reader see this course by name on this figure's list. */
export function mayListCourse(grant: CourseGrant | undefined, figure: FigureName): grant is CourseGrant {
  return (
    grant?.permissions.has('course.read') === true &&
    grant.classes.has('identity') &&
    grant.classes.has(figureClass[figure])
  );
}

/**
 * The rows behind a figure for this reader: the count over every participant in statistics, the
 * names only for courses the reader works on (their team grant, with the class of the figure's
 * value), each listed course audited under `action` (a list on screen, or a file) so the young
 * person's access log shows it.
 */
export async function readFigureRows(
  scope: Scope,
  request: FigureRequest,
  action: 'report.rows.read' | 'report.export',
): Promise<FigureRows> {
  const { figure, asOf } = request;
  const key = request.key ?? null;
  if (isDistributionFigure(figure) && key === null)
    throw badRequest(`the figure ${figure} lists one of its keys: give ?key=`, 'querystring.key');
  if (!isDistributionFigure(figure) && key !== null)
    throw badRequest(`the figure ${figure} has no keys`, 'querystring.key');
  const partnership = await developmentGroupPartnership(scope, request.partnershipId);

  const counted = figureCourses(
    figure,
    await loadReportCourses(scope.tx, partnership.id, asOf),
    asOf,
    key ?? undefined,
  );
  const grants = await courseGrants(
    scope.tx,
    scope.actor,
    counted.map((r) => r.course.courseId),
  );
  const rows: FigureRow[] = [];
  const entries: AuditEntry[] = [];
  const detail = { figure, key, asOf };
  for (const { course, value } of counted) {
    const grant = grants.get(course.courseId);
    if (!mayListCourse(grant, figure)) continue;
    const row: FigureRow = {
      courseId: course.courseId,
      participantName: `${course.givenName} ${course.familyName}`,
      ref: course.ref,
      startDate: course.startDate as IsoDate,
      figure,
      value,
    };
    rows.push(present('figureRow', row, grant));
    entries.push({
      action,
      purpose: 'statistics',
      participantId: grant.participantId,
      courseId: grant.courseId,
      municipalityId: grant.municipalityId,
      objectType: 'partnership',
      objectId: partnership.id,
      detail,
    });
  }
  // The figure as a whole, even when no one on it is named to this reader.
  entries.push({
    action,
    purpose: 'statistics',
    municipalityId: partnership.municipalityId,
    objectType: 'partnership',
    objectId: partnership.id,
    detail: { ...detail, total: counted.length, listed: rows.length },
  });
  await audit(scope.tx, scope.actor, entries);
  return {
    partnership: { id: partnership.id, name: partnership.name },
    asOf,
    figure,
    key,
    total: counted.length,
    hidden: counted.length - rows.length,
    rows,
  };
}
