import { audit } from '../audit/audit.ts';
import type { Db } from '../platform/db.ts';
import { AppError } from '../platform/errors.ts';
import {
  addressFailures,
  findUser,
  lockAttempts,
  markSucceeded,
  pairFailures,
  reserveAttempt,
} from './attempt-queries.ts';
import { verifyPassword } from './passwords.ts';
import { createSession } from './sessions.ts';

/** Per username and address: after this many failures the pair is locked for the window. */
export const MAX_FAILED_ATTEMPTS = 5;
/** Per address, over all usernames: someone trying many accounts (credential stuffing). */
export const MAX_FAILED_PER_ADDRESS = 30;
export const LOCKOUT_WINDOW_MINUTES = 15;

const invalid = () => new AppError(401, 'invalid_credentials', 'wrong username or password');
const locked = () =>
  new AppError(429, 'locked', `too many failed attempts; try again in ${LOCKOUT_WINDOW_MINUTES} minutes`);

/**
 * Checks a username and password and opens a session. Failures are counted per username *and*
 * address, so the lock-out throttles whoever guesses, not the person whose account it is; an
 * address that fails across many usernames is throttled too. The count and the attempt are one
 * atomic step under a lock, so parallel guesses cannot slip past the limit: at most
 * MAX_FAILED_ATTEMPTS passwords are ever checked per window. The lock is audited.
 */
export async function signIn(db: Db, username: string, password: string, address = 'unknown') {
  const name = username.trim().toLowerCase();
  const reserved = await db.transaction().execute(async (tx) => {
    await lockAttempts(tx, name, address);
    const pair = await pairFailures(tx, name, address, LOCKOUT_WINDOW_MINUTES);
    if (pair >= MAX_FAILED_ATTEMPTS) return null;
    if ((await addressFailures(tx, address, LOCKOUT_WINDOW_MINUTES)) >= MAX_FAILED_PER_ADDRESS) return null;
    return { id: await reserveAttempt(tx, name, address), failuresBefore: pair };
  });
  if (!reserved) throw locked();
  // The slow hash is checked outside any transaction.
  const user = await findUser(db, name);
  const ok = (await verifyPassword(user?.password_hash ?? null, password)) && !!user && !user.disabled_at;
  if (!ok || !user) {
    if (reserved.failuresBefore + 1 >= MAX_FAILED_ATTEMPTS) {
      await audit(db, user ? { userId: user.id } : null, {
        action: 'auth.lockout',
        purpose: 'signIn',
        objectType: 'user',
        objectId: user?.id ?? null,
      });
    }
    throw invalid();
  }
  // The attempt's success, the session and its audit stand or fall together.
  return db.transaction().execute(async (tx) => {
    await markSucceeded(tx, reserved.id);
    const created = await createSession(tx, user.id);
    await audit(
      tx,
      { userId: user.id },
      { action: 'auth.signIn', purpose: 'signIn', objectType: 'user', objectId: user.id },
    );
    return { userId: user.id, ...created };
  });
}
