import type { OutcomeType } from '../courses/outcomes.ts';
import type { Dimension } from '../measurements/instrument.ts';
import type { DisabilityKind, Gender } from '../participants/kinds.ts';
import type { IsoDate } from '../platform/dates.ts';

/**
 * Interchange formats (DOMAIN.md "Interchange"): v1 (interchange-v1.schema.json) and v2
 * (interchange-v2.schema.json), which adds a course's referral, status changes, approved status
 * letters and the young person's own scores. A v1 document is a v2 document without those.
 */
export const FORMAT = 'vivirk-interchange/1';
export const FORMAT_V2 = 'vivirk-interchange/2';
export const formats = [FORMAT, FORMAT_V2] as const;
export const perspectives = ['professional', 'participant'] as const;
export type Perspective = (typeof perspectives)[number];

export { type OutcomeType, outcomeTypes } from '../courses/outcomes.ts';
export { defaultDimensions as scoreDimensions } from '../measurements/instrument.ts';
export { type DisabilityKind, disabilityKinds, type Gender, genders } from '../participants/kinds.ts';

export interface InterchangeMeasurement {
  date: IsoDate;
  scores: Record<Dimension, number>;
  /** v2: whose scores; the professional's when absent. */
  perspective?: Perspective;
}

export interface InterchangeStatusChange {
  date: IsoDate;
  status: 'paused' | 'active';
  reason?: string;
}

export interface InterchangeStatusLetter {
  approvedOn: IsoDate;
  text?: string;
}

export interface InterchangeParticipant {
  ref: string;
  givenName: string;
  familyName: string;
  birthDate: IsoDate;
  gender: Gender;
  disabilities: DisabilityKind[];
  consentToStatistics: boolean;
  courseStart: IsoDate;
  /** null: the granted length is not yet decided. */
  grantedMonths: number | null;
  measurements: InterchangeMeasurement[];
  outcome: { type: OutcomeType; date: IsoDate } | null;
  /** v2 only, all optional. */
  referralDate?: IsoDate;
  statusChanges?: InterchangeStatusChange[];
  statusLetters?: InterchangeStatusLetter[];
}

export interface InterchangeDocument {
  format: (typeof formats)[number];
  partnership: {
    municipality: string;
    institution: string;
    targets?: { admitted?: number; closerShare?: number };
  };
  participants: InterchangeParticipant[];
}
