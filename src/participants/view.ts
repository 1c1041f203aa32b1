import { z } from 'zod';
import { presentedAs } from '../auth/present.ts';
import { type CprCipher, maskCpr } from './cpr.ts';
import { genders } from './kinds.ts';

/** A participant as the course page shows them; the view policy leaves out what a reader may not see. */
export const participantView = presentedAs(
  'participant',
  z.object({
    id: z.string(),
    givenName: z.string(),
    familyName: z.string(),
    phone: z.string().nullable().optional(),
    email: z.string().nullable().optional(),
    supportNeeds: z.string().optional(),
    // Personal, special-category (GDPR art. 9) and protected (CPR) data: each field for its readers only.
    sensitive: z
      .object({
        birthDate: z.string().optional(),
        gender: z.enum(genders).optional(),
        disabilities: z.array(z.string()).optional(),
        acquiredStrains: z.array(z.string()).optional(),
        cprMasked: z.string().nullable().optional(),
      })
      .optional(),
  }),
);
export type ParticipantView = z.infer<typeof participantView>;

interface Row {
  p_id: string;
  p_given_name: string;
  p_family_name: string;
  p_birth_date: string;
  p_gender: 'female' | 'male' | 'other';
  p_disabilities: string[];
  p_acquired_strains: string[];
  p_support_needs: string;
  p_phone: string | null;
  p_email: string | null;
  p_cpr_encrypted: string | null;
}

/** The whole participant; what leaves the server is decided by the view policy, not here. */
export function viewParticipant(row: Row, cpr: CprCipher): ParticipantView {
  return {
    id: row.p_id,
    givenName: row.p_given_name,
    familyName: row.p_family_name,
    phone: row.p_phone,
    email: row.p_email,
    supportNeeds: row.p_support_needs,
    sensitive: {
      birthDate: row.p_birth_date,
      gender: row.p_gender,
      disabilities: row.p_disabilities,
      acquiredStrains: row.p_acquired_strains,
      cprMasked: row.p_cpr_encrypted ? maskCpr(cpr.decrypt(row.p_cpr_encrypted)) : null,
    },
  };
}
