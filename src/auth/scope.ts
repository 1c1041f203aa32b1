import type { Db } from '../platform/db.ts';
import type { Actor } from './actor.ts';

/**
 * A unit of work for one actor: a transaction handle and who is acting. Services take a scope
 * first and plain input second; every access check and audit row goes through it.
 */
export interface Scope {
  tx: Db;
  actor: Actor;
}
