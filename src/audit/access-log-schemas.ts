import { z } from 'zod';
import { presentedAs } from '../auth/present.ts';
import { auditActions } from './actions.ts';

export const accessLogEntry = presentedAs(
  'accessLogEntry',
  z.object({
    at: z.string(),
    action: z.enum(auditActions),
    outcome: z.enum(['ok', 'refused']),
    /** The person's name; null for the system itself (an import). */
    who: z.string().nullable(),
    role: z.string().nullable(),
    organisation: z.string().nullable(),
  }),
);
export type AccessLogEntry = z.infer<typeof accessLogEntry>;

export const accessLog = presentedAs(
  'accessLog',
  z.object({ participantName: z.string(), entries: z.array(accessLogEntry) }),
);
export type AccessLog = z.infer<typeof accessLog>;
