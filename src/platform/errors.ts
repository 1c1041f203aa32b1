/** An error a client can act on: becomes `{ error: { code, message, field } }` with its status. */
export class AppError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly field: string | null = null,
  ) {
    super(message);
  }
}

/** Refusals do not reveal whether the object exists (a 403 would). */
export const notFound = (what = 'resource') =>
  new AppError(404, 'not_found', `${what} not found or no access`);

export const badRequest = (message: string, field: string | null = null) =>
  new AppError(400, 'invalid_input', message, field);

export const unauthenticated = () => new AppError(401, 'unauthenticated', 'sign in first');

export const forbidden = (message = 'not allowed') => new AppError(403, 'forbidden', message);

export const conflict = (message: string, field: string | null = null) =>
  new AppError(409, 'conflict', message, field);

/** Turns a path like ['participants', 3, 'scores'] into `participants[3].scores`. */
export function formatPath(path: ReadonlyArray<PropertyKey>): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out ? `.${String(part)}` : String(part);
  }
  return out;
}
