import { snapshotOf } from '../goals/snapshot.ts';
import { type Entries, scoresOf } from '../measurements/entries.ts';
import { addDays, addMonths } from '../platform/dates.ts';
import type { Db } from '../platform/db.ts';
import type { AttendancePattern, DemoGoal, DemoPerson } from './people.ts';

/** One demo course's own record: notes, attendance in the person's pattern, goals, letters, measurements. */

/** Chance of being present on a day, `progress` running from 0 (three months ago) to 1 (yesterday). */
function presentChance(pattern: AttendancePattern, progress: number): number {
  switch (pattern) {
    case 'steady':
      return 0.95;
    case 'mixed':
      return 0.82;
    case 'sickLeave':
      return 0.45;
    case 'improving':
      return 0.4 + 0.55 * progress;
    case 'unexplained':
      return 0.7;
  }
}

/** Which absence, `a` running from 0 to 1 over the absent days' share of chances. */
function absenceReason(pattern: AttendancePattern, a: number): 'sick' | 'agreed' | 'unexplained' {
  const [sick, agreed] =
    pattern === 'sickLeave' ? [0.85, 0.95] : pattern === 'unexplained' ? [0.25, 0.4] : [0.55, 0.8];
  return a < sick ? 'sick' : a < agreed ? 'agreed' : 'unexplained';
}

export async function seedCourseRecord(
  db: Db,
  c: {
    rnd: () => number;
    day: string;
    start: string;
    /** The course paused or ended on this day: nothing happens on it after. */
    until: string | null;
    breaks: Array<{ from: string; to: string }>;
    person: DemoPerson;
    courseId: string;
    participantId: string;
    municipality: string;
    coordinator: string;
    mentor: string;
    instrument: string;
    skipLatestMeasurement: boolean;
    skipLatestLetter: boolean;
    institution: string;
    /** Where an intern spends Tuesdays and Thursdays of the last month, registered by its mentor. */
    company: { id: string; mentor: string } | null;
  },
) {
  for (const note of c.person.notes) {
    const noteDate = addDays(c.day, -note.daysAgo);
    if (noteDate < c.start || (c.until && noteDate > c.until)) continue;
    await db
      .insertInto('journal_notes')
      .values({
        municipality_id: c.municipality,
        course_id: c.courseId,
        author_id: note.by === 'coordinator' ? c.coordinator : c.mentor,
        note_date: noteDate,
        track: note.track ?? null,
        body: note.body,
        visibility: note.visibility,
      })
      .execute();
  }
  // About 60 working days of attendance up to yesterday, in the person's own pattern.
  const rows = [];
  const WINDOW = 90;
  // Up to yesterday: today is for the people at work to register.
  for (let back = 1; back < WINDOW; back++) {
    const d = addDays(c.day, -back);
    if (d < c.start) break;
    if (c.breaks.some((b) => d >= b.from && d < b.to)) continue;
    const weekday = new Date(`${d}T00:00:00Z`).getUTCDay();
    if (weekday === 0 || weekday === 6) continue;
    const r = c.rnd();
    const chance = presentChance(c.person.attendance, 1 - back / WINDOW);
    const present = r < chance;
    const atCompany = c.company !== null && back < 30 && (weekday === 2 || weekday === 4);
    const hours =
      c.person.hoursSometimesMissing && c.rnd() < 0.25
        ? 0
        : Math.max(1, c.person.hours + Math.round(c.rnd() * 2) - 1);
    rows.push({
      workplace_organisation_id: atCompany && c.company ? c.company.id : c.institution,
      municipality_id: c.municipality,
      course_id: c.courseId,
      participant_id: c.participantId,
      day: d,
      status: present ? ('present' as const) : ('absent' as const),
      absence_reason: present ? null : absenceReason(c.person.attendance, (r - chance) / (1 - chance)),
      hours: present ? hours : 0,
      recorded_by: atCompany && c.company ? c.company.mentor : c.mentor,
    });
  }
  if (rows.length) await db.insertInto('attendance').values(rows).execute();

  const goal = await insertGoal(db, c, c.person.goal, null);
  const sub = await insertGoal(db, c, c.person.subGoal, goal.id);
  for (const id of [goal.id, sub.id]) {
    const row = await db.selectFrom('goals').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
    await db
      .insertInto('goal_versions')
      .values({
        municipality_id: c.municipality,
        goal_id: id,
        version: 1,
        snapshot: JSON.stringify(snapshotOf(row)),
        changed_by: c.coordinator,
      })
      .execute();
  }

  // A status letter approved a few days before each 3 months, as the coordinator does it: written
  // once the rest of the record is there (src/demo/letters.ts).
  const letters: string[] = [];
  for (let k = 1; ; k++) {
    const approvedOn = addDays(addMonths(c.start, 3 * k), -3);
    if (approvedOn > (c.until ?? c.day)) break;
    letters.push(approvedOn);
  }
  if (c.skipLatestLetter) letters.pop();

  // A baseline at the start and one every 6 months since, drifting upwards: each an approved
  // dialogue with the professional's scores and the young person's own beside them.
  let scores = { motivation: 2, workIdentity: 1 + Math.floor(c.rnd() * 2), clarification: 1, knowledge: 2 };
  for (let k = 0; ; k++) {
    const measuredOn = addMonths(c.start, 6 * k);
    if (measuredOn > (c.until ?? c.day)) break;
    if (c.skipLatestMeasurement && addMonths(measuredOn, 6) > c.day) break;
    // The young person often sees themselves a step more (or less) hopeful than the professional.
    const own = (v: number) => Math.max(1, Math.min(5, v + (c.rnd() < 0.4 ? 1 : c.rnd() < 0.3 ? -1 : 0)));
    await seedMeasurement(db, {
      municipality: c.municipality,
      courseId: c.courseId,
      instrument: c.instrument,
      measuredOn: addDays(measuredOn, 2) > c.day ? measuredOn : addDays(measuredOn, 2),
      recordedBy: c.coordinator,
      entries: Object.fromEntries(
        Object.entries(scores).map(([dimension, score]) => [
          dimension,
          {
            professional: score,
            participant: own(score),
            reason: k === 0 ? 'Første samtale om, hvor den unge står.' : '',
            goalId: null,
          },
        ]),
      ),
    });
    const bump = (v: number) => Math.min(5, v + (c.rnd() < 0.6 ? 1 : 0));
    scores = {
      motivation: bump(scores.motivation),
      workIdentity: bump(scores.workIdentity),
      clarification: bump(scores.clarification),
      knowledge: bump(scores.knowledge),
    };
  }
  return { letterDays: letters };
}

