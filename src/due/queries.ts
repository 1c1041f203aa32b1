import type { Db } from '../platform/db.ts';
import { clockColumns } from './clock.ts';

/** Every course of a partnership with its participant's ref and what the due-date rules read. */
export function loadDueCourses(tx: Db, partnershipId: string) {
  return tx
    .selectFrom('courses as c')
    .innerJoin('participants as pt', 'pt.id', 'c.participant_id')
    .select(['c.id', 'c.start_date', 'c.outcome_date', 'pt.ref', ...clockColumns()])
    .where('c.partnership_id', '=', partnershipId)
    .execute();
}
