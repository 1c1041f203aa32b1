import type { Actor } from '../auth/actor.ts';
import type { CourseRole } from '../auth/permissions.ts';
import { snapshotOf } from '../goals/snapshot.ts';
import { defaultInstrumentId } from '../measurements/instrument.ts';
import type { CprCipher } from '../participants/cpr.ts';
import { addDays, addMonths, earlierDay, laterDay, today } from '../platform/dates.ts';
import type { Db } from '../platform/db.ts';
import {
  addTeamMember,
  createOrganisation,
  createParticipantWithCourse,
  createPartnership,
  createUser,
  giveConsent,
} from './builders.ts';
import { seedCompanies } from './companies.ts';
import { seedCourseRecord } from './course-record.ts';
import { seedCourseSteps } from './course-steps.ts';
import { seedOverviewDemo } from './feedback.ts';
import { seedFormats } from './formats.ts';
import { seedInitiatives } from './initiatives.ts';
import { seedLetters } from './letters.ts';
import { seedMeasurementExtras } from './measurements.ts';
import { seedMeetings } from './meetings.ts';
import { seedMomentum } from './momentum.ts';
import { type DemoPerson, demoPeople } from './people.ts';
import { seedPlan } from './plan.ts';
import { seedSecondPartnership } from './second-partnership.ts';

export const DEMO_PASSWORD = 'demo';
const MUNICIPALITY = 'Lindeby Kommune';

/**
 * Demo data for the embedded database: one fictional partnership with about 12 courses and a
 * sign-in for every role (password "demo"). Created once; a second start finds it and stops.
 */
export async function seedDemo(db: Db, cpr: CprCipher, now = new Date()): Promise<boolean> {
  const exists = await db
    .selectFrom('organisations')
    .select('id')
    .where('name', '=', MUNICIPALITY)
    .executeTakeFirst();
  if (exists) return false;
  await db.transaction().execute(async (tx) => {
    await seed(tx, cpr, today(now));
  });
  // An import runs in its own transaction, so the second partnership comes after the first.
  await seedSecondPartnership(db, today(now));
  return true;
}

// A small deterministic generator: the same demo every time.
function random(seed: number) {
  let s = seed;
  return () => {
    s = (s * 1_103_515_245 + 12_345) % 2_147_483_648;
    return s / 2_147_483_648;
  };
}

