import type { Actor } from '../auth/actor.ts';
import type { Db } from './db.ts';

/**
 * A unit of work for one actor: a transaction handle and who is acting. Services take a scope
 * first and plain input second; every access check and audit row goes through it.
 */
export interface Scope {
  tx: Db;
  actor: Actor;
}

export async function inScope<T>(db: Db, actor: Actor, work: (scope: Scope) => Promise<T>): Promise<T> {
  return db.transaction().execute((tx) => work({ tx, actor }));
}
