import { queryOptions } from '@tanstack/react-query';
import type {
  ConsentList,
  ConsentNarrowed,
  ConsentPurpose,
  ConsentRecipients,
  ConsentSaved,
  GiveConsent,
  NarrowConsent,
} from '../api/types.ts';
import { vocabulary } from '../api/vocabulary.ts';
import { api, isApiError } from '../app/api.ts';

/** Shapes generated from src/consents/schemas.ts. */
export type { Consent, ConsentCategory, ConsentPurpose, GiveConsent } from '../api/types.ts';

/** The participant's consents; null when the server has no consents route (404). */
export const consentsQuery = (courseId: string) =>
  queryOptions({
    queryKey: ['course', courseId, 'consents'],
    queryFn: async () => {
      try {
        return await api<ConsentList>('GET', `/api/courses/${encodeURIComponent(courseId)}/consents`);
      } catch (error) {
        if (isApiError(error, 404)) return null;
        throw error;
      }
    },
  });

export const consentPurposes = vocabulary<ConsentPurpose>()([
  'shareWithMunicipality',
  'shareWithCompany',
  'statistics',
]);

/** POST …/consents: recorded by the youth coordinator on the participant's behalf. */
export const giveConsent = (courseId: string, consent: GiveConsent) =>
  api<ConsentSaved>('POST', `/api/courses/${encodeURIComponent(courseId)}/consents`, consent);

/** The companies a consent may name as recipient. */
export const consentRecipientsQuery = (courseId: string) =>
  queryOptions({
    queryKey: ['course', courseId, 'consent-recipients'],
    queryFn: () =>
      api<ConsentRecipients>('GET', `/api/courses/${encodeURIComponent(courseId)}/consent-recipients`),
  });

/** POST …/consents/:consentId/withdraw: takes effect at once, dated today by the server. */
export const withdrawConsent = (courseId: string, consentId: string) =>
  api<ConsentSaved>(
    'POST',
    `/api/courses/${encodeURIComponent(courseId)}/consents/${encodeURIComponent(consentId)}/withdraw`,
  );

/**
 * POST …/consents/:consentId/narrow: share fewer categories from today. The consent is withdrawn
 * and replaced by the returned one; sharing none is a withdrawal instead.
 */
export const narrowConsent = (courseId: string, consentId: string, categories: NarrowConsent['categories']) =>
  api<ConsentNarrowed>(
    'POST',
    `/api/courses/${encodeURIComponent(courseId)}/consents/${encodeURIComponent(consentId)}/narrow`,
    { categories } satisfies NarrowConsent,
  );
