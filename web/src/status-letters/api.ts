import { queryOptions } from '@tanstack/react-query';
import type { DraftPatch, DraftSaved, LetterList, LetterSaved } from '../api/types.ts';
import { api } from '../app/api.ts';

/** Shapes generated from src/status-letters/schemas.ts. */
export type {
  DraftPatch,
  Letter,
  LetterDraft,
  LetterSection,
  LetterSectionKey,
  LetterSummary,
} from '../api/types.ts';

const base = (courseId: string) => `/api/courses/${encodeURIComponent(courseId)}/status-letters`;

export const lettersQuery = (courseId: string) =>
  queryOptions({
    queryKey: ['course', courseId, 'statusLetters'],
    queryFn: () => api<LetterList>('GET', base(courseId)),
  });

export const letterQuery = (courseId: string, letterId: string) =>
  queryOptions({
    queryKey: ['course', courseId, 'statusLetters', letterId],
    queryFn: () => api<LetterSaved>('GET', `${base(courseId)}/${encodeURIComponent(letterId)}`),
  });

/** Where a letter's PDF is downloaded: a plain link, so the browser saves the file. */
export const letterPdfPath = (courseId: string, letterId: string) =>
  `${base(courseId)}/${encodeURIComponent(letterId)}/pdf`;

export const createDraft = (courseId: string) => api<DraftSaved>('POST', `${base(courseId)}/draft`);

export const startCorrection = (courseId: string, letterId: string) =>
  api<DraftSaved>('POST', `${base(courseId)}/${encodeURIComponent(letterId)}/correction`);

/** The new texts, based on the draft version the coordinator saw; a change in between gives 412. */
export const editDraft = (courseId: string, patch: DraftPatch, version: number) =>
  api<DraftSaved>('PATCH', `${base(courseId)}/draft`, patch, { ifMatch: version });

export const approveDraft = (courseId: string, version: number) =>
  api<LetterSaved>('POST', `${base(courseId)}/draft/approve`, undefined, { ifMatch: version });
