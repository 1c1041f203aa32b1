import type { OutcomeType } from '../courses/outcomes.ts';
import type { Dimension } from '../measurements/instrument.ts';
import type { DisabilityKind, Gender } from '../participants/kinds.ts';
import type { IsoDate } from '../platform/dates.ts';

/** Interchange format v1 (DOMAIN.md "Interchange", /work/shared/interchange-v1.schema.json). */
export const FORMAT = 'vivirk-interchange/1';

export { type OutcomeType, outcomeTypes } from '../courses/outcomes.ts';
export { defaultDimensions as scoreDimensions } from '../measurements/instrument.ts';
export { type DisabilityKind, disabilityKinds, type Gender, genders } from '../participants/kinds.ts';

export interface InterchangeMeasurement {
  date: IsoDate;
  scores: Record<Dimension, number>;
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
}

export interface InterchangeDocument {
  format: typeof FORMAT;
  partnership: {
    municipality: string;
    institution: string;
    targets?: { admitted?: number; closerShare?: number };
  };
  participants: InterchangeParticipant[];
}
