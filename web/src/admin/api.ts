import { queryOptions } from '@tanstack/react-query';
import type { ApiBody, ApiResponse } from '../api/types.ts';
import { api } from '../app/api.ts';
import type { Me } from '../auth/session.ts';

export type AdminOverview = ApiResponse<'/api/admin'>;
export type NewUser = ApiBody<'/api/admin/users', 'post'>;
export type NewOrganisation = ApiBody<'/api/admin/organisations', 'post'>;
export type NewPartnership = ApiBody<'/api/admin/partnerships', 'post'>;
export type OrganisationRole = NewUser['role'];
export type OrganisationKind = NewOrganisation['kind'];

export const organisationRoles: OrganisationRole[] = [
  'administrator',
  'youthCoordinator',
  'caseworker',
  'workshopMentor',
  'jobConsultant',
  'companyMentor',
  'leader',
];
export const organisationKinds: OrganisationKind[] = ['municipality', 'institution', 'company', 'other'];

export const isAdministrator = (me: Me | null | undefined) =>
  me?.user.memberships.some((m) => m.role === 'administrator') ?? false;

export const adminQuery = queryOptions({
  queryKey: ['admin'],
  queryFn: () => api<AdminOverview>('GET', '/api/admin'),
});

export const createUser = (user: NewUser) =>
  api<ApiResponse<'/api/admin/users', 'post'>>('POST', '/api/admin/users', user);
export const createOrganisation = (organisation: NewOrganisation) =>
  api<ApiResponse<'/api/admin/organisations', 'post'>>('POST', '/api/admin/organisations', organisation);
export const createPartnership = (partnership: NewPartnership) =>
  api<ApiResponse<'/api/admin/partnerships', 'post'>>('POST', '/api/admin/partnerships', partnership);
export const changeMembership = (
  userId: string,
  membership: { organisationId: string; role: OrganisationRole },
  change: 'add' | 'remove',
) =>
  api<{ ok: true }>(
    'POST',
    `/api/admin/users/${encodeURIComponent(userId)}/memberships${change === 'remove' ? '/remove' : ''}`,
    membership,
  );
