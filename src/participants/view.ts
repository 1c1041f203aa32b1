import type { Selectable } from 'kysely';
import { z } from 'zod';
import type { CourseGrant } from '../auth/access.ts';
import type { ParticipantsTable } from '../platform/schema.ts';
import { type CprCipher, maskCpr } from './cpr.ts';

export const participantView = z.object({
  id: z.string(),
  givenName: z.string(),
  familyName: z.string(),
  phone: z.string().nullable(),
  email: z.string().nullable(),
  supportNeeds: z.string(),
  // Special-category and protected data (GDPR art. 9, CPR): null for anyone not allowed it.
  sensitive: z
    .object({
      birthDate: z.string(),
      gender: z.enum(['female', 'male', 'other']),
      disabilities: z.array(z.string()),
      acquiredStrains: z.array(z.string()),
      cprMasked: z.string().nullable(),
    })
    .nullable(),
});
export type ParticipantView = z.infer<typeof participantView>;

type Row = Omit<Selectable<ParticipantsTable>, 'created_at'>;

/** What one grant may see of a participant; the company mentor never gets the sensitive part. */
export function viewParticipant(row: Row, grant: CourseGrant, cpr: CprCipher): ParticipantView {
  const sensitive =
    grant.permissions.has('participant.sensitive.read') || grant.side === 'participant'
      ? {
          birthDate: row.birth_date,
          gender: row.gender,
          disabilities: row.disabilities,
          acquiredStrains: row.acquired_strains,
          cprMasked: row.cpr_encrypted ? maskCpr(cpr.decrypt(row.cpr_encrypted)) : null,
        }
      : null;
  return {
    id: row.id,
    givenName: row.given_name,
    familyName: row.family_name,
    phone: row.phone,
    email: row.email,
    supportNeeds: row.support_needs,
    sensitive,
  };
}
