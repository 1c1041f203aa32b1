import type { Insertable } from 'kysely';
import type { IsoDate } from '../platform/dates.ts';
import type { Database } from '../platform/schema.ts';

export interface PlanContext {
  partnershipId: string;
  municipalityId: string;
  instrumentId: string;
  /** The import's day: when a withdrawal or a reopening takes effect. */
  today: IsoDate;
  newId: () => string;
}

export type Row<T extends keyof Database> = Insertable<Database[T]>;

/** The writes that make the database say what the file says about one participant: no more. */
export interface ParticipantPlan {
  participantId: string;
  courseId: string;
  participantCreated: boolean;
  participant?: { insert: Row<'participants'> } | { update: Partial<Row<'participants'>> };
  course?: { insert: Row<'courses'> } | { update: Partial<Row<'courses'>> };
  history: Row<'course_status_history'>[];
  /** Imported pauses and resumptions the file no longer lists. */
  historyDeletes: number[];
  consentInsert?: Row<'consents'>;
  consentWithdrawals: Array<{ id: string; withdrawn_on: IsoDate }>;
  measurementInserts: Row<'measurements'>[];
  measurementUpdates: Array<{ id: string; scores: string }>;
  measurementDeletes: string[];
  letterInserts: Row<'status_letters'>[];
  letterUpdates: Array<{ id: string; body: string | null }>;
  letterDeletes: string[];
}
