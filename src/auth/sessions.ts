import { createHash, randomBytes } from 'node:crypto';
import { sql } from 'kysely';
import { compiledOnce } from '../platform/compiled-once.ts';
import type { Db } from '../platform/db.ts';
import { type CourseGrant, type GrantRow, grantRows, grantsFrom } from './access.ts';
import type { Actor, Membership } from './actor.ts';

export const SESSION_COOKIE = 'vivirk_sid';
export const IDLE_TIMEOUT_MINUTES = 30;
export const ABSOLUTE_TIMEOUT_HOURS = 12;

const hashId = (id: string) => createHash('sha256').update(id).digest('hex');

/** A new session with a fresh id (never reuses one from before sign-in). Returns the cookie value. */
export async function createSession(db: Db, userId: string): Promise<{ cookie: string; csrfToken: string }> {
  const cookie = randomBytes(32).toString('base64url');
  const csrfToken = randomBytes(32).toString('base64url');
  await db
    .insertInto('sessions')
    .values({ id_hash: hashId(cookie), user_id: userId, csrf_token: csrfToken })
    .execute();
  return { cookie, csrfToken };
}

export async function destroySession(db: Db, sessionIdHash: string): Promise<void> {
  await db.deleteFrom('sessions').where('id_hash', '=', sessionIdHash).execute();
}

/** The actor behind a session cookie, or null when it is unknown, idle too long or too old. */
export async function actorFromSession(db: Db, cookie: string): Promise<Actor | null> {
  return (await sessionOf(db, cookie))?.actor ?? null;
}

export interface Session {
  actor: Actor;
  /** The actor's grants on `courseId` (at most one), when the lookup was asked for a course. */
  courseGrants: Map<string, CourseGrant> | null;
}

/** The session's row, its memberships and (for a course route) the actor's grant rows on the course. */
function sessionQuery(db: Db, idHash: string, courseId?: string) {
  return db
    .selectFrom('sessions as s')
    .innerJoin('users as u', 'u.id', 's.user_id')
    .select([
      's.id_hash',
      's.csrf_token',
      'u.id',
      'u.username',
      'u.display_name',
      'u.locale',
      sql<boolean>`s.last_seen_at < now() - make_interval(mins => ${IDLE_TIMEOUT_MINUTES})
        or s.created_at < now() - make_interval(hours => ${ABSOLUTE_TIMEOUT_HOURS})
        or u.disabled_at is not null`.as('expired'),
      sql<boolean>`s.last_seen_at < now() - interval '30 seconds'`.as('stale'),
      sql<
        Array<{ organisation_id: string; name: string; kind: Membership['organisationKind']; role: string }>
      >`(
        select coalesce(json_agg(json_build_object('organisation_id', m.organisation_id, 'name', o.name,
          'kind', o.kind, 'role', m.role) order by o.name), '[]'::json)
        from memberships m join organisations o on o.id = m.organisation_id
        where m.user_id = u.id)`.as('memberships'),
    ])
    .$if(courseId !== undefined, (q) =>
      q.select(
        sql<GrantRow[]>`(select coalesce(json_agg(g), '[]'::json) from (${grantRows(db)
          .whereRef('ct.user_id', '=', sql.ref('u.id'))
          .where('ct.course_id', '=', courseId as string)}) g)`.as('grants'),
      ),
    )
    .where('s.id_hash', '=', idHash);
}

// Every request looks its session up: the statement is built and compiled once (src/platform/compiled-once.ts).
const sessionLookup = compiledOnce(['idHash'], (db: Db, { idHash }) => sessionQuery(db, idHash));
const courseSessionLookup = compiledOnce(['idHash', 'courseId'], (db: Db, { idHash, courseId }) =>
  sessionQuery(db, idHash, courseId),
);

/**
 * The session's actor, and for a course route the actor's grant on its course in the same round
 * trip: the grant is read fresh on every request, so a withdrawn consent still counts at once.
 */
export async function sessionOf(db: Db, cookie: string, courseId?: string): Promise<Session | null> {
  const idHash = hashId(cookie);
  const lookup =
    courseId === undefined ? sessionLookup(db, { idHash }) : courseSessionLookup(db, { idHash, courseId });
  const [row] = (await db.executeQuery(lookup)).rows;
  if (!row) return null;
  if (row.expired) {
    await destroySession(db, idHash);
    return null;
  }
  // Touching at most every 30 s keeps the idle clock right without a write on every request.
  if (row.stale)
    await db
      .updateTable('sessions')
      .set({ last_seen_at: sql`now()` })
      .where('id_hash', '=', idHash)
      .execute();
  const memberships = row.memberships.map((m) => ({
    organisationId: m.organisation_id,
    organisationName: m.name,
    organisationKind: m.kind,
    role: m.role,
  }));
  const actor: Actor = {
    userId: row.id,
    username: row.username,
    displayName: row.display_name,
    locale: row.locale,
    memberships,
    sessionIdHash: idHash,
    csrfToken: row.csrf_token,
  };
  const grants = (row as { grants?: GrantRow[] }).grants;
  return { actor, courseGrants: grants ? grantsFrom(grants, actor.userId) : null };
}

/** Ends the session a cookie names, if any: signing in again must not leave the old one valid. */
export async function endPresentedSession(db: Db, cookie: string | undefined): Promise<void> {
  if (cookie) await destroySession(db, hashId(cookie));
}

/** A person's sessions, newest first; `id` is a prefix of the stored hash (never the cookie). */
export async function listSessions(db: Db, userId: string, currentHash: string) {
  const rows = await db
    .selectFrom('sessions')
    .select(['id_hash', 'created_at', 'last_seen_at'])
    .where('user_id', '=', userId)
    .orderBy('created_at', 'desc')
    .execute();
  return rows.map((r) => ({
    id: r.id_hash.slice(0, 16),
    createdAt: new Date(r.created_at).toISOString(),
    lastSeenAt: new Date(r.last_seen_at).toISOString(),
    current: r.id_hash === currentHash,
  }));
}

/** Ends one of the person's own sessions by its listed id; false when there is none. */
export async function endOwnSession(db: Db, userId: string, id: string): Promise<boolean> {
  const result = await db
    .deleteFrom('sessions')
    .where('user_id', '=', userId)
    .where(sql<boolean>`left(id_hash, 16) = ${id}`)
    .executeTakeFirst();
  return result.numDeletedRows > 0n;
}
