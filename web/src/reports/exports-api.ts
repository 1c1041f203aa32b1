import { queryOptions } from '@tanstack/react-query';
import { type FigureName, figureNames, isDistributionFigure } from '../../../src/reports/figures.ts';
import type { ApiResponse } from '../api/types.ts';
import { api, query } from '../app/api.ts';

/** Shapes generated from src/reports/rows-schemas.ts. */
export type FigureRows = ApiResponse<'/api/partnerships/{id}/figures/{figure}'>;
export type FigureRow = FigureRows['rows'][number];
export { type FigureName, figureNames, isDistributionFigure };

export const isFigureName = (name: string): name is FigureName =>
  (figureNames as readonly string[]).includes(name);

const figureBase = (partnershipId: string, figure: FigureName) =>
  `/api/partnerships/${encodeURIComponent(partnershipId)}/figures/${encodeURIComponent(figure)}`;

export const figureRowsQuery = (partnershipId: string, figure: FigureName, asOf: string, key?: string) =>
  queryOptions({
    queryKey: ['partnership', partnershipId, 'figure', figure, asOf, key ?? null],
    queryFn: () => api<FigureRows>('GET', `${figureBase(partnershipId, figure)}${query({ asOf, key })}`),
  });

/** The same rows as a CSV file (a plain link: the browser downloads it with the session cookie). */
export const figureCsvUrl = (partnershipId: string, figure: FigureName, asOf: string, key?: string) =>
  `${figureBase(partnershipId, figure)}/export${query({ asOf, key })}`;

/** The half-yearly report as a PDF. */
export const reportPdfUrl = (partnershipId: string, asOf: string) =>
  `/api/partnerships/${encodeURIComponent(partnershipId)}/report.pdf${query({ asOf })}`;

/** Every figure of the dashboard as one CSV file (counts only). */
export const dashboardCsvUrl = (partnershipId: string, asOf: string) =>
  `/api/partnerships/${encodeURIComponent(partnershipId)}/dashboard/export${query({ asOf })}`;
