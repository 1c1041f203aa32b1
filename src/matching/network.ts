import { sql } from 'kysely';
import type { Level } from '../companies/vocabulary.ts';
import type { Db } from '../platform/db.ts';
import type { HistoryEntry, RankCompany } from './rank.ts';

/**
 * What ranking needs of an institution's company network: each company with its newest
 * relational-capacity assessment and its open openings. Reads the network only (class
 * `companies`), never a young person.
 */
export async function networkCompanies(
  tx: Db,
  institutionId: string,
  companyId?: string,
): Promise<RankCompany[]> {
  const rows = await tx
    .selectFrom('companies as c')
    .innerJoin('organisations as o', 'o.id', 'c.organisation_id')
    .select((eb) => [
      'c.organisation_id as id',
      'o.name',
      'c.industry',
      'c.work_functions',
      'c.latitude',
      'c.longitude',
      eb
        .selectFrom('relational_capacity_assessments as r')
        .select('r.level')
        .whereRef('r.company_id', '=', 'c.organisation_id')
        .orderBy('r.assessed_on', 'desc')
        .orderBy('r.created_at', 'desc')
        .limit(1)
        .as('capacity'),
    ])
    .where('c.institution_id', '=', institutionId)
    .$if(companyId !== undefined, (q) => q.where('c.organisation_id', '=', companyId as string))
    .execute();
  if (rows.length === 0) return [];
  const openings = await tx
    .selectFrom('company_openings')
    .select(['id', 'company_id', 'title', 'work_functions'])
    .where(
      'company_id',
      'in',
      rows.map((r) => r.id),
    )
    .where('status', '=', 'open')
    .orderBy('created_at')
    .orderBy('id')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    industry: r.industry,
    workFunctions: r.work_functions,
    capacity: (r.capacity as Level | null) ?? null,
    location:
      r.latitude !== null && r.longitude !== null ? { latitude: r.latitude, longitude: r.longitude } : null,
    openings: openings
      .filter((o) => o.company_id === r.id)
      .map((o) => ({ id: o.id, title: o.title, workFunctions: o.work_functions })),
  }));
}

/** The courses' earlier internships (running or ended) and jobs, by company. */
export async function historyOf(tx: Db, courseIds: readonly string[]): Promise<HistoryEntry[]> {
  if (courseIds.length === 0) return [];
  const internships = await tx
    .selectFrom('internships')
    .select(['course_id', 'company_id', 'ends_on'])
    .select(sql<boolean>`ends_on is null or ends_on >= current_date`.as('running'))
    .where('course_id', 'in', courseIds)
    .execute();
  const jobs = await tx
    .selectFrom('job_agreements')
    .select(['course_id', 'company_id'])
    .where('course_id', 'in', courseIds)
    .execute();
  return [
    ...internships.map((i) => ({
      courseId: i.course_id,
      companyId: i.company_id,
      outcome: i.running ? ('running' as const) : ('ended' as const),
    })),
    ...jobs.map((j) => ({ courseId: j.course_id, companyId: j.company_id, outcome: 'hired' as const })),
  ];
}
