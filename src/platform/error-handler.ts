import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { isDatabaseUnavailable, RETRY_AFTER_SECONDS } from './availability.ts';
import { AppError, formatPath } from './errors.ts';
import { etagOf, StaleVersion } from './versions.ts';

/** Every error leaves as `{ error: { code, message, field } }`; bad input is always a 4xx. */
export function errorHandler(error: FastifyError, req: FastifyRequest, reply: FastifyReply) {
  if (error instanceof StaleVersion) {
    if (error.version !== null) reply.header('etag', etagOf(error.version));
    return reply.code(412).send({
      error: { code: error.code, message: error.message, field: error.field },
      current: error.current,
    });
  }
  if (error instanceof AppError) {
    return reply
      .code(error.status)
      .send({ error: { code: error.code, message: error.message, field: error.field } });
  }
  if (hasZodFastifySchemaValidationErrors(error)) {
    const first = error.validation[0];
    const segments = (first?.instancePath ?? '')
      .split('/')
      .filter(Boolean)
      .map((part: string) => (/^\d+$/.test(part) ? Number(part) : part));
    const keys = first?.params?.keys as string[] | undefined;
    // An unknown field is named itself, not its parent object.
    if (first?.keyword === 'unrecognized_keys' && keys?.[0]) segments.push(keys[0]);
    const location = error.validationContext ?? 'body';
    const fieldPath = formatPath(segments);
    const field = fieldPath ? `${location}.${fieldPath}` : location;
    const message = `${field}: ${first?.message ?? 'invalid'}`;
    return reply.code(400).send({
      error: { code: 'invalid_input', message, field },
    });
  }
  if (isDatabaseUnavailable(error)) {
    // An outage, not a fault in the request: say so, and when to come back.
    req.log.warn({ code: error.code }, 'database unavailable');
    return reply
      .code(503)
      .header('retry-after', String(RETRY_AFTER_SECONDS))
      .send({
        error: {
          code: 'database_unavailable',
          message: 'the database cannot be reached right now; try again in a few seconds',
          field: null,
        },
      });
  }
  const database = databaseClientError(error);
  if (database) return reply.code(database.status).send({ error: { ...database, field: null } });
  const status = error.statusCode ?? 500;
  if (status >= 400 && status < 500) {
    // Fastify's own client errors: malformed JSON, wrong content type, body too large…
    return reply
      .code(status)
      .send({ error: { code: error.code ?? 'bad_request', message: error.message, field: null } });
  }
  // Logged without the request body or anything personal; the client gets no internals.
  req.log.error({ err: { message: error.message, stack: error.stack, code: error.code } }, 'request failed');
  return reply.code(500).send({ error: { code: 'internal', message: 'internal error', field: null } });
}

/**
 * The last line of defence: a value the schemas let through but PostgreSQL refuses (a data
 * exception, class 22) or a constraint it enforces (class 23) is the client's input, not a crash.
 * The database's message is not passed on: it may quote the value.
 */
function databaseClientError(error: {
  code?: string;
}): { status: number; code: string; message: string } | null {
  const sqlState = typeof error.code === 'string' && /^[0-9A-Z]{5}$/.test(error.code) ? error.code : null;
  if (!sqlState) return null;
  if (sqlState === '23505') return { status: 409, code: 'conflict', message: 'this already exists' };
  if (sqlState.startsWith('22') || sqlState.startsWith('23')) {
    return { status: 400, code: 'invalid_input', message: 'the database refused a value in this request' };
  }
  return null;
}
