import { queryOptions } from '@tanstack/react-query';
import type { ApiBody, ApiResponse } from '../api/types.ts';
import { api } from '../app/api.ts';

export { industries, levels, workFunctions } from '../../../src/companies/vocabulary.ts';

/** Shapes generated from src/matching/schemas.ts. */
export type ProfileRead = ApiResponse<'/api/courses/{courseId}/matching/profile'>;
export type WorkProfile = NonNullable<ProfileRead['profile']>;
export type ProfileInput = ApiBody<'/api/courses/{courseId}/matching/profile', 'put'>;
export type SuggestionList = ApiResponse<'/api/courses/{courseId}/matching/suggestions'>;
export type Suggestion = SuggestionList['suggestions'][number];
export type Reason = Suggestion['reasons'][number];
export type DecisionList = ApiResponse<'/api/courses/{courseId}/matching/decisions'>;
export type Decision = DecisionList['decisions'][number];
export type NewDecision = ApiBody<'/api/courses/{courseId}/matching/decisions', 'post'>;
export type OpeningSuggestions = ApiResponse<'/api/companies/{companyId}/openings/{openingId}/suggestions'>;

const base = (courseId: string) => `/api/courses/${encodeURIComponent(courseId)}/matching`;
export const matchingKey = (courseId: string) => ['course', courseId, 'matching'];

export const profileQuery = (courseId: string) =>
  queryOptions({
    queryKey: [...matchingKey(courseId), 'profile'],
    queryFn: () => api<ProfileRead>('GET', `${base(courseId)}/profile`),
  });
export const suggestionsQuery = (courseId: string) =>
  queryOptions({
    queryKey: [...matchingKey(courseId), 'suggestions'],
    queryFn: () => api<SuggestionList>('GET', `${base(courseId)}/suggestions`),
  });
export const decisionsQuery = (courseId: string) =>
  queryOptions({
    queryKey: [...matchingKey(courseId), 'decisions'],
    queryFn: () => api<DecisionList>('GET', `${base(courseId)}/decisions`),
  });

/** The whole profile; the first save names no version (it creates it), later ones the version seen. */
export const saveProfile = (courseId: string, profile: ProfileInput, version: number | null) =>
  api<{ profile: WorkProfile }>(
    'PUT',
    `${base(courseId)}/profile`,
    profile,
    version === null ? {} : { ifMatch: version },
  );

export const recordDecision = (courseId: string, decision: NewDecision) =>
  api<{ decision: Decision }>('POST', `${base(courseId)}/decisions`, decision);

export const openingQuery = (companyId: string, openingId: string) =>
  queryOptions({
    queryKey: ['companies', companyId, 'openings', openingId, 'suggestions'],
    queryFn: () =>
      api<OpeningSuggestions>(
        'GET',
        `/api/companies/${encodeURIComponent(companyId)}/openings/${encodeURIComponent(openingId)}/suggestions`,
      ),
  });
