import { queryOptions } from '@tanstack/react-query';
import type {
  Instrument,
  InstrumentSaved,
  MeasurementDraftPatch,
  MeasurementDraftState,
  MeasurementEntry,
  MeasurementHistory,
  MeasurementList,
  MeasurementSaved,
  NewInstrument,
  OwnMeasurement,
} from '../api/types.ts';
import { api } from '../app/api.ts';

export { directionOf, signed } from '../../../src/measurements/development.ts';
/** Shapes generated from src/measurements/schemas.ts. */
export type {
  Development,
  Instrument,
  Measurement,
  MeasurementDraft,
  MeasurementEntry,
  MeasurementHistory,
} from '../api/types.ts';

const base = (courseId: string) => `/api/courses/${encodeURIComponent(courseId)}/measurements`;

export const measurementsQuery = (courseId: string) =>
  queryOptions({
    queryKey: ['course', courseId, 'measurements'],
    queryFn: () => api<MeasurementList>('GET', base(courseId)),
  });

export const draftQuery = (courseId: string) =>
  queryOptions({
    queryKey: ['course', courseId, 'measurements', 'draft'],
    queryFn: () => api<MeasurementDraftState>('GET', `${base(courseId)}/draft`),
  });

export const measurementHistoryQuery = (courseId: string, id: string) =>
  queryOptions({
    queryKey: ['course', courseId, 'measurements', id, 'history'],
    queryFn: () => api<MeasurementHistory>('GET', `${base(courseId)}/${encodeURIComponent(id)}/history`),
  });

export const ownMeasurementQuery = (courseId: string) =>
  queryOptions({
    queryKey: ['course', courseId, 'measurements', 'own'],
    queryFn: () => api<OwnMeasurement>('GET', `${base(courseId)}/own`),
  });

export const startDraft = (courseId: string, instrumentId: string, measuredOn: string) =>
  api<MeasurementDraftState>('POST', `${base(courseId)}/draft`, { instrumentId, measuredOn });

export const saveDraft = (courseId: string, patch: MeasurementDraftPatch, version: number) =>
  api<MeasurementDraftState>('PATCH', `${base(courseId)}/draft`, patch, { ifMatch: version });

export const discardDraft = (courseId: string, version: number) =>
  api<unknown>('DELETE', `${base(courseId)}/draft`, undefined, { ifMatch: version });

export const approveDraft = (courseId: string, version: number) =>
  api<MeasurementSaved>('POST', `${base(courseId)}/draft/approve`, undefined, { ifMatch: version });

export const editMeasurement = (
  courseId: string,
  id: string,
  entries: Record<string, MeasurementEntry>,
  version: number,
) =>
  api<MeasurementSaved>(
    'PUT',
    `${base(courseId)}/${encodeURIComponent(id)}`,
    { entries },
    { ifMatch: version },
  );

export const saveOwnScores = (courseId: string, scores: Record<string, number | null>, version: number) =>
  api<OwnMeasurement>('PUT', `${base(courseId)}/own`, { scores }, { ifMatch: version });

export const createInstrument = (courseId: string, instrument: NewInstrument) =>
  api<InstrumentSaved>('POST', `/api/courses/${encodeURIComponent(courseId)}/instruments`, instrument);

/** The newest version of each instrument key: the ones a new measurement can use. */
export function currentInstruments(instruments: readonly Instrument[]): Instrument[] {
  const newest = new Map<string, Instrument>();
  for (const i of instruments) {
    const owner = i.ownedByPartnership ? 'own' : 'builtIn';
    const key = `${owner}/${i.key}`;
    const seen = newest.get(key);
    if (!seen || seen.version < i.version) newest.set(key, i);
  }
  return [...newest.values()];
}

/** A label in the page's language, Danish when it has no other. */
export const inLanguage = (words: { da: string; en: string }, language: string) =>
  language.startsWith('en') ? words.en : words.da;
