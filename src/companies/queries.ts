import { type Insertable, type Selectable, sql, type Updateable } from 'kysely';
import type { Db } from '../platform/db.ts';
import type {
  CompaniesTable,
  CompanyContactsTable,
  CompanyOpeningsTable,
} from '../platform/schema-companies.ts';
import type { Expected } from '../platform/versions.ts';

export type CompanyRow = Selectable<CompaniesTable> & { name: string };
export type ContactRow = Selectable<CompanyContactsTable>;
export type OpeningRow = Selectable<CompanyOpeningsTable>;

const companies = (tx: Db) =>
  tx
    .selectFrom('companies as c')
    .innerJoin('organisations as o', 'o.id', 'c.organisation_id')
    .selectAll('c')
    .select('o.name');

/** The company network's SQL; every caller has already decided which institutions' networks it may touch. */
export const companyQueries = (tx: Db) => ({
  /** The networks' companies with their current capacity (the newest assessment) and open places. */
  list: (
    institutionIds: string[],
    filter: { industry?: string | undefined; workFunction?: string | undefined },
  ) =>
    companies(tx)
      .select([
        sql<string | null>`(select r.level from relational_capacity_assessments r
          where r.company_id = c.organisation_id
          order by r.assessed_on desc, r.created_at desc limit 1)`.as('capacity'),
        sql<number>`(select count(*)::int from company_openings p
          where p.company_id = c.organisation_id and p.status = 'open')`.as('open_places'),
      ])
      .where('c.institution_id', 'in', institutionIds)
      .$if(filter.industry !== undefined, (q) => q.where('c.industry', '=', filter.industry as string))
      .$if(filter.workFunction !== undefined, (q) =>
        q.where(sql<boolean>`${filter.workFunction} = any(c.work_functions)`),
      )
      .orderBy('o.name')
      .execute(),

  find: (companyId: string): Promise<CompanyRow | undefined> =>
    companies(tx).where('c.organisation_id', '=', companyId).executeTakeFirst(),

  cvrTaken: async (institutionId: string, cvr: string, except: string | null) =>
    (await tx
      .selectFrom('companies')
      .select('organisation_id')
      .where('institution_id', '=', institutionId)
      .where('cvr', '=', cvr)
      .$if(except !== null, (q) => q.where('organisation_id', '<>', except as string))
      .executeTakeFirst()) !== undefined,

  /** The organisation (kind 'company') and its profile in the network: both, in the caller's transaction. */
  insert: async (name: string, values: Omit<Insertable<CompaniesTable>, 'organisation_id'>) => {
    const org = await tx
      .insertInto('organisations')
      .values({ kind: 'company', name, cvr: values.cvr ?? null })
      .returning('id')
      .executeTakeFirstOrThrow();
    await tx
      .insertInto('companies')
      .values({ ...values, organisation_id: org.id })
      .execute();
    return org.id;
  },

  /** Compare and set the version in one statement: a parallel change finds it moved on. */
  update: async (
    companyId: string,
    name: string | undefined,
    changes: Updateable<CompaniesTable>,
    expected: Expected,
  ) => {
    const row = await tx
      .updateTable('companies')
      .set({ ...changes, version: sql`version + 1`, updated_at: sql`now()` })
      .where('organisation_id', '=', companyId)
      .$if(expected !== 'any', (q) => q.where('version', '=', expected as number))
      .returning('organisation_id')
      .executeTakeFirst();
    if (!row) return false;
    const org: { name?: string; cvr?: string | null } = {};
    if (name !== undefined) org.name = name;
    if (changes.cvr !== undefined) org.cvr = changes.cvr as string | null;
    if (Object.keys(org).length > 0)
      await tx.updateTable('organisations').set(org).where('id', '=', companyId).execute();
    return true;
  },

  contacts: (companyId: string) =>
    tx
      .selectFrom('company_contacts')
      .selectAll()
      .where('company_id', '=', companyId)
      .orderBy(sql`removed_at is not null`)
      .orderBy('created_at')
      .orderBy('id')
      .execute(),
  findContact: (companyId: string, contactId: string) =>
    tx
      .selectFrom('company_contacts')
      .selectAll()
      .where('company_id', '=', companyId)
      .where('id', '=', contactId)
      .executeTakeFirst(),
  insertContact: (values: Insertable<CompanyContactsTable>) =>
    tx.insertInto('company_contacts').values(values).returningAll().executeTakeFirstOrThrow(),
  updateContact: (companyId: string, contactId: string, changes: Updateable<CompanyContactsTable>) =>
    tx
      .updateTable('company_contacts')
      .set(changes)
      .where('company_id', '=', companyId)
      .where('id', '=', contactId)
      .returningAll()
      .executeTakeFirstOrThrow(),
  /** The company's mentors who have a sign-in: the users a contact may be linked to. */
  mentorUsers: (companyId: string) =>
    tx
      .selectFrom('memberships as m')
      .innerJoin('users as u', 'u.id', 'm.user_id')
      .select(['u.id', 'u.display_name as displayName'])
      .where('m.organisation_id', '=', companyId)
      .where('m.role', '=', 'companyMentor')
      .where('u.disabled_at', 'is', null)
      .orderBy('u.display_name')
      .execute(),

  assessments: (companyId: string) =>
    tx
      .selectFrom('relational_capacity_assessments')
      .selectAll()
      .where('company_id', '=', companyId)
      .orderBy('assessed_on', 'desc')
      .orderBy('created_at', 'desc')
      .execute(),
  insertAssessment: (values: {
    company_id: string;
    assessed_on: string;
    level: 'low' | 'medium' | 'high';
    reasons: string;
    assessed_by: string;
  }) =>
    tx.insertInto('relational_capacity_assessments').values(values).returningAll().executeTakeFirstOrThrow(),

  openings: (companyId: string) =>
    tx
      .selectFrom('company_openings')
      .selectAll()
      .where('company_id', '=', companyId)
      .orderBy(sql`case status when 'open' then 0 when 'filled' then 1 else 2 end`)
      .orderBy('created_at', 'desc')
      .execute(),
  findOpening: (companyId: string, openingId: string) =>
    tx
      .selectFrom('company_openings')
      .selectAll()
      .where('company_id', '=', companyId)
      .where('id', '=', openingId)
      .executeTakeFirst(),
  insertOpening: (values: Insertable<CompanyOpeningsTable>) =>
    tx.insertInto('company_openings').values(values).returningAll().executeTakeFirstOrThrow(),
  updateOpening: (
    companyId: string,
    openingId: string,
    changes: Updateable<CompanyOpeningsTable>,
    expected: Expected,
  ) =>
    tx
      .updateTable('company_openings')
      .set({ ...changes, version: sql`version + 1`, updated_at: sql`now()` })
      .where('company_id', '=', companyId)
      .where('id', '=', openingId)
      .$if(expected !== 'any', (q) => q.where('version', '=', expected as number))
      .returningAll()
      .executeTakeFirst(),

  /** The company's internships and hires, with the young person's first name (the service decides who sees it). */
  internships: (companyId: string) =>
    tx
      .selectFrom('internships as i')
      .innerJoin('courses as k', 'k.id', 'i.course_id')
      .innerJoin('participants as p', 'p.id', 'k.participant_id')
      .select(['i.course_id', 'p.given_name', 'i.starts_on', 'i.ends_on'])
      .where('i.company_id', '=', companyId)
      .orderBy('i.starts_on', 'desc')
      .execute(),
  hires: (companyId: string) =>
    tx
      .selectFrom('job_agreements as j')
      .innerJoin('courses as k', 'k.id', 'j.course_id')
      .innerJoin('participants as p', 'p.id', 'k.participant_id')
      .select([
        'j.course_id',
        'p.given_name',
        'j.type',
        sql<string>`coalesce(j.starts_on, j.granted_on, j.created_at::date)`.as('on'),
      ])
      .where('j.company_id', '=', companyId)
      .orderBy(sql`coalesce(j.starts_on, j.granted_on, j.created_at::date)`, 'desc')
      .execute(),

  /** The institutions' names, for the networks the reader reads. */
  institutions: (ids: string[]) =>
    ids.length === 0
      ? Promise.resolve([])
      : tx
          .selectFrom('organisations')
          .select(['id', 'name'])
          .where('id', 'in', ids)
          .orderBy('name')
          .execute(),
});
