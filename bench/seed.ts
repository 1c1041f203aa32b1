import { randomUUID } from 'node:crypto';
import type pg from 'pg';
import { createOrganisation, createPartnership, createUser } from '../src/demo/builders.ts';
import type { CprCipher } from '../src/participants/cpr.ts';
import type { Db } from '../src/platform/db.ts';
import { disabilitySets, familyNames, givenNames, outcomes, strainSets } from './seed-data.ts';
import { seedCompanyNetwork } from './seed-network.ts';
import { JOURNAL_NOTES, seedYoungPerson, type YoungPerson } from './seed-pages.ts';
import { seedVolume, type VolumeOptions } from './seed-volume.ts';

/**
 * A realistic volume, fast: the few partnerships, organisations and sign-in users through the
 * demo builders; participants, courses, teams and consents as one unnest() insert each; journal
 * notes, attendance, goals and measurements as set-based INSERT … SELECT over generate_series.
 *
 * Shape (like reality): partnerships of up to 500 participants (one municipality + one
 * institution + 10 companies each); a youth coordinator per 25 courses, a caseworker per 60, a
 * workshop mentor per 15; 30% of courses have a company mentor (with consent to that company);
 * 95% of participants consent to sharing with the municipality.
 */
export interface SeedOptions extends VolumeOptions {
  participants: number;
  password: string;
}

export interface SeedResult {
  /** The first partnership: the large one whose due list is measured. */
  partnership: { id: string; courses: number };
  coordinator: { username: string; userId: string };
  caseworker: { username: string; userId: string };
  /** Signs in to their own page (bench/seed-pages.ts). */
  youngPerson: YoungPerson;
  /** Notes on each of the coordinator's courses: the journal read (at least JOURNAL_NOTES). */
  journalNotes: number;
  counts: Record<string, number>;
}

const PER_PARTNERSHIP = 500;
/** The first partnership is large: the due list is measured on a 2,000-course partnership (issue 7). */
const FIRST_PARTNERSHIP = 2000;
const PER_COORDINATOR = 25;
const PER_CASEWORKER = 60;
const PER_MENTOR = 15;
const COMPANIES = 10;

const dateOffset = (days: number) => {
  const d = new Date();
  d.setUTCHours(0, 0, 0, 0);
  d.setUTCDate(d.getUTCDate() - days);
  return d.toISOString().slice(0, 10);
};

