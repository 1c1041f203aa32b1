import { type Insertable, type Selectable, sql, type Updateable } from 'kysely';
import type { CourseQueries } from '../auth/course-scope.ts';
import { networkOfPartnership } from '../companies/network-of.ts';
import type { InternshipsTable } from '../platform/schema-companies.ts';
import type { Expected } from '../platform/versions.ts';

export type InternshipRow = Selectable<InternshipsTable>;
type Editable = Omit<Insertable<InternshipsTable>, 'course_id' | 'municipality_id' | 'schedule'> & {
  schedule?: string;
};

/** Internships of one course, and what they name; no query here reaches another course. */
export const internshipQueries = ((tx, { courseId, municipalityId, partnershipId, participantId }) => {
  const internships = () => tx.selectFrom('internships').selectAll().where('course_id', '=', courseId);
  return {
    list: () => internships().orderBy('starts_on', 'desc').orderBy('created_at', 'desc').execute(),
    find: (id: string) => internships().where('id', '=', id).executeTakeFirst(),
    insert: (values: Editable) =>
      tx
        .insertInto('internships')
        .values({ ...values, course_id: courseId, municipality_id: municipalityId })
        .returningAll()
        .executeTakeFirstOrThrow(),
    /** Compare and set the version in one statement: a parallel change finds it moved on. */
    update: (id: string, changes: Updateable<InternshipsTable>, expected: Expected) =>
      tx
        .updateTable('internships')
        .set({ ...changes, version: sql`version + 1`, updated_at: sql`now()` })
        .where('course_id', '=', courseId)
        .where('id', '=', id)
        .$if(expected !== 'any', (q) => q.where('version', '=', expected as number))
        .returningAll()
        .executeTakeFirst(),

    /** A company of this course's institution network, or nothing. */
    networkCompany: (companyId: string) =>
      networkOfPartnership(tx, partnershipId).where('o.id', '=', companyId).executeTakeFirst(),
    companyNames: (ids: readonly string[]) =>
      ids.length === 0
        ? Promise.resolve([])
        : tx.selectFrom('organisations').select(['id', 'name']).where('id', 'in', ids).execute(),
    /** The companies of this course's institution network, by name. */
    networkCompanies: () => networkOfPartnership(tx, partnershipId).orderBy('o.name').execute(),
    contactsOf: (companyIds: readonly string[]) =>
      companyIds.length === 0
        ? Promise.resolve([])
        : tx
            .selectFrom('company_contacts')
            .select(['id', 'company_id', 'name', 'is_mentor', 'user_id'])
            .where('company_id', 'in', companyIds)
            .where('removed_at', 'is', null)
            .orderBy('is_mentor', 'desc')
            .orderBy('name')
            .execute(),
    openingsOf: (companyIds: readonly string[]) =>
      companyIds.length === 0
        ? Promise.resolve([])
        : tx
            .selectFrom('company_openings')
            .select(['id', 'company_id', 'title'])
            .where('company_id', 'in', companyIds)
            .where('status', '=', 'open')
            .orderBy('title')
            .execute(),
    opening: (id: string) =>
      tx
        .selectFrom('company_openings')
        .select(['id', 'title', 'company_id'])
        .where('id', '=', id)
        .executeTakeFirst(),
    openings: (ids: readonly string[]) =>
      ids.length === 0
        ? Promise.resolve([])
        : tx.selectFrom('company_openings').select(['id', 'title']).where('id', 'in', ids).execute(),
    contact: (id: string) =>
      tx
        .selectFrom('company_contacts')
        .select(['id', 'company_id', 'name', 'phone', 'user_id', 'removed_at'])
        .where('id', '=', id)
        .executeTakeFirst(),
    contacts: (ids: readonly string[]) =>
      ids.length === 0
        ? Promise.resolve([])
        : tx
            .selectFrom('company_contacts')
            .select(['id', 'name', 'phone', 'user_id'])
            .where('id', 'in', ids)
            .execute(),
    /** The mentor's sign-in joins the course team for the company (no-op when already on it). */
    addMentorToTeam: (userId: string, companyId: string) =>
      tx
        .insertInto('course_team')
        .values({
          course_id: courseId,
          municipality_id: municipalityId,
          user_id: userId,
          organisation_id: companyId,
          role: 'companyMentor',
        })
        .onConflict((oc) => oc.columns(['course_id', 'user_id']).doNothing())
        .execute(),
    /** The course's goals and sub-goals. */
    goals: () =>
      tx.selectFrom('goals').selectAll().where('course_id', '=', courseId).orderBy('created_at').execute(),
    participant: () =>
      tx
        .selectFrom('participants')
        .select(['given_name', 'family_name', 'phone'])
        .where('id', '=', participantId)
        .executeTakeFirstOrThrow(),
    /** The course's coordinator (the first added, if several): a company mentor calls them. */
    coordinator: () =>
      tx
        .selectFrom('course_team as ct')
        .innerJoin('users as u', 'u.id', 'ct.user_id')
        .select(['u.display_name', 'u.phone'])
        .where('ct.course_id', '=', courseId)
        .where('ct.role', '=', 'youthCoordinator')
        .orderBy('ct.added_at')
        .executeTakeFirst(),

    followUps: (id: string) =>
      tx
        .selectFrom('internship_follow_ups as f')
        .leftJoin('users as u', 'u.id', 'f.recorded_by')
        .select(['f.id', 'f.held_on', 'f.note', 'f.next_on', 'u.display_name'])
        .where('f.internship_id', '=', id)
        .where('f.municipality_id', '=', municipalityId)
        .orderBy('f.held_on', 'desc')
        .orderBy('f.created_at', 'desc')
        .execute(),
    insertFollowUp: (id: string, v: { heldOn: string; note: string; nextOn: string | null; by: string }) =>
      tx
        .insertInto('internship_follow_ups')
        .values({
          municipality_id: municipalityId,
          internship_id: id,
          held_on: v.heldOn,
          note: v.note,
          next_on: v.nextOn,
          recorded_by: v.by,
        })
        .returning('id')
        .executeTakeFirstOrThrow(),
    handovers: (id: string) =>
      tx
        .selectFrom('internship_handovers as h')
        .leftJoin('users as u', 'u.id', 'h.recorded_by')
        .select(['h.id', 'h.daily_contact', 'h.effective_on', 'h.note', 'u.display_name'])
        .where('h.internship_id', '=', id)
        .where('h.municipality_id', '=', municipalityId)
        .orderBy('h.effective_on')
        .orderBy('h.id')
        .execute(),
    insertHandover: (
      id: string,
      v: { dailyContact: InternshipRow['daily_contact']; effectiveOn: string; note: string; by: string },
    ) =>
      tx
        .insertInto('internship_handovers')
        .values({
          municipality_id: municipalityId,
          internship_id: id,
          daily_contact: v.dailyContact,
          effective_on: v.effectiveOn,
          note: v.note,
          recorded_by: v.by,
        })
        .returning('id')
        .executeTakeFirstOrThrow(),
    observations: (ids: readonly string[]) =>
      ids.length === 0
        ? Promise.resolve([])
        : tx
            .selectFrom('internship_observations as o')
            .leftJoin('users as u', 'u.id', 'o.written_by')
            .select(['o.id', 'o.internship_id', 'o.observed_on', 'o.text', 'o.written_by', 'u.display_name'])
            .where('o.internship_id', 'in', ids)
            .where('o.municipality_id', '=', municipalityId)
            .orderBy('o.observed_on', 'desc')
            .orderBy('o.created_at', 'desc')
            .execute(),
    insertObservation: (id: string, v: { observedOn: string; text: string; by: string }) =>
      tx
        .insertInto('internship_observations')
        .values({
          municipality_id: municipalityId,
          internship_id: id,
          observed_on: v.observedOn,
          text: v.text,
          written_by: v.by,
        })
        .returning('id')
        .executeTakeFirstOrThrow(),
  };
}) satisfies CourseQueries<unknown>;
