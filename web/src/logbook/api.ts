import { queryOptions } from '@tanstack/react-query';
import type { Logbook, LogbookQuery } from '../api/types.ts';
import { api, query } from '../app/api.ts';

/** Shapes generated from src/logbook/schemas.ts. */
export type { LogbookEntry, LogbookQuery } from '../api/types.ts';

export const logbookQuery = (courseId: string, filter: LogbookQuery) =>
  queryOptions({
    queryKey: ['course', courseId, 'logbook', filter],
    queryFn: () =>
      api<Logbook>(
        'GET',
        `/api/courses/${encodeURIComponent(courseId)}/logbook${query({
          kind: filter.kind,
          track: filter.track,
          from: filter.from,
          to: filter.to,
        })}`,
      ),
  });
