import { queryOptions } from '@tanstack/react-query';
import { outcomeTypes } from '../../../src/courses/outcomes.ts';
import type { ApiBody, ApiResponse } from '../api/types.ts';
import { api } from '../app/api.ts';

/** Shapes generated from src/partnerships/agreement-schemas.ts. */
export type Agreement = ApiResponse<'/api/partnerships/{id}/agreement'>;
export type AgreementInput = ApiBody<'/api/partnerships/{id}/agreement', 'put'>;
export type AgreementTerms = Agreement['terms'];
export type AgreementVersion = ApiResponse<'/api/partnerships/{id}/agreement/versions/{version}'>;
export type Comparison = ApiResponse<'/api/partnerships/{id}/agreement/compare'>;
export type TermsChange = Comparison['changes'][number];
export type VersionSummary = Agreement['versions'][number];
export type Party = Agreement['leaderOf'][number];
export type OutcomeType = AgreementTerms['goals']['outcomeSplit'][number]['outcomes'][number];

export const parties: readonly Party[] = ['municipality', 'institution'];
export { outcomeTypes };

const base = (partnershipId: string) => `/api/partnerships/${encodeURIComponent(partnershipId)}/agreement`;
export const agreementKey = (partnershipId: string) => ['partnership', partnershipId, 'agreement'];

export const agreementQuery = (partnershipId: string) =>
  queryOptions({
    queryKey: agreementKey(partnershipId),
    queryFn: () => api<Agreement>('GET', base(partnershipId)),
  });

export const versionQuery = (partnershipId: string, version: number) =>
  queryOptions({
    queryKey: [...agreementKey(partnershipId), 'version', version],
    queryFn: () => api<AgreementVersion>('GET', `${base(partnershipId)}/versions/${version}`),
    // A version never changes except for its approvals, which the page reads from the agreement.
    staleTime: 60_000,
  });

export const comparisonQuery = (partnershipId: string, from: number, to: number) =>
  queryOptions({
    queryKey: [...agreementKey(partnershipId), 'compare', from, to],
    queryFn: () => api<Comparison>('GET', `${base(partnershipId)}/compare?from=${from}&to=${to}`),
  });

/** A new version on top of the one the leader opened (0: there was none); someone else's save in between gives 412. */
export const saveAgreement = (partnershipId: string, input: AgreementInput, basedOn: number) =>
  api<Agreement>('PUT', base(partnershipId), input, { ifMatch: basedOn });

export const approveVersion = (partnershipId: string, version: number) =>
  api<AgreementVersion>('POST', `${base(partnershipId)}/versions/${version}/approve`);
