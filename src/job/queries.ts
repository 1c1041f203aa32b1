import { type Insertable, type Selectable, sql, type Updateable } from 'kysely';
import type { CourseQueries } from '../auth/course-scope.ts';
import { networkOfPartnership } from '../companies/network-of.ts';
import type {
  JobAgreementsTable,
  WorkEfficiencyAssessmentsTable,
  WorkTrialsTable,
} from '../platform/schema-companies.ts';
import type { Expected } from '../platform/versions.ts';

export type WorkTrialRow = Selectable<WorkTrialsTable>;
export type WorkEfficiencyRow = Selectable<WorkEfficiencyAssessmentsTable>;
export type JobAgreementRow = Selectable<JobAgreementsTable>;

type Bound = 'course_id' | 'municipality_id';

/**
 * The course's work trials, work-efficiency assessments and job agreements, and the places its
 * institution offers: bound to one course, no query here reaches another course or network.
 */
export const jobQueries = ((tx, { courseId, municipalityId, partnershipId }) => {
  const institution = tx.selectFrom('partnerships').select('institution_id').where('id', '=', partnershipId);
  const trials = () => tx.selectFrom('work_trials').selectAll().where('course_id', '=', courseId);
  const agreements = () => tx.selectFrom('job_agreements').selectAll().where('course_id', '=', courseId);
  return {
    /** The institution's workplaces (inactive ones too: older trials name them). */
    workplaces: () =>
      tx
        .selectFrom('workplaces')
        .select(['id', 'name', 'active'])
        .where('institution_id', '=', institution)
        .orderBy('name')
        .execute(),
    /** Companies of the institution's network: a company of another network is not among them. */
    companies: () => networkOfPartnership(tx, partnershipId).orderBy('o.name').execute(),
    internships: () =>
      tx
        .selectFrom('internships')
        .select(['id', 'company_id', 'starts_on', 'ends_on'])
        .where('course_id', '=', courseId)
        .orderBy('starts_on')
        .execute(),
    internship: (id: string) =>
      tx
        .selectFrom('internships')
        .select(['id', 'company_id'])
        .where('course_id', '=', courseId)
        .where('id', '=', id)
        .executeTakeFirst(),
    /** Which of these users are on the course's team. */
    teamMembers: (userIds: string[]) =>
      userIds.length === 0
        ? Promise.resolve([])
        : tx
            .selectFrom('course_team')
            .select('user_id')
            .distinct()
            .where('course_id', '=', courseId)
            .where('user_id', 'in', userIds)
            .execute(),
    names: (userIds: string[]) =>
      userIds.length === 0
        ? Promise.resolve([])
        : tx.selectFrom('users').select(['id', 'display_name']).where('id', 'in', userIds).execute(),

    listTrials: () => trials().orderBy('from_date', 'desc').orderBy('created_at', 'desc').execute(),
    findTrial: (id: string) => trials().where('id', '=', id).executeTakeFirst(),
    insertTrial: (values: Omit<Insertable<WorkTrialsTable>, Bound>) =>
      tx
        .insertInto('work_trials')
        .values({ ...values, course_id: courseId, municipality_id: municipalityId })
        .returningAll()
        .executeTakeFirstOrThrow(),
    /** Compare and set the version in one statement: a parallel change finds it moved on. */
    updateTrial: (id: string, changes: Updateable<WorkTrialsTable>, expected: Expected) =>
      tx
        .updateTable('work_trials')
        .set({ ...changes, version: sql`version + 1`, updated_at: sql`now()` })
        .where('course_id', '=', courseId)
        .where('id', '=', id)
        .$if(expected !== 'any', (q) => q.where('version', '=', expected as number))
        .returningAll()
        .executeTakeFirst(),

    listEfficiency: () =>
      tx
        .selectFrom('work_efficiency_assessments')
        .selectAll()
        .where('course_id', '=', courseId)
        .orderBy('assessed_on')
        .orderBy('created_at')
        .execute(),
    insertEfficiency: (values: Omit<Insertable<WorkEfficiencyAssessmentsTable>, Bound>) =>
      tx
        .insertInto('work_efficiency_assessments')
        .values({ ...values, course_id: courseId, municipality_id: municipalityId })
        .returningAll()
        .executeTakeFirstOrThrow(),

    listAgreements: () => agreements().orderBy('created_at', 'desc').execute(),
    findAgreement: (id: string) => agreements().where('id', '=', id).executeTakeFirst(),
    insertAgreement: (values: Omit<Insertable<JobAgreementsTable>, Bound>) =>
      tx
        .insertInto('job_agreements')
        .values({ ...values, course_id: courseId, municipality_id: municipalityId })
        .returningAll()
        .executeTakeFirstOrThrow(),
    updateAgreement: (id: string, changes: Updateable<JobAgreementsTable>, expected: Expected) =>
      tx
        .updateTable('job_agreements')
        .set({ ...changes, version: sql`version + 1`, updated_at: sql`now()` })
        .where('course_id', '=', courseId)
        .where('id', '=', id)
        .$if(expected !== 'any', (q) => q.where('version', '=', expected as number))
        .returningAll()
        .executeTakeFirst(),
  };
}) satisfies CourseQueries<unknown>;

export type JobQueries = ReturnType<typeof jobQueries>;
