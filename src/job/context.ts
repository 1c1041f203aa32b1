import { badRequest } from '../platform/errors.ts';
import type { JobQueries } from './queries.ts';

/**
 * The places a course can work: its institution's workplaces and network companies, with their
 * names for the views. Checks what a request names against them, so nothing of another
 * institution's network is ever stored on a course.
 */
export async function workContext(q: JobQueries) {
  const [workplaces, companies] = await Promise.all([q.workplaces(), q.companies()]);
  const workplaceNames = new Map(workplaces.map((w) => [w.id, w.name]));
  const companyNames = new Map(companies.map((c) => [c.id, c.name]));
  return {
    workplaces,
    companies,
    workplaceName: (id: string) => workplaceNames.get(id) ?? '',
    companyName: (id: string) => companyNames.get(id) ?? '',
    /** A workplace of the course's institution that is still in use. */
    checkWorkplace(id: string, field: string) {
      if (!workplaces.some((w) => w.id === id && w.active))
        throw badRequest(`${field}: not a workplace of the course's institution`, field);
    },
    /** A company of the course institution's network. */
    checkCompany(id: string, field: string) {
      if (!companyNames.has(id))
        throw badRequest(`${field}: not a company of the course institution's network`, field);
    },
  };
}
export type WorkContext = Awaited<ReturnType<typeof workContext>>;

/** Display names of users (authors, assessors); a removed user shows as nothing rather than failing. */
export async function namesOf(q: JobQueries, ids: Iterable<string>) {
  const rows = await q.names([...new Set(ids)]);
  const names = new Map(rows.map((r) => [r.id, r.display_name]));
  return (id: string) => ({ userId: id, displayName: names.get(id) ?? '' });
}
export type NameOf = Awaited<ReturnType<typeof namesOf>>;

/** The authors must be on the course's team: no one else writes the course's record. */
export async function checkAuthors(q: JobQueries, authors: string[], field: string) {
  const unique = [...new Set(authors)];
  const onTeam = new Set((await q.teamMembers(unique)).map((r) => r.user_id));
  const stranger = unique.find((id) => !onTeam.has(id));
  if (stranger) throw badRequest(`${field}: ${stranger} is not on the course's team`, field);
  if (unique.length !== authors.length) throw badRequest(`${field}: names an author twice`, field);
}

export function checkPeriod(from: string, to: string | null | undefined, field: string) {
  if (to && to < from) throw badRequest(`${field}: must not be before the start`, field);
}
