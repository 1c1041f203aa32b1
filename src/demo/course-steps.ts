import type { StepKind } from '../course-steps/order.ts';
import { addDays, addMonths } from '../platform/dates.ts';
import type { Db } from '../platform/db.ts';
import { addTeamMember, createParticipantWithCourse, giveConsent } from './builders.ts';

interface Ctx {
  partnership: string;
  municipality: string;
  institution: string;
  coordinator: string;
  caseworker: string;
  day: string;
}

const plans = [
  'Rehabiliteringsteamet anbefaler et virksomhedsrettet ressourceforløb med fokus på fremmøde og arbejdsidentitet.',
  'Indsatsplanen peger på afklaring af arbejdsområder i værkstederne og senere praktik i en ordinær virksomhed.',
  'Indsatsplanen: stabil hverdag først, derefter gradvis optrapning af timer og afklaring mod fleksjob.',
];
const packages = ['Pakke 1: værksted', 'Pakke 2: værksted og praktik', 'Pakke 3: praktik med tæt støtte'];

/**
 * The workflow's steps for the demo courses, as the coordinator and caseworker recorded them:
 * the referral, the first contact a few days later and the visit, the start-up on the start day,
 * the evaluation, the course, and the end for an ended course. One new referral has had no first
 * contact yet: the coordinator's next step.
 */
export async function seedCourseSteps(db: Db, c: Ctx) {
  const courses = await db
    .selectFrom('courses')
    .select(['id', 'referral_date', 'start_date', 'granted_months', 'outcome_date'])
    .where('partnership_id', '=', c.partnership)
    .orderBy('created_at')
    .execute();
  for (const [i, course] of courses.entries()) {
    if (!course.referral_date || !course.start_date) continue;
    const referral = course.referral_date;
    const start = course.start_date;
    const firstContact = addDays(referral, 2 + (i % 5));
    const plan = plans[i % plans.length] ?? '';
    const pkg = packages[i % packages.length] ?? '';
    await db
      .updateTable('courses')
      .set({ plan_summary: plan, package: pkg, first_contact_date: firstContact })
      .where('id', '=', course.id)
      .execute();
    const steps: Array<[StepKind, string, unknown, string]> = [
      [
        'referral',
        referral,
        { planSummary: plan, grantedMonths: course.granted_months, package: pkg },
        c.caseworker,
      ],
      [
        'visit',
        addDays(firstContact, 1),
        {
          firstContactDate: firstContact,
          place: (['home', 'jobCentre', 'institution'] as const)[i % 3],
          contactCoordinator: 'Karin Ungekoordinator',
          contactMentor: 'Mette Værkstedsmentor',
          meetWhere: 'Værkstedet, indgang B',
          meetWhen: 'Mandag kl. 9.00',
          workingHours: 'Mandag–torsdag 9–13',
          firstTasks: ['Se værkstederne', 'Morgenmad med holdet'],
          colleague: i % 2 === 0 ? 'En fra holdet viser rundt' : '',
        },
        c.coordinator,
      ],
      [
        'startUp',
        start,
        { note: 'Opstartsmål: falde til og nå stabilt fremmøde.', goalIds: [] },
        c.coordinator,
      ],
    ];
    const evaluation = addDays(start, 42);
    if (evaluation < c.day)
      steps.push([
        'evaluation',
        evaluation,
        { plan: 'Fortsætte i værkstedet, op i timer, og afklare praktik.', goalIds: [] },
        c.coordinator,
      ]);
    const running = addMonths(start, 3);
    if (running < c.day)
      steps.push(['course', running, { note: 'Forløbet kører efter planen.' }, c.coordinator]);
    if (course.outcome_date)
      steps.push(['end', course.outcome_date, { note: 'Afsluttet; se status og resultat.' }, c.coordinator]);
    for (const [kind, date, details, by] of steps)
      await record(db, c.municipality, course.id, kind, date, details, by);
  }
  await newReferral(db, c);
}

async function record(
  db: Db,
  municipality: string,
  courseId: string,
  kind: StepKind,
  date: string,
  details: unknown,
  by: string,
) {
  const at = `${date}T12:00:00Z`;
  const step = await db
    .insertInto('course_steps')
    .values({
      municipality_id: municipality,
      course_id: courseId,
      kind,
      step_date: date,
      details: JSON.stringify(details),
      recorded_by: by,
      recorded_at: at,
    })
    .returning(['id', 'version'])
    .executeTakeFirstOrThrow();
  await db
    .insertInto('course_step_versions')
    .values({
      municipality_id: municipality,
      step_id: step.id,
      version: step.version,
      step_date: date,
      details: JSON.stringify(details),
      recorded_by: by,
      recorded_at: at,
    })
    .execute();
}

/** Referred two days ago and not started: the first contact is still to come. */
async function newReferral(db: Db, c: Ctx) {
  const referral = addDays(c.day, -2);
  const { participantId, courseId } = await createParticipantWithCourse(db, {
    partnershipId: c.partnership,
    municipalityId: c.municipality,
    ref: 'D13',
    givenName: 'Jonas',
    familyName: 'Lund',
    birthDate: '2004-09-14',
    gender: 'male',
    disabilities: ['cognitive'],
    referralDate: referral,
    startDate: null,
    grantedMonths: null,
  });
  const plan = 'Rehabiliteringsteamet anbefaler et ressourceforløb; længden afgøres efter for-forløbet.';
  await db
    .updateTable('courses')
    .set({ plan_summary: plan, package: 'Pakke 1: værksted' })
    .where('id', '=', courseId)
    .execute();
  for (const [userId, organisationId, role] of [
    [c.coordinator, c.institution, 'youthCoordinator'],
    [c.caseworker, c.municipality, 'caseworker'],
  ] as const)
    await addTeamMember(db, { courseId, municipalityId: c.municipality, userId, organisationId, role });
  await giveConsent(db, {
    participantId,
    municipalityId: c.municipality,
    purpose: 'shareWithMunicipality',
    givenOn: referral,
    categories: ['contact', 'supportNeeds', 'goals', 'attendance', 'notes', 'measurements', 'meetings'],
  });
  await record(
    db,
    c.municipality,
    courseId,
    'referral',
    referral,
    { planSummary: plan, grantedMonths: null, package: 'Pakke 1: værksted' },
    c.caseworker,
  );
}
