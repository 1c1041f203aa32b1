import type { AuditAction } from '../audit/actions.ts';
import type { AuditEntry } from '../audit/audit.ts';
import type { Actor } from '../auth/actor.ts';
import type { ViewName } from '../auth/view-policy.ts';
import type { AppError } from '../platform/errors.ts';
import type { MeetingKind } from './kinds.ts';
import type { MeetingHome, MeetingQueries } from './queries.ts';
import type { MeetingReach } from './visibility.ts';

/**
 * What the meetings service works on: a course's meetings (built from a CourseScope) or the
 * partnership's own (built for the development group). One service serves both, so the rules for
 * planning, holding, minutes, approval and tasks are written once.
 */
export interface MeetingDesk {
  readonly actor: Actor;
  readonly home: MeetingHome;
  readonly q: MeetingQueries;
  /** Which meetings the reader sees (src/meetings/visibility.ts). */
  readonly reach: MeetingReach;
  /** Whether the reader receives meetings at all (a company only with the young person's consent). */
  readonly reads: boolean;
  /** Plan, change, hold, write minutes, approve, assign tasks. */
  readonly writes: boolean;
  readonly kinds: readonly MeetingKind[];
  /** A course's young person can be invited; the partnership's own meetings have none. */
  readonly hasYoungPerson: boolean;
  /** Who can host, chair, be invited as a user or own a task. */
  people(): Promise<Array<{ id: string; displayName: string }>>;
  audit(action: AuditAction, extra?: Omit<Partial<AuditEntry>, 'action'>): Promise<void>;
  present<T>(view: ViewName, value: T): T;
  /** A refusal, audited after the transaction rolls back. */
  refuse(error: AppError, action: AuditAction, extra?: Omit<Partial<AuditEntry>, 'action'>): Error;
}
