import type { Level } from '../companies/vocabulary.ts';
import { distanceKm, type Point } from '../platform/distance.ts';

/**
 * Matching (issue 9 §4, report §8): suggestions, never decisions. Pure: the same facts give the
 * same ranking, so a recorded decision's rank and score can be judged later against it.
 *
 * The weights, one line each (a suggestion's score is their sum):
 * - functions  +20 for each of the young person's chosen work functions the place offers (the
 *              company's functions and those of its open openings; for an opening, the opening's own);
 * - industry   +15 when the company's industry is one the young person chose;
 * - capacity   support need against relational capacity on one scale (low < medium < high):
 *              capacity at or above the need +10; below it −25 for each step short (ranked down,
 *              and said); not yet assessed 0 (said, so someone assesses it);
 * - distance   within the maximum distance up to +10 (the nearer, the more: 10 × (1 − km/max));
 *              beyond it −30 (ranked down, and said); no maximum or no coordinates: 0;
 * - earlierInternship  an internship of this young person there before: +5 (a known place),
 *              a job there +10; the outcome is said either way, for the coordinator to weigh;
 * - openPlace  +10 when the company has an open opening (only for companies: an opening is one).
 * Ties are broken by name (Danish order), then id, so the ranking is deterministic.
 */
export const weights = {
  perFunction: 20,
  industry: 15,
  capacityEnough: 10,
  capacityShortPerStep: -25,
  nearMax: 10,
  beyondMax: -30,
  earlierInternship: 5,
  earlierJob: 10,
  openPlace: 10,
} as const;

/** How many of the ranked companies are suggested (the rest are not "among the suggestions"). */
export const SUGGESTION_LIMIT = 10;

export type InternshipOutcome = 'running' | 'ended' | 'hired';

export type Reason =
  | { code: 'functions'; functions: string[] }
  | { code: 'industry'; industry: string }
  | { code: 'capacity'; capacity: Level | null; support: Level; enough: boolean | null }
  | { code: 'distance'; km: number; maxKm: number | null; within: boolean | null }
  | { code: 'earlierInternship'; outcome: InternshipOutcome }
  | { code: 'openPlace'; openings: number };

export interface RankProfile {
  workFunctions: readonly string[];
  industries: readonly string[];
  supportLevel: Level;
  home: Point | null;
  maxDistanceKm: number | null;
}

export interface RankOpening {
  id: string;
  title: string;
  workFunctions: readonly string[];
}

export interface RankCompany {
  id: string;
  name: string;
  industry: string;
  workFunctions: readonly string[];
  /** The newest relational-capacity assessment's level; null when none was made. */
  capacity: Level | null;
  location: Point | null;
  /** Its open openings only. */
  openings: readonly RankOpening[];
}

/** An earlier internship (or job) of a young person at a company. */
export interface HistoryEntry {
  courseId: string;
  companyId: string;
  outcome: InternshipOutcome;
}

export interface Scored {
  score: number;
  reasons: Reason[];
}

export interface CompanySuggestion extends Scored {
  rank: number;
  company: RankCompany;
}

export interface ParticipantCandidate {
  courseId: string;
  name: string;
  profile: RankProfile;
}

export interface ParticipantSuggestion extends Scored {
  rank: number;
  courseId: string;
  name: string;
}

const levelIndex: Record<Level, number> = { low: 0, medium: 1, high: 2 };
const outcomeWeight: Record<InternshipOutcome, number> = {
  running: weights.earlierInternship,
  ended: weights.earlierInternship,
  hired: weights.earlierJob,
};
/** A job outweighs a running internship, which outweighs an ended one, when there were several. */
const outcomeOrder: Record<InternshipOutcome, number> = { hired: 2, running: 1, ended: 0 };

interface Place {
  companyId: string;
  industry: string;
  workFunctions: readonly string[];
  capacity: Level | null;
  location: Point | null;
  openOpenings: number | null;
}

