import { queryOptions } from '@tanstack/react-query';
import type { EffortList, EffortPatch, EffortSaved, NewEffort } from '../api/types.ts';
import { api } from '../app/api.ts';

export { type EffortKind, effortKinds, type LegalBasis, legalBases } from '../../../src/efforts/kinds.ts';
/** Shapes generated from src/efforts/schemas.ts; the vocabularies come from the server's pure module. */
export type { Effort, EffortPatch, NewEffort } from '../api/types.ts';

const base = (courseId: string) => `/api/courses/${encodeURIComponent(courseId)}/efforts`;
export const effortsKey = (courseId: string) => ['course', courseId, 'efforts'];

export const effortsQuery = (courseId: string) =>
  queryOptions({ queryKey: effortsKey(courseId), queryFn: () => api<EffortList>('GET', base(courseId)) });

export const createEffort = (courseId: string, effort: NewEffort) =>
  api<EffortSaved>('POST', base(courseId), effort);

/** A change (or the end: `endsOn`) to the version the person saw; someone else's change in between gives 412. */
export const updateEffort = (courseId: string, effortId: string, patch: EffortPatch, version: number) =>
  api<EffortSaved>('PATCH', `${base(courseId)}/${encodeURIComponent(effortId)}`, patch, { ifMatch: version });
