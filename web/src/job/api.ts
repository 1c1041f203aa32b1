import { queryOptions } from '@tanstack/react-query';
import type { ApiBody, ApiResponse } from '../api/types.ts';
import { api } from '../app/api.ts';

export {
  type JobType,
  jobTypes,
  type WorkFunction,
  workFunctions,
} from '../../../src/companies/vocabulary.ts';

/** Shapes generated from src/job/schemas.ts. */
export type WorkOptions = ApiResponse<'/api/courses/{courseId}/work-options'>;
export type WorkTrialList = ApiResponse<'/api/courses/{courseId}/work-trials'>;
export type WorkTrial = WorkTrialList['workTrials'][number];
export type NewWorkTrial = ApiBody<'/api/courses/{courseId}/work-trials', 'post'>;
export type WorkTrialPatch = ApiBody<'/api/courses/{courseId}/work-trials/{trialId}', 'patch'>;
export type WorkTrialSaved = ApiResponse<'/api/courses/{courseId}/work-trials', 'post'>;
export type WorkEfficiencyList = ApiResponse<'/api/courses/{courseId}/work-efficiency'>;
export type WorkEfficiency = WorkEfficiencyList['assessments'][number];
export type NewWorkEfficiency = ApiBody<'/api/courses/{courseId}/work-efficiency', 'post'>;
export type WorkEfficiencySaved = ApiResponse<'/api/courses/{courseId}/work-efficiency', 'post'>;
export type JobAgreementList = ApiResponse<'/api/courses/{courseId}/job-agreements'>;
export type JobAgreement = JobAgreementList['jobAgreements'][number];
export type NewJobAgreement = ApiBody<'/api/courses/{courseId}/job-agreements', 'post'>;
export type JobAgreementPatch = ApiBody<'/api/courses/{courseId}/job-agreements/{agreementId}', 'patch'>;
export type JobAgreementSaved = ApiResponse<'/api/courses/{courseId}/job-agreements', 'post'>;

const base = (courseId: string) => `/api/courses/${encodeURIComponent(courseId)}`;
export const jobKey = (courseId: string, part: string) => ['course', courseId, 'job', part];

export const workOptionsQuery = (courseId: string) =>
  queryOptions({
    queryKey: jobKey(courseId, 'options'),
    queryFn: () => api<WorkOptions>('GET', `${base(courseId)}/work-options`),
  });
export const workTrialsQuery = (courseId: string) =>
  queryOptions({
    queryKey: jobKey(courseId, 'trials'),
    queryFn: () => api<WorkTrialList>('GET', `${base(courseId)}/work-trials`),
  });
export const workEfficiencyQuery = (courseId: string) =>
  queryOptions({
    queryKey: jobKey(courseId, 'efficiency'),
    queryFn: () => api<WorkEfficiencyList>('GET', `${base(courseId)}/work-efficiency`),
  });
export const jobAgreementsQuery = (courseId: string) =>
  queryOptions({
    queryKey: jobKey(courseId, 'agreements'),
    queryFn: () => api<JobAgreementList>('GET', `${base(courseId)}/job-agreements`),
  });

export const createWorkTrial = (courseId: string, trial: NewWorkTrial) =>
  api<WorkTrialSaved>('POST', `${base(courseId)}/work-trials`, trial);
/** A change to the version the person saw; someone else's change in between gives 412. */
export const updateWorkTrial = (courseId: string, id: string, patch: WorkTrialPatch, version: number) =>
  api<WorkTrialSaved>('PATCH', `${base(courseId)}/work-trials/${encodeURIComponent(id)}`, patch, {
    ifMatch: version,
  });
export const createWorkEfficiency = (courseId: string, assessment: NewWorkEfficiency) =>
  api<WorkEfficiencySaved>('POST', `${base(courseId)}/work-efficiency`, assessment);
export const createJobAgreement = (courseId: string, agreement: NewJobAgreement) =>
  api<JobAgreementSaved>('POST', `${base(courseId)}/job-agreements`, agreement);
export const updateJobAgreement = (courseId: string, id: string, patch: JobAgreementPatch, version: number) =>
  api<JobAgreementSaved>('PATCH', `${base(courseId)}/job-agreements/${encodeURIComponent(id)}`, patch, {
    ifMatch: version,
  });

/** '12,5' or '12.5' → 12.5; anything else → NaN (the form says so at the field). */
export const parseNumber = (text: string) =>
  text.trim() === '' ? Number.NaN : Number(text.replace(',', '.'));