async function seed(db: Db, cpr: CprCipher, day: string) {
  const rnd = random(42);
  const municipality = await createOrganisation(db, 'municipality', MUNICIPALITY);
  const institution = await createOrganisation(db, 'institution', 'Lindeby Erhvervsskole');
  const company = await createOrganisation(db, 'company', 'Lindeby Tømrer ApS');
  const partnership = await createPartnership(db, {
    municipalityId: municipality,
    institutionId: institution,
    name: 'Lindeby',
    targetAdmitted: 40,
    targetCloserShare: 0.87,
  });
  const user = (username: string, displayName: string, organisationId: string, role: string) =>
    createUser(db, { username, displayName, password: DEMO_PASSWORD, organisationId, role });
  const coordinator = await user('koordinator', 'Karin Ungekoordinator', institution, 'youthCoordinator');
  const caseworker = await user('sagsbehandler', 'Søren Sagsbehandler', municipality, 'caseworker');
  const mentor = await user('mentor', 'Mette Værkstedsmentor', institution, 'workshopMentor');
  const companyMentor = await user('virksomhedsmentor', 'Viktor Virksomhedsmentor', company, 'companyMentor');
  const young = await user('ung', 'Amalie Nielsen', institution, 'participant');
  await user('leder', 'Lene Leder', institution, 'leader');
  await user('admin', 'Anders Administrator', municipality, 'administrator');
  const instrument = await defaultInstrumentId(db);
  // The demo's letters are drafted as the coordinator would draft them: as this actor.
  const coordinatorActor: Actor = {
    userId: coordinator,
    username: 'koordinator',
    displayName: 'Karin Ungekoordinator',
    locale: 'da',
    memberships: [],
    sessionIdHash: '',
    csrfToken: '',
  };

  for (const [index, person] of demoPeople.entries()) {
    const start = addMonths(day, -person.monthsAgo);
    const { participantId, courseId } = await createParticipantWithCourse(
      db,
      {
        partnershipId: partnership,
        municipalityId: municipality,
        ref: `D${String(index + 1).padStart(2, '0')}`,
        givenName: person.givenName,
        familyName: person.familyName,
        birthDate: person.birthDate,
        gender: person.gender,
        disabilities: person.disabilities,
        acquiredStrains: person.strains,
        supportNeeds: person.supportNeeds,
        phone: `20 ${String(10 + index).padStart(2, '0')} 45 ${String(60 + index)}`,
        cpr: `${person.birthDate.slice(8, 10)}${person.birthDate.slice(5, 7)}${person.birthDate.slice(2, 4)}-${String(1000 + index * 7)}`,
        userId: index === 0 ? young : null,
        referralDate: addDays(start, -21),
        startDate: start,
        grantedMonths: person.grantedMonths,
      },
      cpr,
    );
    const team: Array<[string, string, CourseRole]> = [
      [coordinator, institution, 'youthCoordinator'],
      [caseworker, municipality, 'caseworker'],
      [mentor, institution, 'workshopMentor'],
    ];
    if (index === 0) team.push([young, institution, 'participant']);
    if (index < 2) team.push([companyMentor, company, 'companyMentor']);
    for (const [userId, organisationId, role] of team) {
      await addTeamMember(db, { courseId, municipalityId: municipality, userId, organisationId, role });
    }
    // One participant has not (yet) agreed to share with the job centre.
    if (index !== 11)
      await giveConsent(db, {
        participantId,
        municipalityId: municipality,
        purpose: 'shareWithMunicipality',
        givenOn: start,
      });
    if (index < 10)
      await giveConsent(db, {
        participantId,
        municipalityId: municipality,
        purpose: 'statistics',
        givenOn: start,
      });
    // The course's start in its history happened on the start day, before anything else.
    await db
      .updateTable('course_status_history')
      .set({ changed_at: `${start}T08:00:00Z` })
      .where('course_id', '=', courseId)
      .execute();
    /** Days without attendance: a pause, or the time after the course ended. */
    const breaks: Array<{ from: string; to: string }> = [];
    if (index < 2) {
      // What the young person shares with the company, in categories; never health.
      await giveConsent(db, {
        participantId,
        municipalityId: municipality,
        purpose: 'shareWithCompany',
        recipientOrganisationId: company,
        givenOn: start,
        categories:
          index === 0
            ? ['contact', 'supportNeeds', 'goals', 'attendance', 'notes', 'meetings', 'efforts', 'network']
            : ['contact', 'goals'],
      });
      const healthNote =
        index === 0
          ? 'Samtale om medicin og søvn efter udskrivelsen.'
          : 'Samtale med distriktspsykiatrien om medicin. Mads sover bedre og vil gerne tilbage i praktikken.';
      breaks.push(
        await seedHealthRecord(db, { courseId, municipality, coordinator, day, start, healthNote }),
      );
    }
    const until = await seedStatus(db, { person, courseId, municipality, coordinator, day, start });
    if (until) breaks.push({ from: until, to: day });
    // Sofie's latest measurement was never made: the coordinator's list shows it as overdue.
    const { letterDays } = await seedCourseRecord(db, {
      rnd,
      day,
      start,
      until,
      breaks,
      person,
      courseId,
      participantId,
      municipality,
      coordinator,
      mentor,
      instrument,
      skipLatestMeasurement: index === 2,
      // Noah's latest status letter was never written: the caseload shows it as overdue.
      skipLatestLetter: index === 5,
      institution,
      company: index < 2 ? { id: company, mentor: companyMentor } : null,
    });
    await seedLetters(db, {
      day,
      start,
      courseId,
      coordinator: coordinatorActor,
      caseworker,
      letterDays,
      // Freja's newest letter (three days old) waits for the caseworker.
      latestUnread: index === 4,
      // Ida's coordinator has begun the next letter.
      draftInProgress: index === 6,
    });
    if (index < 4) await seedPlan(db, { courseId, municipality, coordinator, start, index });
    if (index === 0)
      await seedMeasurementExtras(db, { partnership, municipality, coordinator, courseId, day });
  }
  await seedCourseSteps(db, { partnership, municipality, institution, coordinator, caseworker, day });
  await seedMeetings(db, { day, partnership, municipality });
  await seedOverviewDemo(db, { day, partnership, municipality, coordinator, caseworker, companyMentor });
  await seedFormats(db, { partnership, coordinator, day });
  await seedMomentum(db, { day, partnership, coordinator });
  await seedCompanies(db, {
    day,
    municipality,
    institution,
    company,
    coordinator,
    mentor,
    companyMentor,
    courseOf: async (index) => {
      const row = await db
        .selectFrom('courses as c')
        .innerJoin('participants as p', 'p.id', 'c.participant_id')
        .select(['c.id', 'c.participant_id', 'c.start_date'])
        .where('p.partnership_id', '=', partnership)
        .where('p.ref', '=', `D${String(index + 1).padStart(2, '0')}`)
        .executeTakeFirstOrThrow();
      return { courseId: row.id, participantId: row.participant_id, start: row.start_date ?? day };
    },
  });
  await seedInitiatives(db, { day, municipality, partnership, caseworker });
}

