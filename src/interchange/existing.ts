import { DEFAULT_INSTRUMENT_KEY } from '../measurements/instrument.ts';
import type { Db } from '../platform/db.ts';

/** What a partnership already holds about one participant, as an import compares against it. */
export interface ExistingState {
  participant?: ExistingParticipant;
  /** The participant's course in this partnership (the first, if there ever were several). */
  course?: ExistingCourse;
  statisticsConsents: ExistingConsent[];
  /** The course's distance-to-labour-market measurements, in recorded order. */
  measurements: ExistingMeasurement[];
  /** Pauses and resumptions an earlier v2 import wrote (a person's changes are not listed). */
  importedChanges: ExistingStatusChange[];
  /** The course's approved status letters. */
  letters: ExistingLetter[];
}

export interface ExistingStatusChange {
  id: number;
  effective_date: string;
  status: 'active' | 'paused' | 'ended';
  reason: string;
}

export interface ExistingLetter {
  id: string;
  approved_on: string;
  body: string | null;
  /** null: written by an import. */
  recorded_by: string | null;
}

export interface ExistingParticipant {
  id: string;
  municipality_id: string;
  given_name: string;
  family_name: string;
  birth_date: string;
  gender: 'female' | 'male' | 'other';
  disabilities: string[];
}

export interface ExistingCourse {
  id: string;
  municipality_id: string;
  start_date: string | null;
  referral_date: string | null;
  granted_months: number | null;
  status: 'active' | 'paused' | 'ended';
  outcome_type: string | null;
  outcome_date: string | null;
}

export interface ExistingConsent {
  id: string;
  given_on: string;
  withdrawn_on: string | null;
}

export interface ExistingMeasurement {
  id: string;
  measured_on: string;
  perspective: 'professional' | 'participant';
  scores: Record<string, number>;
  /** null: written by an import (so a later import may remove it); else a person recorded it. */
  recorded_by: string | null;
}

/** Everything the partnership holds, by participant ref: six queries whatever the size. */
export async function loadExisting(tx: Db, partnershipId: string): Promise<Map<string, ExistingState>> {
  const participants = await tx
    .selectFrom('participants')
    .select([
      'id',
      'ref',
      'municipality_id',
      'given_name',
      'family_name',
      'birth_date',
      'gender',
      'disabilities',
    ])
    .where('partnership_id', '=', partnershipId)
    .execute();
  const courses = await tx
    .selectFrom('courses')
    .select([
      'id',
      'participant_id',
      'municipality_id',
      'start_date',
      'referral_date',
      'granted_months',
      'status',
      'outcome_type',
      'outcome_date',
    ])
    .where('partnership_id', '=', partnershipId)
    .orderBy('created_at')
    .orderBy('id')
    .execute();
  const consents = await tx
    .selectFrom('consents as k')
    .innerJoin('participants as pt', 'pt.id', 'k.participant_id')
    .select(['k.id', 'k.participant_id', 'k.given_on', 'k.withdrawn_on'])
    .where('pt.partnership_id', '=', partnershipId)
    .where('k.purpose', '=', 'statistics')
    .orderBy('k.given_on')
    .orderBy('k.id')
    .execute();
  const measurements = await tx
    .selectFrom('measurements as m')
    .innerJoin('courses as c', 'c.id', 'm.course_id')
    .innerJoin('measurement_instruments as i', 'i.id', 'm.instrument_id')
    .select(['m.id', 'm.course_id', 'm.measured_on', 'm.perspective', 'm.scores', 'm.recorded_by'])
    .where('c.partnership_id', '=', partnershipId)
    .where('i.key', '=', DEFAULT_INSTRUMENT_KEY)
    .orderBy('m.measured_on')
    .orderBy('m.created_at')
    .orderBy('m.id')
    .execute();

  const importedChanges = await tx
    .selectFrom('course_status_history as h')
    .innerJoin('courses as c', 'c.id', 'h.course_id')
    .select(['h.id', 'h.course_id', 'h.effective_date', 'h.status', 'h.reason'])
    .where('c.partnership_id', '=', partnershipId)
    .where('h.imported_change', '=', true)
    .orderBy('h.id')
    .execute();
  const letters = await tx
    .selectFrom('status_letters as l')
    .innerJoin('courses as c', 'c.id', 'l.course_id')
    .select(['l.id', 'l.course_id', 'l.approved_on', 'l.body', 'l.recorded_by'])
    .where('c.partnership_id', '=', partnershipId)
    .orderBy('l.approved_on')
    .orderBy('l.id')
    .execute();

  const byParticipantId = new Map<string, ExistingState>();
  const byRef = new Map<string, ExistingState>();
  for (const { ref, ...participant } of participants) {
    const state: ExistingState = {
      participant,
      statisticsConsents: [],
      measurements: [],
      importedChanges: [],
      letters: [],
    };
    byParticipantId.set(participant.id, state);
    byRef.set(ref, state);
  }
  const byCourseId = new Map<string, ExistingState>();
  for (const { participant_id, ...course } of courses) {
    const state = byParticipantId.get(participant_id);
    if (!state || state.course) continue;
    state.course = course;
    byCourseId.set(course.id, state);
  }
  for (const { participant_id, ...consent } of consents)
    byParticipantId.get(participant_id)?.statisticsConsents.push(consent);
  for (const { course_id, ...measurement } of measurements)
    byCourseId.get(course_id)?.measurements.push(measurement);
  for (const { course_id, ...change } of importedChanges)
    byCourseId.get(course_id)?.importedChanges.push(change);
  for (const { course_id, ...letter } of letters) byCourseId.get(course_id)?.letters.push(letter);
  return byRef;
}
