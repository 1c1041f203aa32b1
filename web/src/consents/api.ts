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

export interface GiveConsent {
  purpose: ConsentPurpose;
  /** The company, for sharing with a company (and only then). */
  recipientOrganisationId?: string;
  /** 'YYYY-MM-DD', not later than today. */
  givenOn: string;
}

export const consentPurposes: ConsentPurpose[] = ['shareWithMunicipality', 'shareWithCompany', 'statistics'];

/** POST …/consents: recorded by the youth coordinator on the participant's behalf. */
export const giveConsent = (courseId: string, consent: GiveConsent) =>
  api<{ consent: Consent }>('POST', `/api/courses/${encodeURIComponent(courseId)}/consents`, consent);

/** The companies a consent may name as recipient. */
export const consentRecipientsQuery = (courseId: string) =>
  queryOptions({
    queryKey: ['course', courseId, 'consent-recipients'],
    queryFn: () =>
      api<{ companies: Array<{ id: string; name: string }> }>(
        'GET',
        `/api/courses/${encodeURIComponent(courseId)}/consent-recipients`,
      ),
  });

/** POST …/consents/:consentId/withdraw: takes effect at once, dated today by the server. */
export const withdrawConsent = (courseId: string, consentId: string) =>
  api<{ consent: Consent }>(
    'POST',
    `/api/courses/${encodeURIComponent(courseId)}/consents/${encodeURIComponent(consentId)}/withdraw`,
  );
