import type { DecisionRow, WorkProfileRow } from './queries.ts';
import type { RankProfile } from './rank.ts';
import type { DecisionView, WorkProfileView } from './schemas.ts';

export function viewProfile(row: WorkProfileRow): WorkProfileView {
  return {
    workFunctions: row.work_functions as WorkProfileView['workFunctions'],
    industries: row.industries as WorkProfileView['industries'],
    interests: row.interests,
    supportLevel: row.support_level,
    homePlace: row.home_place,
    homeLatitude: row.home_latitude,
    homeLongitude: row.home_longitude,
    maxDistanceKm: row.max_distance_km,
    version: row.version,
    updatedAt: new Date(row.updated_at).toISOString(),
  };
}

export function rankProfileOf(row: WorkProfileRow): RankProfile {
  return {
    workFunctions: row.work_functions,
    industries: row.industries,
    supportLevel: row.support_level,
    home:
      row.home_latitude !== null && row.home_longitude !== null
        ? { latitude: row.home_latitude, longitude: row.home_longitude }
        : null,
    maxDistanceKm: row.max_distance_km,
  };
}

export function viewDecision(row: DecisionRow): DecisionView {
  return {
    id: row.id,
    companyId: row.company_id,
    companyName: row.company_name,
    openingId: row.opening_id,
    openingTitle: row.opening_title,
    suggestedRank: row.suggested_rank,
    score: row.score === null ? null : Number(row.score),
    reason: row.reason,
    decidedBy: row.decided_by,
    decidedAt: new Date(row.decided_at).toISOString(),
  };
}
