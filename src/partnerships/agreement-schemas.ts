import { z } from 'zod';
import { presentedAs } from '../auth/present.ts';
import { storableText } from '../platform/schemas.ts';
import { agreementTerms } from './terms.ts';

/** The partnership agreement's requests and responses (src/partnerships/agreement.ts). */

export const parties = ['municipality', 'institution'] as const;
export type Party = (typeof parties)[number];

export const agreementParams = z.strictObject({ id: z.uuid() });
export const versionParams = z.strictObject({ id: z.uuid(), version: z.coerce.number().int().min(1) });
export const compareQuery = z.strictObject({
  from: z.coerce.number().int().min(1),
  to: z.coerce.number().int().min(1),
});

export const agreementInput = z.strictObject({
  terms: agreementTerms,
  /** Why this version was made ("nye priser for 2027"). */
  changeNote: storableText(1000),
});
export type AgreementInput = z.infer<typeof agreementInput>;

const person = z.object({ id: z.string(), displayName: z.string() });
const approval = z.object({ by: person, at: z.string() }).nullable();
const approvals = z.object({ municipality: approval, institution: approval });

const partnership = z.object({
  id: z.string(),
  name: z.string(),
  municipality: z.string(),
  institution: z.string(),
});

/** One version: its terms, who made it and why, and each party's approval. */
export const agreementVersion = presentedAs(
  'agreementVersion',
  z.object({
    partnership,
    version: z.number().int(),
    terms: agreementTerms,
    changeNote: z.string(),
    changedAt: z.string(),
    changedBy: person.nullable(),
    approvals,
    approvedByBoth: z.boolean(),
  }),
);
export type AgreementVersion = z.infer<typeof agreementVersion>;

export const versionSummary = presentedAs(
  'agreementVersionSummary',
  z.object({
    version: z.number().int(),
    changedAt: z.string(),
    changedBy: person.nullable(),
    changeNote: z.string(),
    approvedByBoth: z.boolean(),
  }),
);
export type VersionSummary = z.infer<typeof versionSummary>;

/**
 * The agreement as it stands, with its history. Before the first version: `version` null and the
 * model's template filled with the partnership's targets, to start from.
 */
export const agreement = presentedAs(
  'agreement',
  z.object({
    partnership,
    version: z.number().int().nullable(),
    terms: agreementTerms,
    changeNote: z.string(),
    changedAt: z.string().nullable(),
    changedBy: person.nullable(),
    approvals,
    approvedByBoth: z.boolean(),
    versions: z.array(versionSummary),
    /** The parties the reader is a leader of: they edit the agreement and approve for these. */
    leaderOf: z.array(z.enum(parties)),
  }),
);
export type Agreement = z.infer<typeof agreement>;

export const termsChange = presentedAs(
  'agreementChange',
  z.object({
    path: z.string(),
    kind: z.enum(['changed', 'added', 'removed']),
    fromPath: z.string().nullable(),
    toPath: z.string().nullable(),
    before: z.unknown(),
    after: z.unknown(),
  }),
);

export const comparison = presentedAs(
  'agreementComparison',
  z.object({ from: z.number().int(), to: z.number().int(), changes: z.array(termsChange) }),
);
export type Comparison = z.infer<typeof comparison>;