export async function seedBench(
  db: Db,
  pool: pg.Pool,
  cpr: CprCipher,
  options: SeedOptions,
  log: (line: string) => void,
): Promise<SeedResult> {
  const P = options.participants;
  const first = Math.min(P, FIRST_PARTNERSHIP);
  const K = 1 + Math.ceil((P - first) / PER_PARTNERSHIP);
  const t0 = Date.now();
  const step = (what: string) => log(`  seed: ${what} (${((Date.now() - t0) / 1000).toFixed(1)} s)`);

  // Organisations and partnerships: a handful of rows, through the builders.
  const parts: Array<{
    partnershipId: string;
    municipalityId: string;
    institutionId: string;
    companyIds: string[];
    size: number;
  }> = [];
  for (let k = 1; k <= K; k++) {
    const municipalityId = await createOrganisation(db, 'municipality', `Bench Kommune ${k}`);
    const institutionId = await createOrganisation(db, 'institution', `Bench Erhvervsskole ${k}`);
    const companyIds: string[] = [];
    for (let c = 1; c <= COMPANIES; c++)
      companyIds.push(await createOrganisation(db, 'company', `Bench Virksomhed ${k}-${c}`));
    const partnershipId = await createPartnership(db, {
      municipalityId,
      institutionId,
      name: `Bench ${k}`,
      targetAdmitted: 40,
      targetCloserShare: 0.87,
    });
    const rest = P - first;
    const size = k === 1 ? first : Math.floor(rest / (K - 1)) + (k - 1 <= rest % (K - 1) ? 1 : 0);
    parts.push({ partnershipId, municipalityId, institutionId, companyIds, size });
  }

  // The two users the benchmark signs in as: the demo builder (argon2 hash) …
  const firstPart = parts[0]!;
  const coordinatorName = 'b1-koordinator-1';
  const caseworkerName = 'b1-sagsbehandler-1';
  const coordinatorId = await createUser(db, {
    username: coordinatorName,
    displayName: 'Bench Koordinator 1',
    password: options.password,
    organisationId: firstPart.institutionId,
    role: 'youthCoordinator',
  });
  const caseworkerId = await createUser(db, {
    username: caseworkerName,
    displayName: 'Bench Sagsbehandler 1',
    password: options.password,
    organisationId: firstPart.municipalityId,
    role: 'caseworker',
  });
  const hashRow = await pool.query<{ password_hash: string }>(
    'SELECT password_hash FROM users WHERE id = $1',
    [coordinatorId],
  );
  const passwordHash = hashRow.rows[0]!.password_hash;

  // … and everyone else in one insert, with the same hash.
  const users: { id: string; username: string; org: string; role: string }[] = [];
  const userIds = new Map<string, string>([
    [coordinatorName, coordinatorId],
    [caseworkerName, caseworkerId],
  ]);
  const addUser = (username: string, org: string, role: string) => {
    if (userIds.has(username)) return;
    const id = randomUUID();
    userIds.set(username, id);
    users.push({ id, username, org, role });
  };
  parts.forEach((p, i) => {
    const k = i + 1;
    for (let c = 1; c <= Math.ceil(p.size / PER_COORDINATOR); c++)
      addUser(`b${k}-koordinator-${c}`, p.institutionId, 'youthCoordinator');
    for (let c = 1; c <= Math.ceil(p.size / PER_CASEWORKER); c++)
      addUser(`b${k}-sagsbehandler-${c}`, p.municipalityId, 'caseworker');
    for (let c = 1; c <= Math.ceil(p.size / PER_MENTOR); c++)
      addUser(`b${k}-mentor-${c}`, p.institutionId, 'workshopMentor');
    p.companyIds.forEach((companyId, c) => {
      addUser(`b${k}-virksomhedsmentor-${c + 1}`, companyId, 'companyMentor');
    });
    addUser(`b${k}-leder`, p.institutionId, 'leader');
  });
  await pool.query(
    `INSERT INTO users (id, username, display_name, password_hash)
     SELECT id, username, initcap(replace(username, '-', ' ')), $3 FROM unnest($1::uuid[], $2::text[]) AS u(id, username)`,
    [users.map((u) => u.id), users.map((u) => u.username), passwordHash],
  );
  await pool.query(
    `INSERT INTO memberships (user_id, organisation_id, role)
     SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::text[])`,
    [users.map((u) => u.id), users.map((u) => u.org), users.map((u) => u.role)],
  );
  step(`${users.length + 2} users`);

  // Participants, courses, status history, teams and consents: arrays built here, one insert each.
  const pt = {
    id: [] as string[],
    municipality: [] as string[],
    partnership: [] as string[],
    ref: [] as string[],
    given: [] as string[],
    family: [] as string[],
    birth: [] as string[],
    gender: [] as string[],
    disabilities: [] as string[],
    strains: [] as string[],
    cpr: [] as string[],
  };
  const co = {
    id: [] as string[],
    participant: [] as string[],
    start: [] as string[],
    granted: [] as (number | null)[],
    status: [] as string[],
    outcome: [] as (string | null)[],
    outcomeDate: [] as (string | null)[],
  };
  const hist = {
    course: [] as string[],
    status: [] as string[],
    date: [] as string[],
    reason: [] as string[],
  };
  const team = { course: [] as string[], user: [] as string[], org: [] as string[], role: [] as string[] };
  const consent = {
    participant: [] as string[],
    purpose: [] as string[],
    recipient: [] as (string | null)[],
    given: [] as string[],
  };
  let global = 0;
  parts.forEach((p, i) => {
    const k = i + 1;
    for (let j = 0; j < p.size; j++, global++) {
      const participantId = randomUUID();
      const courseId = randomUUID();
      const gender = (['female', 'male', 'other'] as const)[j % 7 === 6 ? 2 : j % 2]!;
      const birth = `${1995 + (j % 11)}-${String(1 + (j % 12)).padStart(2, '0')}-${String(1 + (j % 28)).padStart(2, '0')}`;
      pt.id.push(participantId);
      pt.municipality.push(p.municipalityId);
      pt.partnership.push(p.partnershipId);
      pt.ref.push(`B${k}-${String(j + 1).padStart(5, '0')}`);
      pt.given.push(givenNames[(global * 7) % givenNames.length]!);
      pt.family.push(familyNames[(global * 3 + k) % familyNames.length]!);
      pt.birth.push(birth);
      pt.gender.push(gender);
      pt.disabilities.push(disabilitySets[j % disabilitySets.length]!);
      pt.strains.push(strainSets[j % strainSets.length]!);
      pt.cpr.push(
        cpr.encrypt(
          `${birth.slice(8, 10)}${birth.slice(5, 7)}${birth.slice(2, 4)}-${String(1000 + (global % 9000))}`,
        ),
      );

      // 10% started within the last year, the rest 1–3½ years ago.
      const startDaysAgo = j % 10 === 0 ? 30 + ((j * 37) % 300) : 365 + ((j * 53) % 900);
      const start = dateOffset(startDaysAgo);
      const r = j % 100;
      const status = r < 85 ? 'active' : r < 93 ? 'paused' : 'ended';
      co.id.push(courseId);
      co.participant.push(participantId);
      co.start.push(start);
      co.granted.push([24, 36, 48, 60, null][j % 5]!);
      co.status.push(status);
      co.outcome.push(status === 'ended' ? outcomes[j % outcomes.length]! : null);
      co.outcomeDate.push(status === 'ended' ? dateOffset(20 + (j % 60)) : null);

      hist.course.push(courseId);
      hist.status.push('active');
      hist.date.push(start);
      hist.reason.push('Forløbet startede');
      if (status !== 'active') {
        hist.course.push(courseId);
        hist.status.push(status);
        hist.date.push(status === 'ended' ? co.outcomeDate.at(-1)! : dateOffset(10 + (j % 40)));
        hist.reason.push(status === 'ended' ? 'Forløbet afsluttet' : 'Indlagt; pause aftalt');
      }

      const member = (username: string, org: string, role: string) => {
        team.course.push(courseId);
        team.user.push(userIds.get(username)!);
        team.org.push(org);
        team.role.push(role);
      };
      member(`b${k}-koordinator-${Math.floor(j / PER_COORDINATOR) + 1}`, p.institutionId, 'youthCoordinator');
      member(`b${k}-sagsbehandler-${Math.floor(j / PER_CASEWORKER) + 1}`, p.municipalityId, 'caseworker');
      member(`b${k}-mentor-${Math.floor(j / PER_MENTOR) + 1}`, p.institutionId, 'workshopMentor');
      const withCompany = j % 10 < 3;
      const company = (j * 7) % COMPANIES;
      if (withCompany)
        member(`b${k}-virksomhedsmentor-${company + 1}`, p.companyIds[company]!, 'companyMentor');

      const give = (purpose: string, recipient: string | null) => {
        consent.participant.push(participantId);
        consent.purpose.push(purpose);
        consent.recipient.push(recipient);
        consent.given.push(start);
      };
      if (j % 20 !== 19) give('shareWithMunicipality', null);
      if (withCompany) give('shareWithCompany', p.companyIds[company]!);
      if (j % 5 !== 0) give('statistics', null);
    }
  });

  await pool.query(
    `INSERT INTO participants (id, municipality_id, partnership_id, ref, given_name, family_name, birth_date, gender,
       disabilities, acquired_strains, support_needs, cpr_encrypted)
     SELECT id, m, p, ref, g, f, b, gen, string_to_array(d, ','), string_to_array(s, ','),
       'Faste rammer og en plan for dagen på skrift.', c
     FROM unnest($1::uuid[], $2::uuid[], $3::uuid[], $4::text[], $5::text[], $6::text[], $7::date[], $8::text[],
       $9::text[], $10::text[], $11::text[]) AS t(id, m, p, ref, g, f, b, gen, d, s, c)`,
    [
      pt.id,
      pt.municipality,
      pt.partnership,
      pt.ref,
      pt.given,
      pt.family,
      pt.birth,
      pt.gender,
      pt.disabilities,
      pt.strains,
      pt.cpr,
    ],
  );
  await pool.query(
    `INSERT INTO courses (id, municipality_id, partnership_id, participant_id, referral_date, start_date, granted_months,
       status, outcome_type, outcome_date)
     SELECT t.id, p.municipality_id, p.partnership_id, p.id, t.s - 14, t.s, t.g, t.st, t.o, t.od
     FROM unnest($1::uuid[], $2::uuid[], $3::date[], $4::int[], $5::text[], $6::text[], $7::date[])
       AS t(id, pid, s, g, st, o, od)
     JOIN participants p ON p.id = t.pid`,
    [co.id, co.participant, co.start, co.granted, co.status, co.outcome, co.outcomeDate],
  );
  await pool.query(
    `INSERT INTO course_status_history (municipality_id, course_id, status, effective_date, reason, changed_at)
     SELECT c.municipality_id, c.id, t.st, t.d, t.r, t.d::timestamptz + interval '9 hours'
     FROM unnest($1::uuid[], $2::text[], $3::date[], $4::text[]) AS t(cid, st, d, r)
     JOIN courses c ON c.id = t.cid`,
    [hist.course, hist.status, hist.date, hist.reason],
  );
  await pool.query(
    `INSERT INTO course_team (municipality_id, course_id, user_id, organisation_id, role, added_at)
     SELECT c.municipality_id, c.id, t.u, t.o, t.r, c.start_date::timestamptz
     FROM unnest($1::uuid[], $2::uuid[], $3::uuid[], $4::text[]) AS t(cid, u, o, r)
     JOIN courses c ON c.id = t.cid`,
    [team.course, team.user, team.org, team.role],
  );
  await pool.query(
    `INSERT INTO consents (municipality_id, participant_id, purpose, recipient_organisation_id, given_on, categories)
     SELECT p.municipality_id, p.id, t.pu, t.r, t.g,
       CASE t.pu WHEN 'shareWithMunicipality' THEN '{contact,supportNeeds,goals,attendance,notes,health}'::text[]
         WHEN 'shareWithCompany' THEN '{contact,goals}'::text[] ELSE '{}'::text[] END
     FROM unnest($1::uuid[], $2::text[], $3::uuid[], $4::date[]) AS t(pid, pu, r, g)
     JOIN participants p ON p.id = t.pid`,
    [consent.participant, consent.purpose, consent.recipient, consent.given],
  );
  step(`${P} participants and courses, ${team.course.length} team rows, ${consent.purpose.length} consents`);

  // The coordinator's courses get the journal the bench reads: at least JOURNAL_NOTES notes each.
  const journalNotes = Math.max(options.notesPerCourse, JOURNAL_NOTES);
  await seedVolume(pool, options, step, { coordinatorId, notes: journalNotes });
  const youngPerson = await seedYoungPerson(db, pool, {
    password: options.password,
    institutionId: firstPart.institutionId,
    partnershipId: firstPart.partnershipId,
  });
  step(`a young person with a login (${youngPerson.username})`);
  await seedCompanyNetwork(pool, firstPart, step);

  const counts: Record<string, number> = {};
  for (const table of [
    'users',
    'participants',
    'courses',
    'course_team',
    'consents',
    'journal_notes',
    'attendance',
    'goals',
    'measurements',
  ]) {
    const r = await pool.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${table}`);
    counts[table] = r.rows[0]?.n ?? 0;
  }
  const size = await pool.query<{ mb: number }>(
    'SELECT (pg_database_size(current_database()) / 2 ^ 20)::int AS mb',
  );
  counts.databaseMiB = size.rows[0]?.mb ?? 0;
  return {
    partnership: { id: firstPart.partnershipId, courses: firstPart.size },
    coordinator: { username: coordinatorName, userId: coordinatorId },
    caseworker: { username: caseworkerName, userId: caseworkerId },
    youngPerson,
    journalNotes,
    counts,
  };
}
