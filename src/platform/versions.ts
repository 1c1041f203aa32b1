import type { FastifyReply, FastifyRequest } from 'fastify';
import { AppError } from './errors.ts';

/**
 * No lost updates. Every editable resource carries a version, sent as its ETag (and as `version`
 * in the body, for items in lists). A change names the version it was based on in `If-Match`;
 * when someone else changed it since, the change is refused with 412 and the current version.
 */
export const etagOf = (version: number) => `"${version}"`;

/** `"3"`, `W/"3"` or `3` → 3; `*` → any version (the resource must exist). */
export type Expected = number | 'any';

export function expectedVersion(req: FastifyRequest): Expected {
  const header = req.headers['if-match'];
  if (header === undefined)
    throw new AppError(
      428,
      'precondition_required',
      'If-Match is required: send the ETag (version) you based this change on',
      'If-Match',
    );
  return parseIfMatch(header);
}

/** For a resource that may not exist yet (a new attendance day): no If-Match means "create it". */
export function optionalExpectedVersion(req: FastifyRequest): Expected | null {
  const header = req.headers['if-match'];
  return header === undefined ? null : parseIfMatch(header);
}

function parseIfMatch(header: string | string[]): Expected {
  const value = (Array.isArray(header) ? header.join(',') : header).trim();
  if (value === '*') return 'any';
  const match = /^(?:W\/)?"?(\d{1,9})"?$/.exec(value);
  if (!match) throw new AppError(400, 'invalid_input', 'If-Match must be an ETag like "3"', 'If-Match');
  return Number(match[1]);
}

/**
 * 412: the change was based on an older version. `current` is the resource as the reader may see
 * it now (already through the view policy), so the client can show what changed.
 */
export class StaleVersion extends AppError {
  constructor(
    readonly version: number | null,
    readonly current: unknown,
  ) {
    super(
      412,
      'stale_version',
      version === null
        ? 'this was removed by someone else after you opened it'
        : 'someone else changed this after you opened it; here is the current version',
      'If-Match',
    );
  }
}

export function sendVersion(reply: FastifyReply, version: number) {
  reply.header('etag', etagOf(version));
}
