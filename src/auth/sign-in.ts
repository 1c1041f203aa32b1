import { sql } from 'kysely';
import { audit } from '../audit/audit.ts';
import type { Db } from '../platform/db.ts';
import { AppError } from '../platform/errors.ts';
import { verifyPassword } from './passwords.ts';
import { createSession } from './sessions.ts';

export const MAX_FAILED_ATTEMPTS = 5;
export const LOCKOUT_WINDOW_MINUTES = 15;

const invalid = () => new AppError(401, 'invalid_credentials', 'wrong username or password');

/**
 * Checks a username and password and opens a session. After 5 failures within 15 minutes the
 * username is locked until the window passes, even for the right password; the lock is audited.
 */
export async function signIn(db: Db, username: string, password: string) {
  const name = username.trim().toLowerCase();
  const failures = await recentFailures(db, name);
  if (failures >= MAX_FAILED_ATTEMPTS) {
    throw new AppError(
      429,
      'locked',
      `too many failed attempts; try again in ${LOCKOUT_WINDOW_MINUTES} minutes`,
    );
  }
  const user = await db
    .selectFrom('users')
    .select(['id', 'password_hash', 'disabled_at'])
    .where('username', '=', name)
    .executeTakeFirst();
  const ok = (await verifyPassword(user?.password_hash ?? null, password)) && !!user && !user.disabled_at;
  // The attempt, its audit and the session stand or fall together (the slow hash is checked before).
  const session = await db.transaction().execute(async (tx) => {
    await tx.insertInto('login_attempts').values({ username: name, succeeded: ok }).execute();
    if (!ok || !user) {
      if (failures + 1 >= MAX_FAILED_ATTEMPTS) {
        await audit(tx, user ? { userId: user.id } : null, {
          action: 'auth.lockout',
          purpose: 'signIn',
          objectType: 'user',
          objectId: user?.id ?? null,
        });
      }
      return null;
    }
    const created = await createSession(tx, user.id);
    await audit(
      tx,
      { userId: user.id },
      { action: 'auth.signIn', purpose: 'signIn', objectType: 'user', objectId: user.id },
    );
    return { userId: user.id, ...created };
  });
  if (!session) throw invalid();
  return session;
}

async function recentFailures(db: Db, username: string): Promise<number> {
  // Failures count only since the last success and within the window.
  const row = await db
    .selectFrom('login_attempts')
    .select(sql<number>`count(*)::int`.as('n'))
    .where('username', '=', username)
    .where('succeeded', '=', false)
    .where('attempted_at', '>', sql<Date>`now() - make_interval(mins => ${LOCKOUT_WINDOW_MINUTES})`)
    .where(({ eb, selectFrom }) =>
      eb(
        'attempted_at',
        '>',
        selectFrom('login_attempts as s')
          .select(sql<Date>`coalesce(max(s.attempted_at), '-infinity'::timestamptz)`.as('t'))
          .where('s.username', '=', username)
          .where('s.succeeded', '=', true),
      ),
    )
    .executeTakeFirst();
  return row?.n ?? 0;
}
