import type { CourseRole } from '../auth/permissions.ts';
import { snapshotOf } from '../goals/snapshot.ts';
import { defaultInstrumentId } from '../measurements/instrument.ts';
import type { CprCipher } from '../participants/cpr.ts';
import { addDays, addMonths, today } from '../platform/dates.ts';
import type { Db } from '../platform/db.ts';
import {
  addTeamMember,
  createOrganisation,
  createParticipantWithCourse,
  createPartnership,
  createUser,
  giveConsent,
} from './builders.ts';
import { demoPeople } from './people.ts';

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
    if (index < 2) {
      // What the young person shares with the company, in categories; never health.
      await giveConsent(db, {
        participantId,
        municipalityId: municipality,
        purpose: 'shareWithCompany',
        recipientOrganisationId: company,
        givenOn: start,
        categories:
          index === 0 ? ['contact', 'supportNeeds', 'goals', 'attendance', 'notes'] : ['contact', 'goals'],
      });
      await seedHealthRecord(db, { courseId, municipality, coordinator, day, start });
    }
    // Sofie's latest measurement was never made: the coordinator's list shows it as overdue.
    await seedCourseRecord(db, {
      rnd,
      day,
      start,
      courseId,
      participantId,
      municipality,
      coordinator,
      mentor,
      instrument,
      skipLatestMeasurement: index === 2,
      institution,
      company: index < 2 ? { id: company, mentor: companyMentor } : null,
    });
  }
}

async function seedCourseRecord(
  db: Db,
  c: {
    rnd: () => number;
    day: string;
    start: string;
    courseId: string;
    participantId: string;
    municipality: string;
    coordinator: string;
    mentor: string;
    instrument: string;
    skipLatestMeasurement: boolean;
    institution: string;
    /** Where an intern spends Tuesdays and Thursdays of the last month, registered by its mentor. */
    company: { id: string; mentor: string } | null;
  },
) {
  const notes = [
    'Mødte stabilt ind hele ugen og tog selv initiativ i værkstedet.',
    'Snak om døgnrytme: vi aftalte fast sengetid og vækning kl. 7.',
    'Var på snusetur hos Lindeby Tømrer. Glad for at arbejde med træ.',
    'Havde en svær dag; gik tidligt hjem efter aftale.',
    'Netværksmøde med bostøtten: fælles plan for morgener.',
  ];
  for (let i = 0; i < notes.length; i++) {
    const noteDate = addDays(c.day, -(i * 9 + 2));
    if (noteDate < c.start) break;
    await db
      .insertInto('journal_notes')
      .values({
        municipality_id: c.municipality,
        course_id: c.courseId,
        author_id: i % 2 === 0 ? c.coordinator : c.mentor,
        note_date: noteDate,
        track: i === 1 ? 'sleepStructure' : null,
        body: notes[i] ?? '',
        visibility: i === 3 ? 'institution' : i === 2 ? 'team' : 'professionals',
      })
      .execute();
  }
  // About 60 working days of attendance up to today.
  const rows = [];
  // Up to yesterday: today is for the people at work to register.
  for (let back = 1; back < 90; back++) {
    const d = addDays(c.day, -back);
    if (d < c.start) break;
    const weekday = new Date(`${d}T00:00:00Z`).getUTCDay();
    if (weekday === 0 || weekday === 6) continue;
    const r = c.rnd();
    const present = r < 0.82;
    const atCompany = c.company !== null && back < 30 && (weekday === 2 || weekday === 4);
    rows.push({
      workplace_organisation_id: atCompany && c.company ? c.company.id : c.institution,
      municipality_id: c.municipality,
      course_id: c.courseId,
      participant_id: c.participantId,
      day: d,
      status: present ? ('present' as const) : ('absent' as const),
      absence_reason: present
        ? null
        : r < 0.9
          ? ('sick' as const)
          : r < 0.95
            ? ('agreed' as const)
            : ('unexplained' as const),
      hours: present ? 5 + Math.round(c.rnd() * 2) : 0,
      recorded_by: atCompany && c.company ? c.company.mentor : c.mentor,
    });
  }
  if (rows.length) await db.insertInto('attendance').values(rows).execute();

  const goal = await db
    .insertInto('goals')
    .values({
      municipality_id: c.municipality,
      course_id: c.courseId,
      area: 'employmentEducation',
      track: 'labourMarketIdentity',
      title: 'Stabilt fremmøde i værkstedet',
      circle_goal: 'At møde til tiden fire dage om ugen.',
      circle_activities: 'Fast mødetid kl. 8.30; sms fra mentor ved fravær.',
      circle_measure: 'Vi ser på fremmødet sammen hver fredag.',
      created_by: c.coordinator,
    })
    .returning(['id'])
    .executeTakeFirstOrThrow();
  const sub = await db
    .insertInto('goals')
    .values({
      municipality_id: c.municipality,
      course_id: c.courseId,
      parent_goal_id: goal.id,
      area: 'employmentEducation',
      track: 'sleepStructure',
      title: 'Komme i seng før kl. 23 på hverdage',
      created_by: c.coordinator,
    })
    .returning(['id'])
    .executeTakeFirstOrThrow();
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

  // A baseline at the start and one every 6 months since, drifting upwards.
  let scores = { motivation: 2, workIdentity: 1 + Math.floor(c.rnd() * 2), clarification: 1, knowledge: 2 };
  for (let k = 0; ; k++) {
    const measuredOn = addMonths(c.start, 6 * k);
    if (measuredOn > c.day) break;
    if (c.skipLatestMeasurement && addMonths(measuredOn, 6) > c.day) break;
    await db
      .insertInto('measurements')
      .values({
        municipality_id: c.municipality,
        course_id: c.courseId,
        instrument_id: c.instrument,
        measured_on: addDays(measuredOn, 2) > c.day ? measuredOn : addDays(measuredOn, 2),
        scores: JSON.stringify(scores),
        recorded_by: c.coordinator,
      })
      .execute();
    const bump = (v: number) => Math.min(5, v + (c.rnd() < 0.6 ? 1 : 0));
    scores = {
      motivation: bump(scores.motivation),
      workIdentity: bump(scores.workIdentity),
      clarification: bump(scores.clarification),
      knowledge: bump(scores.knowledge),
    };
  }
}

/**
 * Health data a company must never see, whatever the consent says: a goal on the treatment track,
 * a note from the psychologist's track, and a pause for a psychiatric admission.
 */
async function seedHealthRecord(
  db: Db,
  c: { courseId: string; municipality: string; coordinator: string; day: string; start: string },
) {
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
      body: 'Samtale om medicin og søvn efter udskrivelsen.',
      visibility: 'team',
    })
    .execute();
  // Paused for an admission and resumed: the reason is health data.
  // ISO dates compare as text: the later of three months ago and the start, then 24 days on (not past today).
  const paused = [addMonths(c.day, -3), c.start].sort().at(-1) ?? c.start;
  const resumed = [addDays(paused, 24), c.day].sort()[0] ?? c.day;
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
}
