import { sql } from 'kysely';
import type { Db } from '../platform/db.ts';

/** Serialises sign-ins of one username from one address, for the rest of the transaction. */
export const lockAttempts = (tx: Db, username: string, address: string) =>
  sql`SELECT pg_advisory_xact_lock(hashtext(${`${username}|${address}`}))`.execute(tx);

const withinWindow = (minutes: number) => sql<Date>`now() - make_interval(mins => ${minutes})`;

/** Failures of this username from this address since its last success there, within the window. */
export async function pairFailures(
  tx: Db,
  username: string,
  address: string,
  minutes: number,
): Promise<number> {
  const row = await tx
    .selectFrom('login_attempts')
    .select(sql<number>`count(*)::int`.as('n'))
    .where('username', '=', username)
    .where('address', '=', address)
    .where('succeeded', '=', false)
    .where('attempted_at', '>', withinWindow(minutes))
    .where(({ eb, selectFrom }) =>
      eb(
        'attempted_at',
        '>',
        selectFrom('login_attempts as s')
          .select(sql<Date>`coalesce(max(s.attempted_at), '-infinity'::timestamptz)`.as('t'))
          .where('s.username', '=', username)
          .where('s.address', '=', address)
          .where('s.succeeded', '=', true),
      ),
    )
    .executeTakeFirst();
  return row?.n ?? 0;
}

/** Failures from this address for any username within the window: credential stuffing. */
export async function addressFailures(tx: Db, address: string, minutes: number): Promise<number> {
  const row = await tx
    .selectFrom('login_attempts')
    .select(sql<number>`count(*)::int`.as('n'))
    .where('address', '=', address)
    .where('succeeded', '=', false)
    .where('attempted_at', '>', withinWindow(minutes))
    .executeTakeFirst();
  return row?.n ?? 0;
}

/** An attempt counts as failed until it is proven right: a crash mid-check still counts. */
export const reserveAttempt = (tx: Db, username: string, address: string) =>
  tx
    .insertInto('login_attempts')
    .values({ username, address, succeeded: false })
    .returning('id')
    .executeTakeFirstOrThrow()
    .then((r) => r.id);

export const markSucceeded = (tx: Db, id: number) =>
  tx.updateTable('login_attempts').set({ succeeded: true }).where('id', '=', id).execute();

export const findUser = (db: Db, username: string) =>
  db
    .selectFrom('users')
    .select(['id', 'password_hash', 'disabled_at'])
    .where('username', '=', username)
    .executeTakeFirst();
