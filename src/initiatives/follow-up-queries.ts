import { sql } from 'kysely';
import { addDays, type IsoDate } from '../platform/dates.ts';
import type { Db } from '../platform/db.ts';
import { initiativeWriterRoles } from './access.ts';
import { FOLLOW_UP_NOTICE_DAYS } from './follow-up.ts';

export interface FollowUpReminder {
  userId: string;
  municipalityId: string;
  initiativeId: string;
  due: IsoDate;
  overdue: boolean;
}

/**
 * What the daily job reminds of (docs/decisions.md, "Cross-sectoral initiatives"): every active
 * initiative whose follow-up date is at most 14 days ahead or has passed, for its responsible user
 * while they are still a leader or caseworker of the municipality; without one, for the
 * municipality's leaders. The reminder's unique key (user, subject, date) makes it once per
 * user, initiative and date; a new date reminds again.
 */
export async function dueFollowUps(tx: Db, asOf: IsoDate): Promise<FollowUpReminder[]> {
  const horizon = addDays(asOf, FOLLOW_UP_NOTICE_DAYS);
  const writers = [...initiativeWriterRoles];
  const rows = await tx
    .selectFrom('initiatives as i')
    .innerJoin('memberships as ms', 'ms.organisation_id', 'i.municipality_id')
    .innerJoin('users as u', 'u.id', 'ms.user_id')
    .select([
      'ms.user_id',
      'i.municipality_id',
      'i.id',
      sql<string>`to_char(i.follow_up_on, 'YYYY-MM-DD')`.as('due'),
    ])
    .distinct()
    .where('i.status', '=', 'active')
    .where('i.follow_up_on', 'is not', null)
    .where('i.follow_up_on', '<=', horizon)
    .where('u.disabled_at', 'is', null)
    .where((eb) =>
      eb.or([
        eb.and([eb('i.responsible_user_id', '=', eb.ref('ms.user_id')), eb('ms.role', 'in', writers)]),
        eb.and([
          eb('ms.role', '=', 'leader'),
          eb.or([
            eb('i.responsible_user_id', 'is', null),
            // The responsible person left (the municipality, its writers, or the product): its leaders take over.
            eb.not(
              eb.exists(
                eb
                  .selectFrom('memberships as r')
                  .innerJoin('users as ru', 'ru.id', 'r.user_id')
                  .select('r.user_id')
                  .where('ru.disabled_at', 'is', null)
                  .whereRef('r.user_id', '=', 'i.responsible_user_id')
                  .whereRef('r.organisation_id', '=', 'i.municipality_id')
                  .where('r.role', 'in', writers),
              ),
            ),
          ]),
        ]),
      ]),
    )
    .orderBy('i.id')
    .orderBy('ms.user_id')
    .execute();
  return rows.map((r) => ({
    userId: r.user_id,
    municipalityId: r.municipality_id,
    initiativeId: r.id,
    due: r.due,
    overdue: r.due < asOf,
  }));
}