function score(profile: RankProfile, place: Place, history: readonly HistoryEntry[]): Scored {
  const reasons: Reason[] = [];
  let total = 0;
  const offered = new Set(place.workFunctions);
  const functions = [...new Set(profile.workFunctions)].filter((f) => offered.has(f)).sort();
  if (functions.length > 0) {
    total += weights.perFunction * functions.length;
    reasons.push({ code: 'functions', functions });
  }
  if (profile.industries.includes(place.industry)) {
    total += weights.industry;
    reasons.push({ code: 'industry', industry: place.industry });
  }
  const support = profile.supportLevel;
  if (place.capacity === null) {
    reasons.push({ code: 'capacity', capacity: null, support, enough: null });
  } else {
    const short = levelIndex[support] - levelIndex[place.capacity];
    total += short > 0 ? weights.capacityShortPerStep * short : weights.capacityEnough;
    reasons.push({ code: 'capacity', capacity: place.capacity, support, enough: short <= 0 });
  }
  if (profile.home && place.location) {
    const km = Math.round(distanceKm(profile.home, place.location) * 10) / 10;
    const max = profile.maxDistanceKm;
    if (max === null) reasons.push({ code: 'distance', km, maxKm: null, within: null });
    else if (km > max) {
      total += weights.beyondMax;
      reasons.push({ code: 'distance', km, maxKm: max, within: false });
    } else {
      total += weights.nearMax * (1 - km / max);
      reasons.push({ code: 'distance', km, maxKm: max, within: true });
    }
  }
  const earlier = history
    .filter((h) => h.companyId === place.companyId)
    .sort((a, b) => outcomeOrder[b.outcome] - outcomeOrder[a.outcome])[0];
  if (earlier) {
    total += outcomeWeight[earlier.outcome];
    reasons.push({ code: 'earlierInternship', outcome: earlier.outcome });
  }
  if (place.openOpenings) {
    total += weights.openPlace;
    reasons.push({ code: 'openPlace', openings: place.openOpenings });
  }
  // Two decimals: the distance term is fractional, and a stored score must compare equal to a recomputed one.
  return { score: Math.round(total * 100) / 100, reasons };
}

const byScoreThenName = (a: Scored & { key: string; id: string }, b: Scored & { key: string; id: string }) =>
  b.score - a.score || a.key.localeCompare(b.key, 'da') || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** The young person's companies, best first, each with its score and reasons. */
export function rankCompanies(
  profile: RankProfile,
  companies: readonly RankCompany[],
  history: readonly HistoryEntry[],
): CompanySuggestion[] {
  return companies
    .map((company) => {
      const offered = new Set([
        ...company.workFunctions,
        ...company.openings.flatMap((o) => o.workFunctions),
      ]);
      const scored = score(
        profile,
        {
          companyId: company.id,
          industry: company.industry,
          workFunctions: [...offered],
          capacity: company.capacity,
          location: company.location,
          openOpenings: company.openings.length,
        },
        history,
      );
      return { ...scored, company, key: company.name, id: company.id };
    })
    .sort(byScoreThenName)
    .map(({ key: _key, id: _id, ...s }, i) => ({ ...s, rank: i + 1 }));
}

/** The young people for a company's opening, best first: the opening's functions (or else the company's). */
export function rankParticipants(
  opening: RankOpening,
  company: RankCompany,
  candidates: readonly ParticipantCandidate[],
  history: readonly HistoryEntry[],
): ParticipantSuggestion[] {
  const place: Place = {
    companyId: company.id,
    industry: company.industry,
    workFunctions: opening.workFunctions.length > 0 ? opening.workFunctions : company.workFunctions,
    capacity: company.capacity,
    location: company.location,
    openOpenings: null,
  };
  return candidates
    .map((c) => ({
      ...score(
        c.profile,
        place,
        history.filter((h) => h.courseId === c.courseId),
      ),
      courseId: c.courseId,
      name: c.name,
      key: c.name,
      id: c.courseId,
    }))
    .sort(byScoreThenName)
    .map(({ key: _key, id: _id, ...s }, i) => ({ ...s, rank: i + 1 }));
}
