import { queryOptions } from '@tanstack/react-query';
import { api, isApiError } from '../app/api.ts';

export type ConsentPurpose = 'shareWithMunicipality' | 'shareWithCompany' | 'statistics';

export interface Consent {
  id: string;
  purpose: ConsentPurpose;
  recipient: { id: string; name: string } | null;
  givenOn: string;
  withdrawnOn: string | null;
  active: boolean;
}

/** The participant's consents; null when the server has no consents route (404). */
export const consentsQuery = (courseId: string) =>
  queryOptions({
    queryKey: ['course', courseId, 'consents'],
    queryFn: async () => {
      try {
        return await api<{ consents: Consent[] }>(
          'GET',
          `/api/courses/${encodeURIComponent(courseId)}/consents`,
        );
      } catch (error) {
        if (isApiError(error, 404)) return null;
        throw error;
      }
    },
  });
