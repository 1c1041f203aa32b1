import { planFormatMeetings } from '../formats/plan.ts';
import { addDays, type IsoDate } from '../platform/dates.ts';
import type { Db } from '../platform/db.ts';

/**
 * Coordination formats in the demo: the default rhythm in use on the first three courses (their
 * planned meetings, from the planning the app itself does), and the partnership's own copy
 * "Forældreorlov" (seed 004: first meeting as soon as possible, the second 8 weeks after the
 * birth) in use on Ida's course.
 */
export async function seedFormats(db: Db, c: { partnership: string; coordinator: string; day: IsoDate }) {
  const standard = await db
    .selectFrom('coordination_formats')
    .selectAll()
    .where('partnership_id', 'is', null)
    .executeTakeFirstOrThrow();
  const leaveRules = [
    {
      id: 'first',
      kind: 'followUp',
      title: 'Møde før orloven',
      timing: { anchor: 'asap', offset: { amount: 0, unit: 'days' }, repeat: null },
      time: '10:00',
      durationMinutes: 60,
      invitees: { roles: ['youthCoordinator', 'caseworker'], youngPerson: true },
      agenda: ['Hvordan går det?', 'Hvad skal der ske under orloven?', 'Hvornår ses vi igen?'],
    },
    {
      id: 'second',
      kind: 'followUp',
      title: 'Møde efter fødslen',
      timing: { anchor: 'event', event: 'birth', offset: { amount: 8, unit: 'weeks' }, repeat: null },
      time: '10:00',
      durationMinutes: 60,
      invitees: { roles: ['youthCoordinator', 'caseworker'], youngPerson: true },
      agenda: ['Hvordan går det med jer?', 'Hvornår og hvordan vender du tilbage?'],
    },
  ];
  const leave = await db
    .insertInto('coordination_formats')
    .values({
      partnership_id: c.partnership,
      name: 'Forældreorlov',
      description: 'Første møde hurtigst muligt, andet møde 8 uger efter fødslen.',
      rules: JSON.stringify(leaveRules),
      copied_from: standard.id,
      created_by: c.coordinator,
      updated_by: c.coordinator,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  await db
    .insertInto('coordination_format_versions')
    .values({
      format_id: leave.id,
      version: 1,
      name: leave.name,
      description: leave.description,
      rules: JSON.stringify(leaveRules),
      changed_by: c.coordinator,
    })
    .execute();

  const courses = await db
    .selectFrom('courses as co')
    .innerJoin('participants as p', 'p.id', 'co.participant_id')
    .select(['co.id', 'co.municipality_id', 'p.ref'])
    .where('co.partnership_id', '=', c.partnership)
    .where('p.ref', 'in', ['D01', 'D02', 'D03', 'D07'])
    .execute();
  for (const course of courses) {
    const useLeave = course.ref === 'D07';
    await db
      .insertInto('course_formats')
      .values({
        municipality_id: course.municipality_id,
        course_id: course.id,
        format_id: useLeave ? leave.id : standard.id,
        events: JSON.stringify(useLeave ? { birth: addDays(c.day, 20) } : {}),
        applied_on: c.day,
        applied_by: c.coordinator,
      })
      .execute();
    await planFormatMeetings(db, course.id, c.day, c.coordinator);
  }
}
