import { queryOptions } from '@tanstack/react-query';
import type { AccessLog } from '../api/types.ts';
import { api } from '../app/api.ts';

/** The page gets the newest entries only; the download has all. */
export { ACCESS_LOG_PAGE_ENTRIES } from '../../../src/audit/actions.ts';
/** What each action means in easy-read words: the server's own list (a pure module), used by its CSV too. */
export { actionWords } from '../../../src/audit/words.ts';
/** Shapes of GET /api/courses/:courseId/access-log: generated from src/audit/access-log-schemas.ts. */
export type { AccessLog, AccessLogEntry, AuditAction } from '../api/types.ts';

const base = (courseId: string) => `/api/courses/${encodeURIComponent(courseId)}/access-log`;

/**
 * "Who has seen my information?", newest first. Reading it is itself audited, so it is not
 * fetched again just because the window got focus.
 */
export const accessLogQuery = (courseId: string) =>
  queryOptions({
    queryKey: ['course', courseId, 'access-log'],
    queryFn: () => api<AccessLog>('GET', base(courseId)),
    refetchOnWindowFocus: false,
  });

/** The whole log as a CSV file (a plain link: the session cookie is enough for a GET). */
export const accessLogCsvUrl = (courseId: string) => `${base(courseId)}.csv`;
