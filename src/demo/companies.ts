import type { Industry, Level, WorkFunction } from '../companies/vocabulary.ts';
import { addDays, addMonths, laterDay } from '../platform/dates.ts';
import type { Db } from '../platform/db.ts';
import { createCompanyProfile, createOrganisation, giveConsent } from './builders.ts';
import { network, point, workplaces } from './company-data.ts';

/**
 * Company collaboration (DOMAIN.md §8) for the demo: the network with mentors, relational capacity,
 * openings, the institution's workplaces, three running internships (Amalie's with
 * `virksomhedsmentor` at Lindeby Tømrer), Clara's hire at Lindeby Revision (a flex job, granted,
 * with a new internship place promised), work profiles for matching, and Amalie's work trial and
 * work-efficiency assessments.
 */
export async function seedCompanies(
  db: Db,
  c: {
    day: string;
    municipality: string;
    institution: string;
    /** Lindeby Tømrer ApS: the organisation the demo's company mentor already belongs to. */
    company: string;
    coordinator: string;
    mentor: string;
    companyMentor: string;
    courseOf: (index: number) => Promise<{ courseId: string; participantId: string; start: string }>;
  },
) {
  await db.updateTable('users').set({ phone: '20 30 40 50' }).where('id', '=', c.coordinator).execute();
  const companies = new Map<string, { id: string; mentorContact: string; opening: string | null }>();
  for (const [i, d] of network.entries()) {
    const id = i === 0 ? c.company : await createOrganisation(db, 'company', d.name);
    await createCompanyProfile(db, {
      organisationId: id,
      institutionId: c.institution,
      industry: d.industry,
      cvr: d.cvr,
      street: d.street,
      postcode: '7100',
      city: 'Lindeby',
      ...point(d.at),
      workFunctions: d.functions,
      personalRelation: d.relation,
    });
    const contact = await db
      .insertInto('company_contacts')
      .values({
        company_id: id,
        name: d.mentor.name,
        title: d.mentor.title,
        phone: d.mentor.phone,
        is_mentor: true,
        user_id: i === 0 ? c.companyMentor : null,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await db
      .insertInto('relational_capacity_assessments')
      .values({
        company_id: id,
        assessed_on: addMonths(c.day, -((i % 5) + 1)),
        level: d.capacity,
        reasons: d.capacityReasons,
        assessed_by: c.coordinator,
      })
      .execute();
    const opening = d.opening
      ? await db
          .insertInto('company_openings')
          .values({
            company_id: id,
            title: d.opening.title,
            work_functions: d.opening.functions,
            hours_per_week: d.opening.hours,
            available_from: addDays(c.day, 14),
            created_by: c.coordinator,
          })
          .returning('id')
          .executeTakeFirstOrThrow()
      : null;
    companies.set(d.name, { id, mentorContact: contact.id, opening: opening?.id ?? null });
  }
  const company = (name: string) => {
    const found = companies.get(name);
    if (!found) throw new Error(`demo company ${name}`);
    return found;
  };

  for (const w of workplaces) {
    const row = await db
      .insertInto('workplaces')
      .values({
        institution_id: c.institution,
        name: w.name,
        work_functions: w.functions,
        description: w.description,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await db.insertInto('workplace_mentors').values({ workplace_id: row.id, user_id: c.mentor }).execute();
  }

  await seedInternships(db, c, company);
  await seedHire(db, c, company('Lindeby Revision').id);
  await seedWorkProfiles(db, c);
}

type CompanyOf = (name: string) => { id: string; mentorContact: string };

/** Three running internships; Amalie's mentor signs in as `virksomhedsmentor`. */
async function seedInternships(db: Db, c: Parameters<typeof seedCompanies>[1], company: CompanyOf) {
  const running: Array<{
    index: number;
    company: string;
    purpose: string;
    functions: WorkFunction[];
    tasks: string;
    colleagues: string;
    place: string;
    days: number[];
    from: string;
    to: string;
    plans: string[];
    support: string;
    followUp: string;
    daily: 'jobConsultant' | 'shared' | 'companyMentor';
  }> = [
    {
      index: 0,
      company: 'Lindeby Tømrer ApS',
      purpose: 'Amalie prøver håndværksfaget af og arbejder hen imod faste dage i en almindelig virksomhed.',
      functions: ['carpentry', 'maintenance'],
      tasks: 'Slibe og lakere, rydde op på værkstedet, hjælpe på mindre opgaver ude.',
      colleagues: 'Viktor (mentor) og to svende på værkstedet.',
      place: 'Værkstedet på Savværksvej 3',
      days: [2, 4],
      from: '08:00',
      to: '13:00',
      plans: ['Slibning af køkkenlåger med Viktor', 'Oprydning og lakering af låger'],
      support: 'En plan for dagen på skrift; besked i god tid, hvis planen ændres.',
      followUp: 'Jobkonsulenten kommer forbi hver anden uge; opfølgningsmøde efter 6 uger.',
      daily: 'shared',
    },
    {
      index: 4,
      company: 'Café Lindely',
      purpose: 'Freja afprøver køkkenarbejde med faste opgaver om formiddagen.',
      functions: ['kitchen', 'cleaning'],
      tasks: 'Forberede salater, opvask, klargøring til frokost.',
      colleagues: 'Hanne (køkkenchef) og en kokkeelev.',
      place: 'Køkkenet i Café Lindely',
      days: [1, 3, 5],
      from: '09:00',
      to: '12:00',
      plans: ['Salater og opvask', 'Klargøring til frokost', 'Rengøring af køkkenet'],
      support: 'Ingen tunge løft.',
      followUp: 'Opfølgning hver måned med Hanne og jobkonsulenten.',
      daily: 'jobConsultant',
    },
    {
      index: 8,
      company: 'Lindeby Cykler',
      purpose: 'Alex arbejder med cykelreparation og kundekontakt i en lille butik.',
      functions: ['bikeRepair', 'retail'],
      tasks: 'Lappe og justere cykler, hjælpe kunder i butikken.',
      colleagues: 'Bo (indehaver).',
      place: 'Lindeby Cykler, Østergade 12',
      days: [1, 2, 3],
      from: '10:00',
      to: '14:00',
      plans: ['Reparationer', 'Reparationer og kunder', 'Oprydning på lageret'],
      support: 'Arbejde i mindre grupper; få kunder ad gangen.',
      followUp: 'Opfølgning hver 3. uge.',
      daily: 'companyMentor',
    },
  ];
  for (const r of running) {
    const { courseId, participantId } = await c.courseOf(r.index);
    const at = company(r.company);
    const startsOn = addMonths(c.day, -2);
    const goals = await db
      .selectFrom('goals')
      .select('id')
      .where('course_id', '=', courseId)
      .where('area', '=', 'employmentEducation')
      .limit(2)
      .execute();
    const internship = await db
      .insertInto('internships')
      .values({
        municipality_id: c.municipality,
        course_id: courseId,
        company_id: at.id,
        mentor_contact_id: at.mentorContact,
        mentor_user_id: r.index === 0 ? c.companyMentor : null,
        starts_on: startsOn,
        ends_on: addMonths(c.day, 4),
        purpose: r.purpose,
        work_functions: r.functions,
        work_tasks: r.tasks,
        colleagues: r.colleagues,
        place: r.place,
        hours_per_week: (r.days.length * (Number(r.to.slice(0, 2)) - Number(r.from.slice(0, 2)))) as number,
        schedule: JSON.stringify(
          r.days.map((weekday, i) => ({ weekday, from: r.from, to: r.to, plan: r.plans[i] ?? '' })),
        ),
        support_need: r.support,
        goal_ids: goals.map((g) => g.id),
        follow_up_plan: r.followUp,
        daily_contact: r.daily,
        created_by: c.coordinator,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const steps: Array<'jobConsultant' | 'shared' | 'companyMentor'> = [
      'jobConsultant',
      'shared',
      'companyMentor',
    ];
    for (const [i, step] of steps.slice(0, steps.indexOf(r.daily) + 1).entries()) {
      await db
        .insertInto('internship_handovers')
        .values({
          municipality_id: c.municipality,
          internship_id: internship.id,
          daily_contact: step,
          effective_on: addDays(startsOn, i * 21),
          note:
            i === 0 ? 'Jobkonsulenten er med de første dage.' : 'Mentoren tager over en dag mere om ugen.',
          recorded_by: c.coordinator,
        })
        .execute();
    }
    await db
      .insertInto('internship_follow_ups')
      .values({
        municipality_id: c.municipality,
        internship_id: internship.id,
        held_on: addDays(startsOn, 21),
        note: 'Godt i gang; faste opgaver virker. Vi aftalte at øge med en time om ugen.',
        next_on: addDays(c.day, 7),
        recorded_by: c.coordinator,
      })
      .execute();
    if (r.index === 0) {
      await db
        .insertInto('internship_observations')
        .values({
          municipality_id: c.municipality,
          internship_id: internship.id,
          observed_on: addDays(c.day, -2),
          text: 'Amalie var stabil i dag og spurgte selv efter næste opgave.',
          written_by: c.companyMentor,
        })
        .execute();
      // Amalie already shares with her company; the agreement itself is now part of it.
      await db
        .updateTable('consents')
        .set({
          categories: [
            'contact',
            'supportNeeds',
            'goals',
            'attendance',
            'notes',
            'meetings',
            'efforts',
            'network',
            'internship',
          ],
        })
        .where('participant_id', '=', participantId)
        .where('recipient_organisation_id', '=', at.id)
        .where('withdrawn_on', 'is', null)
        .execute();
      await seedWorkAssessment(db, c, courseId, at.id, internship.id);
    } else {
      // What the young person chose that the company may see.
      await giveConsent(db, {
        participantId,
        municipalityId: c.municipality,
        purpose: 'shareWithCompany',
        recipientOrganisationId: at.id,
        givenOn: startsOn,
        categories: ['contact', 'internship', 'goals', 'attendance'],
      });
    }
  }
}

/** Amalie's work trial in the school's workshop and at the company, and two efficiency assessments. */
async function seedWorkAssessment(
  db: Db,
  c: Parameters<typeof seedCompanies>[1],
  courseId: string,
  companyId: string,
  internshipId: string,
) {
  const workshop = await db
    .selectFrom('workplaces')
    .select('id')
    .where('institution_id', '=', c.institution)
    .where('name', '=', 'Tømrerværkstedet')
    .executeTakeFirstOrThrow();
  await db
    .insertInto('work_trials')
    .values([
      {
        municipality_id: c.municipality,
        course_id: courseId,
        from_date: addMonths(c.day, -8),
        to_date: addMonths(c.day, -5),
        workplace_id: workshop.id,
        work_functions: ['carpentry'],
        what_worked: 'Præcist arbejde med slibning og montering, når opgaven er vist først.',
        pace_and_stamina: 'Holder 4 timer med en pause; tempoet stiger, når opgaverne er kendte.',
        support_at_work: 'Opgaver vist trin for trin; fast plads på værkstedet.',
        support_in_daily_life: 'Bostøtte til indkøb og post; sms-påmindelse om morgenen.',
        authors: [c.mentor, c.coordinator],
        created_by: c.mentor,
      },
      {
        municipality_id: c.municipality,
        course_id: courseId,
        from_date: addMonths(c.day, -2),
        to_date: null,
        company_id: companyId,
        work_functions: ['carpentry', 'maintenance'],
        what_worked: 'Faste dage tirsdag og torsdag; god til oprydning og lakering.',
        pace_and_stamina: 'Omkring 70 % af normalt tempo; træt sidst på ugen.',
        support_at_work: 'En fast voksen at spørge; plan for dagen på skrift.',
        support_in_daily_life: 'Hjælp til transport de første uger.',
        authors: [c.coordinator],
        created_by: c.coordinator,
      },
    ])
    .execute();
  await db
    .insertInto('work_efficiency_assessments')
    .values([
      {
        municipality_id: c.municipality,
        course_id: courseId,
        assessed_on: addDays(c.day, -45),
        percent: 40,
        hours_per_week: 8,
        company_id: companyId,
        internship_id: internshipId,
        company_assessor: 'Viktor Virksomhedsmentor',
        note: 'Første vurdering efter tre uger.',
        assessed_by: c.coordinator,
      },
      {
        municipality_id: c.municipality,
        course_id: courseId,
        assessed_on: addDays(c.day, -5),
        percent: 55,
        hours_per_week: 10,
        company_id: companyId,
        internship_id: internshipId,
        company_assessor: 'Viktor Virksomhedsmentor',
        note: 'Mere selvstændig med kendte opgaver.',
        assessed_by: c.coordinator,
      },
    ])
    .execute();
}

/** Clara was hired in a flex job at Lindeby Revision; the company promised a new internship place. */
async function seedHire(db: Db, c: Parameters<typeof seedCompanies>[1], companyId: string) {
  const { courseId, start } = await c.courseOf(9);
  const hiredOn = addDays(c.day, -25);
  await db
    .insertInto('internships')
    .values({
      municipality_id: c.municipality,
      course_id: courseId,
      company_id: companyId,
      starts_on: laterDay(addMonths(hiredOn, -8), start),
      ends_on: addDays(hiredOn, -1),
      purpose: 'Clara afprøver kontorarbejde med kortere dage.',
      work_functions: ['office'],
      place: 'Lindeby Revision, Bredgade 20',
      hours_per_week: 12,
      daily_contact: 'companyMentor',
      end_reason: 'Ansat i fleksjob.',
      created_by: c.coordinator,
    })
    .execute();
  await db
    .insertInto('job_agreements')
    .values({
      municipality_id: c.municipality,
      course_id: courseId,
      type: 'flexJob',
      company_id: companyId,
      work_functions: ['office'],
      hours_per_week: 20,
      efficiency_percent: 50,
      support: 'Hæve-sænke-bord og kortere dage i perioder med smerter.',
      mentor_support: true,
      mentor_support_hours: 2,
      personal_assistance: false,
      compensation_note: 'Mentorstøtte 2 timer om ugen det første halve år.',
      starts_on: hiredOn,
      granted_on: addDays(hiredOn, -10),
      created_by: c.coordinator,
    })
    .execute();
  await db
    .updateTable('companies')
    .set({ new_place: 'promised', new_place_on: addDays(hiredOn, 7) })
    .where('organisation_id', '=', companyId)
    .execute();
}

/** What matching knows of a few young people: chosen work areas, support level, where they live. */
async function seedWorkProfiles(db: Db, c: Parameters<typeof seedCompanies>[1]) {
  const profiles: Array<{
    index: number;
    functions: WorkFunction[];
    industries: Industry[];
    interests: string;
    support: Level;
    home: string;
    at: [number, number];
  }> = [
    {
      index: 0,
      functions: ['carpentry', 'maintenance'],
      industries: ['crafts', 'construction'],
      interests: 'Træ og at se, hvad man har lavet.',
      support: 'high',
      home: 'Lindeby Nord',
      at: [1, 4],
    },
    {
      index: 3,
      functions: ['kitchen', 'cleaning'],
      industries: ['food', 'hospitality'],
      interests: 'Madlavning; vil gerne have faste opgaver.',
      support: 'high',
      home: 'Lindeby centrum',
      at: [0.3, 0.3],
    },
    {
      index: 10,
      functions: ['gardening', 'animalCare'],
      industries: ['agriculture', 'care'],
      interests: 'Udendørs arbejde og dyr.',
      support: 'medium',
      home: 'Lindeby Vest',
      at: [-4, 1],
    },
  ];
  for (const p of profiles) {
    const { courseId } = await c.courseOf(p.index);
    const home = point(p.at);
    await db
      .insertInto('work_profiles')
      .values({
        course_id: courseId,
        municipality_id: c.municipality,
        work_functions: p.functions,
        industries: p.industries,
        interests: p.interests,
        support_level: p.support,
        home_place: p.home,
        home_latitude: home.latitude,
        home_longitude: home.longitude,
        max_distance_km: 15,
        updated_by: c.coordinator,
      })
      .execute();
  }
}
