import { audit } from '../audit/audit.ts';
import type { Actor } from '../auth/actor.ts';
import type { Scope } from '../auth/scope.ts';
import { developmentGroupPartnership } from '../partnerships/access.ts';
import type { PartnershipSummary } from '../partnerships/queries.ts';
import type { IsoDate } from '../platform/dates.ts';
import type { Db } from '../platform/db.ts';
import { clockOf, intervalsOf } from './clock.ts';
import { loadDueCourses, noJit } from './queries.ts';
import { owedBy } from './rules.ts';
import type { DueList } from './schemas.ts';

/**
 * What the partnership's courses owe as of a day, ordered by due date, then participant, then
 * kind; the read is audited (it is built from personal data). The CLI reads with no actor.
 */
export async function readDueList(
  tx: Db,
  actor: Pick<Actor, 'userId'> | null,
  partnership: PartnershipSummary,
  asOf: IsoDate,
): Promise<DueList> {
  await noJit(tx);
  const courses = await loadDueCourses(tx, partnership.id);
  const items = courses.flatMap((c) =>
    owedBy(clockOf(c), asOf, intervalsOf(c)).map((o) => ({
      participant: c.ref,
      kind: o.kind,
      due: o.due,
      overdue: o.overdue,
    })),
  );
  items.sort(
    (a, b) =>
      a.due.localeCompare(b.due) ||
      a.participant.localeCompare(b.participant) ||
      a.kind.localeCompare(b.kind),
  );
  await audit(tx, actor, {
    action: 'due.read',
    purpose: 'statistics',
    municipalityId: partnership.municipalityId,
    objectType: 'partnership',
    objectId: partnership.id,
    detail: { asOf, items: items.length },
  });
  return { asOf, items };
}

/** For the same readers as the partnership's report; to anyone else the partnership does not exist. */
export async function getDueList(scope: Scope, partnershipId: string, asOf: IsoDate): Promise<DueList> {
  const partnership = await developmentGroupPartnership(scope, partnershipId);
  return readDueList(scope.tx, scope.actor, partnership, asOf);
}
