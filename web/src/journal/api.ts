import { queryOptions } from '@tanstack/react-query';
import { api, query } from '../app/api.ts';
import type { Track } from '../app/tracks.ts';

export type Visibility = 'team' | 'professionals' | 'institution';
export const visibilities: Visibility[] = ['team', 'professionals', 'institution'];

export interface Note {
  id: string;
  date: string;
  track: Track | null;
  body: string;
  visibility: Visibility;
  author: { id: string; displayName: string };
  createdAt: string;
}

export interface NewNote {
  date: string;
  track: Track | null;
  body: string;
  visibility: Visibility;
}

const path = (courseId: string) => `/api/courses/${encodeURIComponent(courseId)}/journal`;

export const journalQuery = (courseId: string, track: Track | undefined) =>
  queryOptions({
    queryKey: ['course', courseId, 'journal', track ?? null],
    queryFn: () => api<{ notes: Note[] }>('GET', `${path(courseId)}${query({ track })}`),
  });

export const writeNote = (courseId: string, note: NewNote) =>
  api<{ note: Note }>('POST', path(courseId), note);
