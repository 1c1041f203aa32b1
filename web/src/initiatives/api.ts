import { queryOptions } from '@tanstack/react-query';
import type { ApiBody, ApiResponse, Me } from '../api/types.ts';
import { api, query } from '../app/api.ts';

/** Shapes generated from src/initiatives/schemas.ts. */
export type InitiativeList = ApiResponse<'/api/initiatives'>;
export type InitiativeSummary = InitiativeList['initiatives'][number];
export type InitiativeChoices = InitiativeList['municipalities'][number];
export type InitiativeDetail = ApiResponse<'/api/initiatives/{initiativeId}'>;
export type Initiative = InitiativeDetail['initiative'];
export type NewInitiative = ApiBody<'/api/initiatives', 'post'>;
export type InitiativeInput = ApiBody<'/api/initiatives/{initiativeId}', 'put'>;
export type PlanStep = Initiative['plan'][number];

export const initiativesKey = ['initiatives'];
const one = (id: string) => `/api/initiatives/${encodeURIComponent(id)}`;

export const initiativesQuery = (municipalityId?: string) =>
  queryOptions({
    queryKey: [...initiativesKey, 'list', municipalityId ?? null],
    queryFn: () => api<InitiativeList>('GET', `/api/initiatives${query({ municipalityId })}`),
  });

export const initiativeQuery = (id: string) =>
  queryOptions({
    queryKey: [...initiativesKey, id],
    queryFn: () => api<InitiativeDetail>('GET', one(id)),
  });

export const createInitiative = (body: NewInitiative) =>
  api<ApiResponse<'/api/initiatives', 'post'>>('POST', '/api/initiatives', body);

export const updateInitiative = (id: string, body: InitiativeInput, version: number) =>
  api<ApiResponse<'/api/initiatives/{initiativeId}', 'put'>>('PUT', one(id), body, { ifMatch: version });

/**
 * Who sees "Indsatser" in the header: the development-group roles of a municipality or an
 * institution (src/initiatives/access.ts decides; an institution in no partnership gets "no access").
 */
const readerRoles = new Set(['leader', 'youthCoordinator', 'caseworker']);
export const mayReadInitiatives = (me: Me | null | undefined): boolean =>
  me?.user.memberships.some(
    (m) =>
      (m.organisationKind === 'municipality' || m.organisationKind === 'institution') &&
      readerRoles.has(m.role),
  ) ?? false;

/** "250.000", "250 000" or "250000" kr. → 250000; empty → null; anything else → NaN. */
export function parseKroner(value: string): number | null {
  const plain = value.replace(/kr\.?/i, '').replace(/[\s.]/g, '').trim();
  if (plain === '') return null;
  return /^\d{1,10}$/.test(plain) ? Number(plain) : Number.NaN;
}
