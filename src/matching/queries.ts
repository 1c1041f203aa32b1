import { type Insertable, type Selectable, sql, type Updateable } from 'kysely';
import type { CourseQueries } from '../auth/course-scope.ts';
import type { MatchDecisionsTable, WorkProfilesTable } from '../platform/schema-companies.ts';
import type { Expected } from '../platform/versions.ts';
import { historyOf, networkCompanies } from './network.ts';

export type WorkProfileRow = Selectable<WorkProfilesTable>;
type ProfileValues = Omit<Insertable<WorkProfilesTable>, 'course_id' | 'municipality_id'>;

/** Matching's reads and writes bound to one course: its profile, its network, its decisions. */
export const matchingQueries = ((tx, { courseId, municipalityId, partnershipId }) => {
  /** The course's company network: its partnership's institution's. */
  const institutionId = () =>
    tx
      .selectFrom('partnerships')
      .select('institution_id')
      .where('id', '=', partnershipId)
      .executeTakeFirstOrThrow()
      .then((p) => p.institution_id);
  return {
    profile: () =>
      tx.selectFrom('work_profiles').selectAll().where('course_id', '=', courseId).executeTakeFirst(),
    /** Creates the profile unless someone else just did (then undefined). */
    insertProfile: (values: ProfileValues) =>
      tx
        .insertInto('work_profiles')
        .values({ ...values, course_id: courseId, municipality_id: municipalityId })
        .onConflict((oc) => oc.column('course_id').doNothing())
        .returningAll()
        .executeTakeFirst(),
    updateProfile: (values: Updateable<WorkProfilesTable>, expected: Expected) =>
      tx
        .updateTable('work_profiles')
        .set({ ...values, version: sql`version + 1`, updated_at: sql`now()` })
        .where('course_id', '=', courseId)
        .$if(expected !== 'any', (q) => q.where('version', '=', expected as number))
        .returningAll()
        .executeTakeFirst(),
    companies: async () => networkCompanies(tx, await institutionId()),
    history: () => historyOf(tx, [courseId]),
    /** An opening of a company, or undefined. */
    opening: (companyId: string, openingId: string) =>
      tx
        .selectFrom('company_openings')
        .select(['id', 'title'])
        .where('id', '=', openingId)
        .where('company_id', '=', companyId)
        .executeTakeFirst(),
    decisions: () =>
      tx
        .selectFrom('match_decisions as d')
        .innerJoin('organisations as o', 'o.id', 'd.company_id')
        .leftJoin('company_openings as op', 'op.id', 'd.opening_id')
        .leftJoin('users as u', 'u.id', 'd.decided_by')
        .select([
          'd.id',
          'd.company_id',
          'o.name as company_name',
          'd.opening_id',
          'op.title as opening_title',
          'd.suggested_rank',
          'd.score',
          'd.reason',
          'u.display_name as decided_by',
          'd.decided_at',
        ])
        .where('d.course_id', '=', courseId)
        .orderBy('d.decided_at', 'desc')
        .orderBy('d.id')
        .execute(),
    insertDecision: (values: Omit<Insertable<MatchDecisionsTable>, 'course_id' | 'municipality_id'>) =>
      tx
        .insertInto('match_decisions')
        .values({ ...values, course_id: courseId, municipality_id: municipalityId })
        .returning('id')
        .executeTakeFirstOrThrow(),
  };
}) satisfies CourseQueries<unknown>;

export type DecisionRow = Awaited<ReturnType<ReturnType<typeof matchingQueries>['decisions']>>[number];
