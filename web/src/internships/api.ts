import { queryOptions } from '@tanstack/react-query';
import type { ApiBody, ApiResponse } from '../api/types.ts';
import { api } from '../app/api.ts';

export { dailyContacts, workFunctions } from '../../../src/companies/vocabulary.ts';
export { companyCategories } from '../../../src/consents/categories.ts';

/** Shapes generated from src/internships/schemas.ts. */
type Item<T> = T extends ReadonlyArray<infer I> ? I : never;
export type InternshipList = ApiResponse<'/api/courses/{courseId}/internships'>;
export type Internship = Item<InternshipList['internships']>;
export type InternshipDetail = ApiResponse<'/api/courses/{courseId}/internships/{internshipId}'>;
export type NewInternship = ApiBody<'/api/courses/{courseId}/internships', 'post'>;
export type InternshipPatch = ApiBody<'/api/courses/{courseId}/internships/{internshipId}', 'patch'>;
export type InternshipSaved = ApiResponse<'/api/courses/{courseId}/internships', 'post'>;
export type ScheduleDay = Item<NonNullable<NewInternship['schedule']>>;
export type CompanyCategory = Item<NonNullable<NewInternship['companyMayRead']>>;
export type DailyContact = NonNullable<Internship['dailyContact']>;
export type InternshipChoices = ApiResponse<'/api/courses/{courseId}/internships/choices'>;
export type FollowUp = Item<NonNullable<InternshipDetail['followUps']>>;
export type Handover = Item<NonNullable<InternshipDetail['handovers']>>;
export type Observation = Item<NonNullable<InternshipDetail['observations']>>;
export type MentorInternships = ApiResponse<'/api/me/internships'>;
export type MentorInternship = Item<MentorInternships['internships']>;

const base = (courseId: string) => `/api/courses/${encodeURIComponent(courseId)}/internships`;
const one = (courseId: string, id: string) => `${base(courseId)}/${encodeURIComponent(id)}`;
export const internshipsKey = (courseId: string) => ['course', courseId, 'internships'];

export const internshipsQuery = (courseId: string) =>
  queryOptions({
    queryKey: internshipsKey(courseId),
    queryFn: () => api<InternshipList>('GET', base(courseId)),
  });

export const internshipQuery = (courseId: string, id: string) =>
  queryOptions({
    queryKey: [...internshipsKey(courseId), id],
    queryFn: () => api<InternshipDetail>('GET', one(courseId, id)),
  });

export const choicesQuery = (courseId: string) =>
  queryOptions({
    queryKey: [...internshipsKey(courseId), 'choices'],
    queryFn: () => api<InternshipChoices>('GET', `${base(courseId)}/choices`),
  });

export const mentorInternshipsQuery = queryOptions({
  queryKey: ['me', 'internships'],
  queryFn: () => api<MentorInternships>('GET', '/api/me/internships'),
});

export const createInternship = (courseId: string, body: NewInternship) =>
  api<InternshipSaved>('POST', base(courseId), body);

/** A change to the version the person saw; someone else's change in between gives 412. */
export const updateInternship = (courseId: string, id: string, patch: InternshipPatch, version: number) =>
  api<InternshipSaved>('PATCH', one(courseId, id), patch, { ifMatch: version });

export const endInternship = (
  courseId: string,
  id: string,
  body: { endsOn: string; reason: string },
  version: number,
) => api<InternshipSaved>('POST', `${one(courseId, id)}/end`, body, { ifMatch: version });

export const addFollowUp = (
  courseId: string,
  id: string,
  body: { heldOn: string; note: string; nextOn?: string | null },
) => api<unknown>('POST', `${one(courseId, id)}/follow-ups`, body);

export const handOver = (
  courseId: string,
  id: string,
  body: { dailyContact: DailyContact; effectiveOn: string; note?: string },
) => api<unknown>('POST', `${one(courseId, id)}/handovers`, body);

export const addObservation = (courseId: string, id: string, body: { text: string }) =>
  api<unknown>('POST', `${one(courseId, id)}/observations`, body);

export const pdfUrl = (courseId: string, id: string) => `${one(courseId, id)}/pdf`;
