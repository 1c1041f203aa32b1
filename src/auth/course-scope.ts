import type { Compilable } from 'kysely';
import type { AuditAction } from '../audit/actions.ts';
import { type AuditEntry, audit, type DetailOfRows, readAudited } from '../audit/audit.ts';
import type { Db } from '../platform/db.ts';
import { AppError } from '../platform/errors.ts';
import type { CourseGrant } from './access.ts';
import type { Actor } from './actor.ts';
import { present } from './present.ts';
import type { ViewName } from './view-policy.ts';

/** What a course's queries are bound to: this course, in this transaction. */
export interface CourseRef {
  courseId: string;
  participantId: string;
  municipalityId: string;
  partnershipId: string;
}

/** A module's course queries (its queries.ts), given the transaction and the course they serve. */
export type CourseQueries<Q> = (tx: Db, course: CourseRef) => Q;

type AuditExtra = Omit<Partial<AuditEntry>, 'action'>;

/**
 * A unit of work on one course for one actor, bound to the grant the route's declared permission
 * gave before the handler ran. Services get this, never a raw transaction: they reach course data
 * only through queries bound to this course, so a new endpoint cannot forget the access check.
 */
export interface CourseScope {
  readonly actor: Actor;
  readonly grant: CourseGrant;
  queries<Q>(bind: CourseQueries<Q>): Q;
  /** Appends an audit row for this course in the same transaction as the work it records. */
  audit(action: AuditAction, extra?: AuditExtra): Promise<void>;
  /**
   * Runs a read (built by `queries`) with its audit row in the same statement; `ofRows`: detail
   * computed in SQL from the rows read (`rows`), e.g. their count.
   */
  readAudited<O>(
    query: Compilable<O>,
    action: AuditAction,
    extra?: AuditExtra,
    ofRows?: DetailOfRows,
  ): Promise<O[]>;
  /**
   * What of `value` this reader receives, by the one view policy: for a service that must know it
   * (to audit what was read). The response is presented again on its way out; presenting twice changes nothing.
   */
  present<T>(view: ViewName, value: T): T;
}

export function courseScope(tx: Db, actor: Actor, grant: CourseGrant): CourseScope {
  const ref: CourseRef = {
    courseId: grant.courseId,
    participantId: grant.participantId,
    municipalityId: grant.municipalityId,
    partnershipId: grant.partnershipId,
  };
  return {
    actor,
    grant,
    queries: (bind) => bind(tx, ref),
    audit: (action, extra = {}) => audit(tx, actor, auditFor(grant, action, extra)),
    readAudited: (query, action, extra = {}, ofRows) =>
      readAudited(tx, actor, auditFor(grant, action, extra), query, ofRows),
    present: (view, value) => present(view, value, grant),
  };
}

/** The audit fields every course-bound entry shares. */
export function auditFor(grant: CourseGrant, action: AuditAction, extra: AuditExtra = {}): AuditEntry {
  return {
    action,
    purpose: grant.side === 'participant' ? 'ownRecord' : 'courseWork',
    participantId: grant.participantId,
    courseId: grant.courseId,
    municipalityId: grant.municipalityId,
    ...extra,
  };
}

/**
 * A refusal inside a service (e.g. a company mentor deleting a day someone else registered): the
 * client gets `error`; the attempt is audited with outcome 'refused' after the transaction rolls back.
 */
export class Refusal extends AppError {
  constructor(
    error: AppError,
    readonly entry: AuditEntry,
  ) {
    super(error.status, error.code, error.message, error.field);
  }
}

export function refuse(scope: CourseScope, error: AppError, action: AuditAction, extra: AuditExtra = {}) {
  return new Refusal(error, auditFor(scope.grant, action, { ...extra, outcome: 'refused' }));
}
