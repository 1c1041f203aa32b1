import { createHash, randomBytes } from 'node:crypto';
import { sql } from 'kysely';
import type { Db } from '../platform/db.ts';

/** 32 random bytes, base64url: the whole credential of a feed address. */
export const newToken = () => randomBytes(32).toString('base64url');
export const tokenPattern = /^[A-Za-z0-9_-]{43}$/;
export const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

/** The user's calendar-feed tokens; only hashes are stored (migrations/016). */
export const calendarTokens = (tx: Db) => ({
  live: (userId: string) =>
    tx
      .selectFrom('calendar_tokens')
      .select(['created_at', 'last_used_at'])
      .where('user_id', '=', userId)
      .where('revoked_at', 'is', null)
      .executeTakeFirst(),

  /** Revokes the live token, if any; true when there was one. */
  async revoke(userId: string): Promise<boolean> {
    const done = await tx
      .updateTable('calendar_tokens')
      .set({ revoked_at: sql`now()` })
      .where('user_id', '=', userId)
      .where('revoked_at', 'is', null)
      .executeTakeFirst();
    return Number(done.numUpdatedRows) > 0;
  },

  /** A new live token in place of the old one (the unique index allows one). */
  async rotate(userId: string): Promise<{ token: string; createdAt: Date }> {
    await calendarTokens(tx).revoke(userId);
    const token = newToken();
    const row = await tx
      .insertInto('calendar_tokens')
      .values({ user_id: userId, token_hash: hashToken(token), created_at: new Date() })
      .returning('created_at')
      .executeTakeFirstOrThrow();
    return { token, createdAt: new Date(row.created_at) };
  },

  /** Whose feed a token opens: a live token of a user who is not disabled. Marks it used. */
  async owner(token: string): Promise<{ userId: string; locale: 'da' | 'en' } | null> {
    if (!tokenPattern.test(token)) return null;
    const row = await tx
      .updateTable('calendar_tokens as t')
      .set({ last_used_at: sql`now()` })
      .from('users as u')
      .whereRef('u.id', '=', 't.user_id')
      .where('t.token_hash', '=', hashToken(token))
      .where('t.revoked_at', 'is', null)
      .where('u.disabled_at', 'is', null)
      .returning(['u.id', 'u.locale'])
      .executeTakeFirst();
    return row ? { userId: row.id, locale: row.locale } : null;
  },
});
