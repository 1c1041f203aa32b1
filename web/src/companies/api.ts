import { queryOptions } from '@tanstack/react-query';
import type { ApiBody, ApiQuery, ApiResponse } from '../api/types.ts';
import { api, query } from '../app/api.ts';

export { isValidCvr } from '../../../src/companies/cvr.ts';
/** Shapes generated from src/companies/schemas.ts; the vocabularies come from the server's pure module. */
export {
  type Industry,
  industries,
  type Level,
  levels,
  type NewPlace,
  newPlaceStates,
  type OpeningStatus,
  openingStates,
  type WorkFunction,
  workFunctions,
} from '../../../src/companies/vocabulary.ts';

export type CompanyList = ApiResponse<'/api/companies'>;
export type CompanySummary = CompanyList['companies'][number];
export type CompanyFilter = ApiQuery<'/api/companies'>;
export type CompanyDetail = ApiResponse<'/api/companies/{companyId}'>;
export type Company = CompanyDetail['company'];
export type Contact = CompanyDetail['contacts'][number];
export type Assessment = CompanyDetail['capacity'][number];
export type Opening = CompanyDetail['openings'][number];
export type NewCompany = ApiBody<'/api/companies', 'post'>;
export type CompanyPatch = ApiBody<'/api/companies/{companyId}', 'patch'>;
export type NewContact = ApiBody<'/api/companies/{companyId}/contacts', 'post'>;
export type NewAssessment = ApiBody<'/api/companies/{companyId}/capacity', 'post'>;
export type NewOpening = ApiBody<'/api/companies/{companyId}/openings', 'post'>;
export type OpeningPatch = ApiBody<'/api/companies/{companyId}/openings/{openingId}', 'patch'>;
export type WorkplaceList = ApiResponse<'/api/workplaces'>;
export type Workplace = WorkplaceList['workplaces'][number];
export type NewWorkplace = ApiBody<'/api/workplaces', 'post'>;
export type WorkplacePatch = ApiBody<'/api/workplaces/{workplaceId}', 'patch'>;

export const companiesKey = ['companies'];
const one = (companyId: string) => `/api/companies/${encodeURIComponent(companyId)}`;
export const companyKey = (companyId: string) => ['companies', companyId];

export const companiesQuery = (filter: CompanyFilter) =>
  queryOptions({
    queryKey: [...companiesKey, 'list', filter],
    queryFn: () =>
      api<CompanyList>(
        'GET',
        `/api/companies${query({
          industry: filter.industry,
          workFunction: filter.workFunction,
          q: filter.q,
          near: filter.near,
          maxKm: filter.maxKm === undefined ? undefined : String(filter.maxKm),
          sort: filter.sort,
        })}`,
      ),
  });

export const companyQuery = (companyId: string) =>
  queryOptions({ queryKey: companyKey(companyId), queryFn: () => api<CompanyDetail>('GET', one(companyId)) });

export const createCompany = (body: NewCompany) =>
  api<ApiResponse<'/api/companies', 'post'>>('POST', '/api/companies', body);
export const updateCompany = (companyId: string, patch: CompanyPatch, version: number) =>
  api<ApiResponse<'/api/companies/{companyId}', 'patch'>>('PATCH', one(companyId), patch, {
    ifMatch: version,
  });

export const addContact = (companyId: string, body: NewContact) =>
  api<ApiResponse<'/api/companies/{companyId}/contacts', 'post'>>('POST', `${one(companyId)}/contacts`, body);
export const removeContact = (companyId: string, contactId: string) =>
  api<ApiResponse<'/api/companies/{companyId}/contacts/{contactId}/remove', 'post'>>(
    'POST',
    `${one(companyId)}/contacts/${encodeURIComponent(contactId)}/remove`,
  );
export const addAssessment = (companyId: string, body: NewAssessment) =>
  api<ApiResponse<'/api/companies/{companyId}/capacity', 'post'>>('POST', `${one(companyId)}/capacity`, body);
export const addOpening = (companyId: string, body: NewOpening) =>
  api<ApiResponse<'/api/companies/{companyId}/openings', 'post'>>('POST', `${one(companyId)}/openings`, body);
export const updateOpening = (companyId: string, openingId: string, patch: OpeningPatch, version: number) =>
  api<ApiResponse<'/api/companies/{companyId}/openings/{openingId}', 'patch'>>(
    'PATCH',
    `${one(companyId)}/openings/${encodeURIComponent(openingId)}`,
    patch,
    { ifMatch: version },
  );

export const workplacesKey = ['workplaces'];
export const workplacesQuery = queryOptions({
  queryKey: workplacesKey,
  queryFn: () => api<WorkplaceList>('GET', '/api/workplaces'),
});
export const createWorkplace = (body: NewWorkplace) =>
  api<ApiResponse<'/api/workplaces', 'post'>>('POST', '/api/workplaces', body);
export const updateWorkplace = (workplaceId: string, patch: WorkplacePatch, version: number) =>
  api<ApiResponse<'/api/workplaces/{workplaceId}', 'patch'>>(
    'PATCH',
    `/api/workplaces/${encodeURIComponent(workplaceId)}`,
    patch,
    { ifMatch: version },
  );
