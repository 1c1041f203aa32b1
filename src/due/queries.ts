import { sql } from 'kysely';
import type { Db } from '../platform/db.ts';
import { type ClockRow, partnershipClockParts } from './clock.ts';

export interface DueCourseRow extends ClockRow {
  id: string;
  ref: string;
}

/**
 * Every course of a partnership with its participant's ref and what the due-date rules read.
 * Everything per course is looked up by its key (the ref too: joined, the planner hashes the whole
 * participants table), so the read grows with the partnership, not the nation (issue 11).
 */
export async function loadDueCourses(tx: Db, partnershipId: string): Promise<DueCourseRow[]> {
  const clock = partnershipClockParts();
  const { rows } = await sql<DueCourseRow>`
    select c.id, c.start_date, c.outcome_date,
      (select pt.ref from participants pt where pt.id = c.participant_id) as ref, ${clock.columns}
    from courses c ${clock.joins}
    where c.partnership_id = ${partnershipId}`.execute(tx);
  return rows;
}

/**
 * For the rest of the transaction, no JIT compilation: a partnership-level read probes an index
 * once per course, and a few thousand probes can pass jit_above_cost (the dashboard's attendance
 * months at 2,000 courses: 95,000 of 100,000), where compiling costs more than the read itself.
 */
export async function noJit(tx: Db) {
  await sql`set local jit = off`.execute(tx);
}
