import { queryOptions } from '@tanstack/react-query';
import { outcomeTypes } from '../../../src/courses/outcomes.ts';
import type { ApiResponse } from '../api/types.ts';
import { api } from '../app/api.ts';

/** Shapes generated from src/reports/dashboard-schemas.ts and compare-schemas.ts. */
export type Dashboard = ApiResponse<'/api/partnerships/{id}/dashboard'>;
export type Report = Dashboard['report'];
export type Comparison = ApiResponse<'/api/partnerships/compare'>;
export type ComparisonItem = Comparison['items'][number];
export type ShownFigure = ComparisonItem['admitted'];

export { partnershipsQuery } from '../formats/api.ts';
export { outcomeTypes };

const partnershipPath = (id: string) => `/api/partnerships/${encodeURIComponent(id)}`;

export const dashboardQuery = (partnershipId: string, asOf: string) =>
  queryOptions({
    queryKey: ['partnership', partnershipId, 'dashboard', asOf],
    queryFn: () =>
      api<Dashboard>('GET', `${partnershipPath(partnershipId)}/dashboard?asOf=${encodeURIComponent(asOf)}`),
  });

export const comparisonQuery = (asOf: string) =>
  queryOptions({
    queryKey: ['partnerships', 'compare', asOf],
    queryFn: () => api<Comparison>('GET', `/api/partnerships/compare?asOf=${encodeURIComponent(asOf)}`),
  });
