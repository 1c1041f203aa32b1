import { queryOptions } from '@tanstack/react-query';
import type { NewNote, NoteCreated, NoteList, Track, Visibility } from '../api/types.ts';
import { vocabulary } from '../api/vocabulary.ts';
import { api, query } from '../app/api.ts';

/** Shapes generated from src/journal/schemas.ts. */
export type { NewNote, Note, Visibility } from '../api/types.ts';
export const visibilities = vocabulary<Visibility>()(['team', 'professionals', 'institution']);

const path = (courseId: string) => `/api/courses/${encodeURIComponent(courseId)}/journal`;

export const journalQuery = (courseId: string, track: Track | undefined) =>
  queryOptions({
    queryKey: ['course', courseId, 'journal', track ?? null],
    queryFn: () => api<NoteList>('GET', `${path(courseId)}${query({ track })}`),
  });

export const writeNote = (courseId: string, note: NewNote) => api<NoteCreated>('POST', path(courseId), note);