/**
 * A course that is not simply running: paused (with the reason) or ended (with the outcome), from
 * the given number of days ago. Returns the day from which the course no longer runs, if any.
 */
async function seedStatus(
  db: Db,
  c: {
    person: DemoPerson;
    courseId: string;
    municipality: string;
    coordinator: string;
    day: string;
    start: string;
  },
): Promise<string | null> {
  const status = c.person.status;
  if (!status) return null;
  const from = laterDay(addDays(c.day, -status.daysAgo), c.start);
  await db
    .updateTable('courses')
    .set({
      status: status.kind,
      outcome_type: status.kind === 'ended' ? status.outcome : null,
      outcome_date: status.kind === 'ended' ? from : null,
    })
    .where('id', '=', c.courseId)
    .execute();
  await db
    .insertInto('course_status_history')
    .values({
      municipality_id: c.municipality,
      course_id: c.courseId,
      status: status.kind,
      effective_date: from,
      reason: status.reason,
      changed_by: c.coordinator,
      changed_at: `${from}T09:00:00Z`,
    })
    .execute();
  return from;
}

/**
 * Health data a company must never see, whatever the consent says: a goal on the treatment track,
 * a note from the psychologist's track, and a pause for a psychiatric admission.
 */
async function seedHealthRecord(
  db: Db,
  c: {
    courseId: string;
    municipality: string;
    coordinator: string;
    day: string;
    start: string;
    healthNote: string;
  },
): Promise<{ from: string; to: string }> {
  const goal = await db
    .insertInto('goals')
    .values({
      municipality_id: c.municipality,
      course_id: c.courseId,
      area: 'socialHealth',
      track: 'treatment',
      title: 'Gå til psykolog hver 14. dag',
      circle_goal: 'At komme af sted til hver samtale.',
      created_by: c.coordinator,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  const sub = await db
    .insertInto('goals')
    .values({
      municipality_id: c.municipality,
      course_id: c.courseId,
      parent_goal_id: goal.id,
      area: 'socialHealth',
      track: 'treatment',
      title: 'Angst skal fylde mindre',
      created_by: c.coordinator,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  for (const row of [goal, sub]) {
    await db
      .insertInto('goal_versions')
      .values({
        municipality_id: c.municipality,
        goal_id: row.id,
        version: 1,
        snapshot: JSON.stringify(snapshotOf(row)),
        changed_by: c.coordinator,
      })
      .execute();
  }
  await db
    .insertInto('journal_notes')
    .values({
      municipality_id: c.municipality,
      course_id: c.courseId,
      author_id: c.coordinator,
      note_date: addDays(c.day, -5),
      track: 'treatment',
      body: c.healthNote,
      visibility: 'team',
    })
    .execute();
  // Paused for an admission and resumed: the reason is health data.
  // ISO dates compare as text: the later of three months ago and the start, then 24 days on (not past today).
  const paused = laterDay(addMonths(c.day, -3), c.start);
  const resumed = earlierDay(addDays(paused, 24), c.day);
  await db
    .insertInto('course_status_history')
    .values([
      {
        municipality_id: c.municipality,
        course_id: c.courseId,
        status: 'paused',
        effective_date: paused,
        reason: 'Indlagt på psykiatrisk afdeling',
        changed_by: c.coordinator,
        changed_at: `${paused}T09:00:00Z`,
      },
      {
        municipality_id: c.municipality,
        course_id: c.courseId,
        status: 'active',
        effective_date: resumed,
        reason: 'Udskrevet; genoptager forløbet',
        changed_by: c.coordinator,
        changed_at: `${resumed}T09:00:00Z`,
      },
    ])
    .execute();
  return { from: paused, to: resumed };
}
