import { type CourseScope, refuse } from '../auth/course-scope.ts';
import { AppError, badRequest, notFound } from '../platform/errors.ts';
import { type Expected, StaleVersion } from '../platform/versions.ts';
import { matchingQueries, type WorkProfileRow } from './queries.ts';
import { type CompanySuggestion, type RankProfile, rankCompanies, SUGGESTION_LIMIT } from './rank.ts';
import type {
  CompanySuggestionView,
  DecisionView,
  NewDecision,
  WorkProfileInput,
  WorkProfileView,
} from './schemas.ts';
import { rankProfileOf, viewDecision, viewProfile } from './view.ts';

/**
 * Matching is class `matching`: a reader whose grant lacks it (a caseworker without the young
 * person's `internship` consent) finds nothing here, and the attempt is audited.
 */
function requireMatching(scope: CourseScope) {
  if (!scope.grant.classes.has('matching'))
    throw refuse(scope, notFound('course'), 'matching.read', {
      objectType: 'course',
      objectId: scope.grant.courseId,
    });
}

/** The young person's work profile, or null before the first is written. */
export async function getProfile(scope: CourseScope): Promise<{ profile: WorkProfileView | null }> {
  requireMatching(scope);
  const row = await scope.queries(matchingQueries).profile();
  await scope.audit('matching.read', {
    objectType: 'workProfile',
    objectId: scope.grant.courseId,
    detail: { profile: row ? row.version : null },
  });
  return { profile: row ? viewProfile(row) : null };
}

/** Replaces the profile (the first PUT, without If-Match, creates it); a stale version gets 412. */
export async function saveProfile(
  scope: CourseScope,
  input: WorkProfileInput,
  expected: Expected | null,
): Promise<WorkProfileView> {
  requireMatching(scope);
  const q = scope.queries(matchingQueries);
  const values = {
    work_functions: input.workFunctions,
    industries: input.industries,
    interests: input.interests ?? '',
    support_level: input.supportLevel,
    home_place: input.homePlace ?? '',
    home_latitude: input.homeLatitude ?? null,
    home_longitude: input.homeLongitude ?? null,
    max_distance_km: input.maxDistanceKm ?? null,
    updated_by: scope.actor.userId,
  };
  const current = await q.profile();
  const mustName = () =>
    new AppError(
      428,
      'precondition_required',
      'If-Match is required: the work profile exists; send the ETag (version) you based this change on',
      'If-Match',
    );
  let row: WorkProfileRow | undefined;
  if (!current) {
    // A version named for a profile that does not exist: the reader saw something that is gone.
    if (typeof expected === 'number') throw new StaleVersion(null, null);
    row = await q.insertProfile(values);
    // Someone else created it between the read and the insert.
    if (!row) throw mustName();
  } else {
    if (expected === null) throw mustName();
    row = await q.updateProfile(values, expected);
    if (!row) {
      const now = (await q.profile()) ?? current;
      throw new StaleVersion(
        now.version,
        scope.present('workProfileSaved', { profile: viewProfile(now) }).profile,
      );
    }
  }
  await scope.audit('matching.profile', {
    objectType: 'workProfile',
    objectId: scope.grant.courseId,
    detail: { version: row.version },
  });
  return viewProfile(row);
}

/** The whole network ranked for this young person (null without a profile). */
async function ranking(scope: CourseScope): Promise<CompanySuggestion[] | null> {
  const q = scope.queries(matchingQueries);
  const row = await q.profile();
  if (!row) return null;
  const profile: RankProfile = rankProfileOf(row);
  return rankCompanies(profile, await q.companies(), await q.history());
}

const viewSuggestion = (s: CompanySuggestion): CompanySuggestionView => ({
  rank: s.rank,
  score: s.score,
  companyId: s.company.id,
  companyName: s.company.name,
  industry: s.company.industry,
  openings: s.company.openings.map((o) => ({ id: o.id, title: o.title })),
  reasons: s.reasons,
});

/** Suggested companies of the course's network, best first, with their reasons; audited. */
export async function listSuggestions(scope: CourseScope) {
  requireMatching(scope);
  const ranked = await ranking(scope);
  const suggestions = (ranked ?? []).slice(0, SUGGESTION_LIMIT).map(viewSuggestion);
  await scope.audit('matching.read', {
    objectType: 'course',
    objectId: scope.grant.courseId,
    detail: { suggestions: suggestions.length, companies: suggestions.map((s) => s.companyId) },
  });
  return { hasProfile: ranked !== null, suggestions };
}

/** The decisions recorded on the course, newest first, so the ranking can be judged later. */
export async function listDecisions(scope: CourseScope) {
  requireMatching(scope);
  const rows = await scope.queries(matchingQueries).decisions();
  await scope.audit('matching.read', {
    objectType: 'course',
    objectId: scope.grant.courseId,
    detail: { decisions: rows.length },
  });
  return { decisions: rows.map(viewDecision) };
}

/**
 * Records which company (and opening) the coordinator followed, and why. The rank and score are
 * the server's own at this moment, never the client's: null rank when it was not among the suggestions.
 */
export async function recordDecision(scope: CourseScope, input: NewDecision): Promise<DecisionView> {
  requireMatching(scope);
  const q = scope.queries(matchingQueries);
  const ranked = await ranking(scope);
  const companies = ranked ? ranked.map((s) => s.company) : await q.companies();
  if (!companies.some((c) => c.id === input.companyId))
    throw badRequest("body.companyId: not a company in this course's network", 'body.companyId');
  const openingId = input.openingId ?? null;
  if (openingId && !(await q.opening(input.companyId, openingId)))
    throw badRequest('body.openingId: not an opening of that company', 'body.openingId');
  const found = ranked?.find((s) => s.company.id === input.companyId);
  const inserted = await q.insertDecision({
    company_id: input.companyId,
    opening_id: openingId,
    suggested_rank: found && found.rank <= SUGGESTION_LIMIT ? found.rank : null,
    score: found ? found.score : null,
    reason: input.reason,
    decided_by: scope.actor.userId,
  });
  await scope.audit('matching.decide', {
    objectType: 'matchDecision',
    objectId: inserted.id,
    detail: { companyId: input.companyId, openingId, rank: found?.rank ?? null },
  });
  const row = (await q.decisions()).find((d) => d.id === inserted.id);
  if (!row) throw new Error('decision not found after insert');
  return viewDecision(row);
}
