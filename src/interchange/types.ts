import type { IsoDate } from '../platform/dates.ts';

/** Interchange format v1 (DOMAIN.md "Interchange", /work/shared/interchange-v1.schema.json). */
export const FORMAT = 'vivirk-interchange/1';

export const genders = ['female', 'male', 'other'] as const;
export const disabilityKinds = ['cognitive', 'physical', 'psychological'] as const;
export const outcomeTypes = [
  'ordinaryJob',
  'flexJob',
  'wageSubsidyJob',
  'shelteredEmployment',
  'education',
  'otherCourse',
  'movedAway',
  'stopped',
] as const;
export const scoreDimensions = ['motivation', 'workIdentity', 'clarification', 'knowledge'] as const;

export type Gender = (typeof genders)[number];
export type DisabilityKind = (typeof disabilityKinds)[number];
export type OutcomeType = (typeof outcomeTypes)[number];

export interface InterchangeMeasurement {
  date: IsoDate;
  scores: Record<(typeof scoreDimensions)[number], number>;
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
