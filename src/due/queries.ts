import { sql } from 'kysely';
import type { Db } from '../platform/db.ts';
import { type ClockRow, partnershipClockParts } from './clock.ts';

export interface DueCourseRow extends ClockRow {
  id: string;
  ref: string;
}

/** Every course of a partnership with its participant's ref and what the due-date rules read. */
export async function loadDueCourses(tx: Db, partnershipId: string): Promise<DueCourseRow[]> {
  const clock = partnershipClockParts();
  const { rows } = await sql<DueCourseRow>`
    select c.id, c.start_date, c.outcome_date, pt.ref, ${clock.columns}
    from courses c join participants pt on pt.id = c.participant_id ${clock.joins}
    where c.partnership_id = ${partnershipId}`.execute(tx);
  return rows;
}
