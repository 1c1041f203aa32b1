import { type AuditEntry, audit } from '../audit/audit.ts';
import { type CourseGrant, courseGrants } from '../auth/access.ts';
import { auditFor } from '../auth/course-scope.ts';
import { present } from '../auth/present.ts';
import type { Scope } from '../auth/scope.ts';
import { networkAccess } from '../companies/access.ts';
import { notFound } from '../platform/errors.ts';
import { historyOf, networkCompanies } from './network.ts';
import { rankParticipants } from './rank.ts';
import type { OpeningSuggestionView } from './schemas.ts';
import { rankProfileOf } from './view.ts';

/** A grant that lets its holder see a young person among the suggestions. */
const maySee = (grant: CourseGrant | undefined): grant is CourseGrant =>
  !!grant && grant.permissions.has('matching.read') && grant.classes.has('matching');

/**
 * A company's opening and the young people suggested for it: only those of the institution's
 * partnerships whose course the reader holds `matching.read` on, each presented through that
 * course's grant and audited on that course (`matching.opening`). A company outside the reader's
 * network, or an opening of another company, is not found.
 */
export async function openingSuggestions(scope: Scope, companyId: string, openingId: string) {
  const { tx, actor } = scope;
  const { reads } = await networkAccess(tx, actor);
  if (reads.length === 0) throw notFound('company');
  const company = await tx
    .selectFrom('companies')
    .select(['organisation_id', 'institution_id'])
    .where('organisation_id', '=', companyId)
    .where('institution_id', 'in', reads)
    .executeTakeFirst();
  if (!company) throw notFound('company');
  const opening = await tx
    .selectFrom('company_openings')
    .select(['id', 'title', 'work_functions', 'hours_per_week', 'available_from', 'status', 'note'])
    .where('id', '=', openingId)
    .where('company_id', '=', companyId)
    .executeTakeFirst();
  if (!opening) throw notFound('opening');
  const [rankCompany] = await networkCompanies(tx, company.institution_id, companyId);
  if (!rankCompany) throw notFound('company');

  // Which courses could be suggested (ids only), then which of them the reader may see.
  const candidates = await tx
    .selectFrom('courses as c')
    .innerJoin('partnerships as p', 'p.id', 'c.partnership_id')
    .innerJoin('work_profiles as w', 'w.course_id', 'c.id')
    .select('c.id')
    .where('p.institution_id', '=', company.institution_id)
    .where('c.status', '!=', 'ended')
    .execute();
  const grants = await courseGrants(
    tx,
    actor,
    candidates.map((c) => c.id),
  );
  const visible = candidates.map((c) => c.id).filter((id) => maySee(grants.get(id)));
  const profiles =
    visible.length === 0
      ? []
      : await tx
          .selectFrom('work_profiles as w')
          .innerJoin('courses as c', 'c.id', 'w.course_id')
          .innerJoin('participants as pt', 'pt.id', 'c.participant_id')
          .selectAll('w')
          .select(['pt.given_name', 'pt.family_name'])
          .where('w.course_id', 'in', visible)
          .execute();
  const ranked = rankParticipants(
    { id: opening.id, title: opening.title, workFunctions: opening.work_functions },
    rankCompany,
    profiles.map((p) => ({
      courseId: p.course_id,
      name: `${p.given_name} ${p.family_name}`,
      profile: rankProfileOf(p),
    })),
    await historyOf(tx, visible),
  );
  const entries: AuditEntry[] = [];
  const suggestions = ranked.map((s) => {
    const grant = grants.get(s.courseId) as CourseGrant;
    entries.push(
      auditFor(grant, 'matching.opening', {
        objectType: 'companyOpening',
        objectId: opening.id,
        detail: { companyId, rank: s.rank },
      }),
    );
    const item: OpeningSuggestionView = {
      rank: s.rank,
      score: s.score,
      courseId: s.courseId,
      participantName: s.name,
      reasons: s.reasons,
    };
    return present('openingSuggestion', item, grant);
  });
  await audit(tx, actor, entries);
  return {
    company: { id: rankCompany.id, name: rankCompany.name, industry: rankCompany.industry },
    opening: {
      id: opening.id,
      title: opening.title,
      workFunctions: opening.work_functions,
      hoursPerWeek: opening.hours_per_week === null ? null : Number(opening.hours_per_week),
      availableFrom: opening.available_from,
      status: opening.status,
      note: opening.note,
    },
    suggestions,
  };
}
