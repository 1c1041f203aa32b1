import { agendaFor } from '../meetings/agenda.ts';
import { type Invitee, insertMeeting } from '../meetings/insert.ts';
import type { MeetingKind } from '../meetings/kinds.ts';
import { addDays, earlierDay, laterDay } from '../platform/dates.ts';
import type { Db } from '../platform/db.ts';
import { instantOf } from '../platform/local-time.ts';

interface DemoMeetingsInput {
  day: string;
  partnership: string;
  municipality: string;
}

/**
 * The demo's meetings (issue 8): on each course, a visit, a start-up meeting and a status meeting
 * held with approved minutes, and a meeting planned in the coming weeks for the active ones (the
 * company mentor invited to one on the first course); open tasks, one of the coordinator's
 * overdue; and one development-group meeting for the partnership.
 */
export async function seedMeetings(db: Db, { day, partnership, municipality }: DemoMeetingsInput) {
  const userId = async (username: string) =>
    (await db.selectFrom('users').select('id').where('username', '=', username).executeTakeFirstOrThrow()).id;
  const coordinator = await userId('koordinator');
  const caseworker = await userId('sagsbehandler');
  const mentor = await userId('mentor');
  const companyMentor = await userId('virksomhedsmentor');
  const leader = await userId('leder');
  const courses = await db
    .selectFrom('courses as c')
    .innerJoin('participants as p', 'p.id', 'c.participant_id')
    .select(['c.id', 'c.start_date', 'c.referral_date', 'c.status', 'p.ref'])
    .where('c.partnership_id', '=', partnership)
    .orderBy('p.ref')
    .execute();

  const base = { municipalityId: municipality, partnershipId: partnership, createdBy: coordinator };
  const held = async (
    courseId: string | null,
    kind: MeetingKind,
    on: string,
    invitees: Invitee[],
    minutes: string,
    decisions: string[],
    tasks: Array<{ title: string; ownerId?: string; ownerName?: string; deadline: string; done?: boolean }>,
  ) => {
    const { id } = await insertMeeting(db, {
      ...base,
      courseId,
      kind,
      startsAt: instantOf(on, '10:00'),
      endsAt: instantOf(on, '11:00'),
      place: courseId ? 'Lindeby Erhvervsskole, mødelokale 2' : 'Lindeby Rådhus',
      hostId: coordinator,
      chairId: coordinator,
      agenda: agendaFor(kind, 'da'),
      invitees,
    });
    await db
      .updateTable('meetings')
      .set({
        status: 'held',
        minutes,
        decisions: JSON.stringify(decisions),
        minutes_approved_at: instantOf(on, '15:00'),
        minutes_approved_by: coordinator,
        minutes_mail: JSON.stringify({
          at: instantOf(on, '15:00').toISOString(),
          status: 'noRecipients',
          recipients: [],
        }),
      })
      .where('id', '=', id)
      .execute();
    await db
      .updateTable('meeting_participants')
      .set({ present: true })
      .where('meeting_id', '=', id)
      .execute();
    for (const task of tasks)
      await db
        .insertInto('tasks')
        .values({
          municipality_id: municipality,
          partnership_id: partnership,
          course_id: courseId,
          meeting_id: id,
          title: task.title,
          owner_id: task.ownerId ?? null,
          owner_name: task.ownerName ?? null,
          deadline: task.deadline,
          done_at: task.done ? instantOf(task.deadline, '12:00') : null,
          done_by: task.done ? (task.ownerId ?? coordinator) : null,
          created_by: coordinator,
        })
        .execute();
  };
  const team = (...ids: string[]): Invitee[] => ids.map((id) => ({ kind: 'user', userId: id }));

  for (const [index, course] of courses.entries()) {
    const start = course.start_date ?? day;
    const visitDay = laterDay(course.referral_date ?? addDays(start, -14), addDays(start, -10));
    await held(
      course.id,
      'visit',
      visitDay,
      [...team(coordinator, mentor), { kind: 'youngPerson' }],
      'Vi viste værkstedet frem. Kontaktperson er Mette. Vi mødes ved hovedindgangen kl. 8.30.',
      ['Arbejdstid 8.30–13.00 de første to uger'],
      [{ title: 'Sende velkomstbrev', ownerId: coordinator, deadline: addDays(visitDay, 3), done: true }],
    );
    await held(
      course.id,
      'startUp',
      addDays(start, 14),
      [...team(coordinator, caseworker, mentor), { kind: 'youngPerson' }],
      'Den unge fortalte om sine ønsker. Første mål: stabilt fremmøde.',
      ['Første mål er stabilt fremmøde fire dage om ugen'],
      [
        {
          title: 'Skrive målene ind i forløbet',
          ownerId: coordinator,
          deadline: addDays(start, 17),
          done: true,
        },
      ],
    );
    const statusDay = earlierDay(addDays(start, 100), addDays(day, -14));
    if (statusDay > addDays(start, 14))
      await held(
        course.id,
        'status',
        statusDay,
        [
          ...team(coordinator, caseworker),
          { kind: 'youngPerson' },
          { kind: 'external', name: 'Birgit Bostøtte', role: 'Bostøttemedarbejder' },
        ],
        'Fremmødet er stabilt. Den unge vil gerne prøve en praktik.',
        ['Praktik undersøges'],
        [
          // The coordinator's overdue task on the first course; open tasks on the others.
          {
            title: index === 0 ? 'Ringe til praktikstedet om en praktikaftale' : 'Finde et praktiksted',
            ownerId: index === 0 ? coordinator : mentor,
            deadline: index === 0 ? addDays(day, -5) : addDays(day, 10 + index),
          },
          { title: 'Aftale bostøtte om morgenen', ownerName: 'Birgit Bostøtte', deadline: addDays(day, 7) },
        ],
      );
    if (course.status === 'active') {
      const next = addDays(day, 7 + (index % 4) * 3);
      await insertMeeting(db, {
        ...base,
        courseId: course.id,
        kind: 'followUp',
        startsAt: instantOf(next, '13:00'),
        endsAt: instantOf(next, '14:00'),
        place: index === 0 ? 'Lindeby Tømrer ApS' : 'Lindeby Erhvervsskole, mødelokale 2',
        hostId: coordinator,
        chairId: coordinator,
        agenda: agendaFor('followUp', 'da'),
        invitees: [
          ...team(coordinator, mentor, ...(index === 0 ? [companyMentor] : [])),
          { kind: 'youngPerson' },
        ],
      });
    }
  }

  // The development group's next meeting, and its last one held.
  await held(
    null,
    'developmentGroup',
    addDays(day, -30),
    team(leader, coordinator, caseworker),
    'Vi gennemgik ventetiden fra henvisning til første kontakt.',
    ['Første kontakt inden for 7 dage fastholdes'],
    [{ title: 'Tal på ventetid til næste møde', ownerId: leader, deadline: addDays(day, 20) }],
  );
  const next = addDays(day, 21);
  await insertMeeting(db, {
    ...base,
    courseId: null,
    kind: 'developmentGroup',
    startsAt: instantOf(next, '13:00'),
    endsAt: instantOf(next, '15:00'),
    place: 'Lindeby Rådhus',
    hostId: leader,
    chairId: leader,
    agenda: agendaFor('developmentGroup', 'da'),
    invitees: team(leader, coordinator, caseworker),
  });
}