/** An approved measurement dialogue as the app writes it: the dialogue, its first version, its rows. */
export async function seedMeasurement(
  db: Db,
  m: {
    municipality: string;
    courseId: string;
    instrument: string;
    measuredOn: string;
    recordedBy: string;
    entries: Entries;
  },
) {
  const dialogue = await db
    .insertInto('measurement_dialogues')
    .values({
      municipality_id: m.municipality,
      course_id: m.courseId,
      instrument_id: m.instrument,
      measured_on: m.measuredOn,
      entries: JSON.stringify(m.entries),
      approved_by: m.recordedBy,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await db
    .insertInto('measurement_dialogue_versions')
    .values({
      dialogue_id: dialogue.id,
      version: 1,
      municipality_id: m.municipality,
      snapshot: JSON.stringify({ measuredOn: m.measuredOn, entries: m.entries }),
      changed_by: m.recordedBy,
    })
    .execute();
  for (const perspective of ['professional', 'participant'] as const) {
    const scores = scoresOf(m.entries, perspective);
    if (Object.keys(scores).length === 0) continue;
    await db
      .insertInto('measurements')
      .values({
        municipality_id: m.municipality,
        course_id: m.courseId,
        instrument_id: m.instrument,
        measured_on: m.measuredOn,
        perspective,
        scores: JSON.stringify(scores),
        recorded_by: m.recordedBy,
        dialogue_id: dialogue.id,
      })
      .execute();
  }
}

function insertGoal(
  db: Db,
  c: { municipality: string; courseId: string; coordinator: string },
  goal: DemoGoal,
  parentGoalId: string | null,
) {
  return db
    .insertInto('goals')
    .values({
      municipality_id: c.municipality,
      course_id: c.courseId,
      parent_goal_id: parentGoalId,
      area: goal.area,
      track: goal.track,
      title: goal.title,
      status: goal.status ?? 'active',
      circle_goal: goal.circle?.goal ?? '',
      circle_activities: goal.circle?.activities ?? '',
      circle_measure: goal.circle?.measure ?? '',
      circle_learned: goal.circle?.learned ?? '',
      created_by: c.coordinator,
    })
    .returning(['id'])
    .executeTakeFirstOrThrow();
}
