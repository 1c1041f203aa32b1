import { createHash } from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { sql } from 'kysely';
import type { Db } from './db.ts';
import { AppError } from './errors.ts';

export const IDEMPOTENCY_HEADER = 'idempotency-key';
/** How long a first answer is kept for its retries. */
const KEEP_HOURS = 24;
/** Headers of the first answer that a replay repeats. */
const replayedHeaders = ['content-type', 'etag', 'location'] as const;
const validKey = /^[\x21-\x7e]{1,200}$/;
/** A claim with no answer after this long belongs to a request whose process died. */
const ABANDONED_AFTER_MS = 60_000;

declare module 'fastify' {
  interface FastifyRequest {
    idempotency: { userId: string; key: string } | null;
  }
}

/**
 * Safe retries: a signed-in POST that carries an `Idempotency-Key` runs once. The key is claimed
 * before the handler runs; a repeat with the same key gets the first answer back (with
 * `Idempotent-Replayed: true`) and writes nothing; a repeat while the first is still running gets
 * 409; the same key for a different request gets 422. A first answer of 5xx (an outage) frees the
 * key, so the retry really runs. Registered after the access checks, so a replay is only given to
 * someone who may still make the request.
 */
export function registerIdempotency(app: FastifyInstance, db: Db) {
  app.decorateRequest('idempotency', null);

  app.addHook('preHandler', async (req, reply) => {
    const key = req.headers[IDEMPOTENCY_HEADER];
    if (req.method !== 'POST' || key === undefined || !req.actor || !req.url.startsWith('/api')) return;
    if (typeof key !== 'string' || !validKey.test(key))
      throw new AppError(
        400,
        'invalid_input',
        'Idempotency-Key must be 1–200 visible ASCII characters',
        'Idempotency-Key',
      );
    const userId = req.actor.userId;
    const requestHash = hashOf(req);
    const claimed = await db
      .insertInto('idempotency_keys')
      .values({ user_id: userId, key, request_hash: requestHash })
      .onConflict((oc) => oc.doNothing())
      .returning('key')
      .executeTakeFirst();
    if (claimed) {
      req.idempotency = { userId, key };
      return;
    }
    const first = await db
      .selectFrom('idempotency_keys')
      .selectAll()
      .where('user_id', '=', userId)
      .where('key', '=', key)
      .executeTakeFirst();
    // Freed in between (the first answer failed): the client may simply send it again.
    if (!first) {
      reply.header('retry-after', '1');
      throw new AppError(409, 'idempotency_in_progress', 'try this request again', 'Idempotency-Key');
    }
    if (first.request_hash !== requestHash)
      throw new AppError(
        422,
        'idempotency_key_reused',
        'this Idempotency-Key was already used for a different request',
        'Idempotency-Key',
      );
    if (first.status_code === null) {
      const abandoned = Date.now() - new Date(first.created_at).getTime() > ABANDONED_AFTER_MS;
      if (abandoned && first.write_committed)
        throw new AppError(
          409,
          'idempotency_answer_lost',
          'this request was carried out, but its answer was lost: reload to see the result',
          'Idempotency-Key',
        );
      // Its process died before writing anything: this retry may run it after all.
      if (abandoned && (await reclaim(db, userId, key, requestHash))) {
        req.idempotency = { userId, key };
        return;
      }
      reply.header('retry-after', '1');
      throw new AppError(
        409,
        'idempotency_in_progress',
        'the first request with this Idempotency-Key is still running',
        'Idempotency-Key',
      );
    }
    return replay(reply, first.status_code, first.response_body, first.response_headers);
  });

  app.addHook('onSend', async (req, reply, payload) => {
    const claim = req.idempotency;
    if (!claim) return payload;
    req.idempotency = null;
    try {
      if (reply.statusCode >= 500) {
        await db
          .deleteFrom('idempotency_keys')
          .where('user_id', '=', claim.userId)
          .where('key', '=', claim.key)
          .execute();
      } else {
        const headers: Record<string, string> = {};
        for (const name of replayedHeaders) {
          const value = reply.getHeader(name);
          if (value !== undefined) headers[name] = String(value);
        }
        await db
          .updateTable('idempotency_keys')
          .set({
            status_code: reply.statusCode,
            response_body: typeof payload === 'string' ? payload : null,
            response_headers: JSON.stringify(headers),
          })
          .where('user_id', '=', claim.userId)
          .where('key', '=', claim.key)
          .execute();
      }
    } catch (error) {
      // The answer still goes out; the key stays claimed, so a retry is refused rather than run twice.
      req.log.warn({ code: (error as { code?: string }).code }, 'could not record the idempotent answer');
    }
    return payload;
  });

  // Old answers are forgotten once an hour.
  const timer = setInterval(() => {
    sql`DELETE FROM idempotency_keys WHERE created_at < now() - make_interval(hours => ${KEEP_HOURS})`
      .execute(db)
      .catch(() => {});
  }, 3_600_000);
  timer.unref();
  app.addHook('onClose', async () => clearInterval(timer));
}

/** Takes over an abandoned claim that wrote nothing; false when another retry took it first. */
async function reclaim(db: Db, userId: string, key: string, requestHash: string) {
  const taken = await db
    .updateTable('idempotency_keys')
    .set({ created_at: sql`now()` })
    .where('user_id', '=', userId)
    .where('key', '=', key)
    .where('request_hash', '=', requestHash)
    .where('status_code', 'is', null)
    .where('write_committed', '=', false)
    .where('created_at', '<', sql<Date>`now() - make_interval(secs => ${ABANDONED_AFTER_MS / 1000})`)
    .executeTakeFirst();
  return taken.numUpdatedRows > 0n;
}

/**
 * Called inside the request's own transaction: the claim is marked "written" exactly when the
 * request's writes commit, so a lost answer is never mistaken for a request that never ran.
 */
export async function markWriting(tx: Db, claim: { userId: string; key: string } | null) {
  if (!claim) return;
  await tx
    .updateTable('idempotency_keys')
    .set({ write_committed: true })
    .where('user_id', '=', claim.userId)
    .where('key', '=', claim.key)
    .execute();
}

function hashOf(req: FastifyRequest) {
  return createHash('sha256')
    .update(`${req.method} ${req.url}\n${JSON.stringify(req.body ?? null)}`)
    .digest('hex');
}

function replay(
  reply: FastifyReply,
  status: number,
  body: string | null,
  headers: Record<string, string> | null,
) {
  for (const [name, value] of Object.entries(headers ?? {})) reply.header(name, value);
  return reply
    .code(status)
    .header('idempotent-replayed', 'true')
    .send(body ?? '');
}
