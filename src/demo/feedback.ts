import { type Invitee, insertMeeting } from '../meetings/insert.ts';
import type { MeetingKind } from '../meetings/kinds.ts';
import { feltHeardAnswers } from '../meetings/kinds.ts';
import { startOfDay } from '../overview/period.ts';
import { addDays, type IsoDate } from '../platform/dates.ts';
import type { Db } from '../platform/db.ts';

const HOUR = 3_600_000;

/**
 * The overview's and "Følte du dig hørt?"'s demo (branch overview): held meetings the young people
 * attended with their answers (most yes, some partly, one no), one held meeting Amalie has not
 * answered yet (her page asks), and planned meetings over the coming weeks for the shared overview
 * and the calendar feed, including one with the company mentor and one of the development group.
 * Self-contained: when the meetings module's own demo is merged, meetings duplicated here can go.
 */
export async function seedOverviewDemo(
  db: Db,
  c: {
    day: IsoDate;
    partnership: string;
    municipality: string;
    coordinator: string;
    caseworker: string;
    companyMentor: string;
  },
) {
  const courses = await db
    .selectFrom('courses as c')
    .innerJoin('participants as p', 'p.id', 'c.participant_id')
    .select(['c.id', 'c.participant_id', 'c.status', 'p.ref'])
    .where('c.partnership_id', '=', c.partnership)
    .orderBy('p.ref')
    .execute();
  const at = (day: IsoDate, hour: number) => new Date(startOfDay(day).getTime() + hour * HOUR);
  const meeting = async (
    courseId: string | null,
    kind: MeetingKind,
    day: IsoDate,
    hour: number,
    place: string,
    invitees: Invitee[],
  ) =>
    (
      await insertMeeting(db, {
        municipalityId: c.municipality,
        partnershipId: c.partnership,
        courseId,
        kind,
        startsAt: at(day, hour),
        endsAt: at(day, hour + 1),
        place,
        hostId: c.coordinator,
        chairId: c.coordinator,
        agenda: [],
        invitees,
        createdBy: c.coordinator,
      })
    ).id;
  const staff: Invitee[] = [
    { kind: 'user', userId: c.coordinator },
    { kind: 'user', userId: c.caseworker },
  ];
  const heldAndAttended = async (meetingId: string) => {
    await db.updateTable('meetings').set({ status: 'held' }).where('id', '=', meetingId).execute();
    await db
      .updateTable('meeting_participants')
      .set({ present: true })
      .where('meeting_id', '=', meetingId)
      .execute();
  };
  // 10 answers: 7 yes, 2 partly, 1 no.
  const answers = ['yes', 'yes', 'partly', 'yes', 'yes', 'no', 'yes', 'partly', 'yes', 'yes'] as const;
  const active = courses.filter((course) => course.status === 'active');
  for (const [i, course] of active.slice(0, answers.length).entries()) {
    const answer = answers[i] ?? feltHeardAnswers[0];
    const day = addDays(c.day, -(12 + 3 * i));
    const id = await meeting(
      course.id,
      i % 2 ? 'followUp' : 'status',
      day,
      10,
      'Lindeby Erhvervsskole, mødelokale 1',
      [...staff, { kind: 'youngPerson' }],
    );
    await heldAndAttended(id);
    await db
      .insertInto('meeting_feedback')
      .values({
        meeting_id: id,
        participant_id: course.participant_id,
        municipality_id: c.municipality,
        partnership_id: c.partnership,
        answer,
        meeting_day: day,
        answered_at: at(day, 15),
      })
      .execute();
    // Every course has a next step in the shared overview: a planned meeting in the coming weeks.
    await meeting(
      course.id,
      i % 3 ? 'followUp' : 'network',
      addDays(c.day, 2 + 2 * i),
      9 + (i % 4),
      'Jobcentret, Lindeby',
      [...staff, { kind: 'youngPerson' }],
    );
  }
  const amalie = courses[0];
  if (amalie) {
    // Held three days ago and not answered yet: "Følte du dig hørt?" waits on her own page.
    const recent = await meeting(amalie.id, 'evaluation', addDays(c.day, -3), 13, 'Værkstedet', [
      ...staff,
      { kind: 'youngPerson' },
    ]);
    await heldAndAttended(recent);
    // The company mentor's meeting is the meetings demo's (src/demo/meetings.ts).
  }
  // The development group's meetings are the meetings demo's.
}
