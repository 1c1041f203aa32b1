/**
 * The one way the web app talks to the server: JSON in and out, the CSRF token on every change,
 * an Idempotency-Key on every POST (so a retry never writes twice), If-Match on every change
 * that names the version it was based on.
 */

export interface ErrorBody {
  error: { code: string; message: string; field: string | null };
  /** With 412: the resource as it is now, for showing what changed. */
  current?: unknown;
}

/** A refusal or failure from the server, or no answer at all (status 0). */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly field: string | null = null,
    readonly current: unknown = undefined,
  ) {
    super(message);
    this.name = 'ApiError';
  }

  get isNotFound() {
    return this.status === 404;
  }

  /**
   * Someone else changed it after it was read: `current` holds what it is now (412), or it came
   * into being meanwhile and the change named no version (428: `current` is undefined).
   */
  get isStale() {
    return this.status === 412 || this.status === 428;
  }
}

let csrfToken: string | null = null;

/** Set from GET /api/auth/me; state-changing calls echo it in `x-csrf-token`. */
export function setCsrfToken(token: string | null) {
  csrfToken = token;
}

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export interface RequestOptions {
  /** The version (ETag) the change was based on. */
  ifMatch?: number;
}

/** A key per submission, from the browser's random source (randomUUID needs a secure context). */
function newIdempotencyKey(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

const RETRIES = 2;
const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export async function api<T>(
  method: Method,
  path: string,
  body?: unknown,
  options: RequestOptions = {},
): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (body !== undefined) headers['content-type'] = 'application/json';
  if (method !== 'GET' && csrfToken) headers['x-csrf-token'] = csrfToken;
  if (options.ifMatch !== undefined) headers['if-match'] = `"${options.ifMatch}"`;
  // One key for this submission and its retries: the server writes it once, whatever happens.
  if (method === 'POST') headers['idempotency-key'] = newIdempotencyKey();
  // A POST is retried when the answer was lost or the database was briefly away (503); reads too.
  const retries = method === 'POST' || method === 'GET' ? RETRIES : 0;
  let res: Response | null = null;
  for (let attempt = 0; ; attempt++) {
    try {
      res = await fetch(path, {
        method,
        headers,
        credentials: 'same-origin',
        body: body === undefined ? undefined : JSON.stringify(body),
      });
    } catch {
      res = null;
    }
    if ((res === null || res.status === 503) && attempt < retries) {
      await wait(500 * (attempt + 1));
      continue;
    }
    break;
  }
  if (res === null) throw new ApiError(0, 'network', 'no answer from the server');
  const text = await res.text();
  let parsed: unknown = null;
  try {
    parsed = text ? JSON.parse(text) : null;
  } catch {
    // Not JSON: only a broken proxy answers like that.
  }
  if (!res.ok) {
    const failure = parsed as Partial<ErrorBody> | null;
    const error = failure?.error;
    throw new ApiError(
      res.status,
      error?.code ?? 'http',
      error?.message ?? res.statusText,
      error?.field ?? null,
      failure?.current,
    );
  }
  return parsed as T;
}

export const isApiError = (error: unknown, status?: number): error is ApiError =>
  error instanceof ApiError && (status === undefined || error.status === status);

/** Build a query string from defined values only. */
export function query(params: Record<string, string | null | undefined>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) if (value) search.set(key, value);
  const s = search.toString();
  return s ? `?${s}` : '';
}
