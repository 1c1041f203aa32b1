import { hashPassword } from '../auth/passwords.ts';
import type { CourseRole } from '../auth/permissions.ts';
import { type ConsentCategory, defaultCategories } from '../consents/categories.ts';
import type { CprCipher } from '../participants/cpr.ts';
import type { Db } from '../platform/db.ts';

/** Small record builders shared by the demo data and the tests' factories. */

const hashes = new Map<string, Promise<string>>();
// Hash each distinct password once per process: argon2 is slow on purpose.
const cachedHash = (password: string) => {
  let h = hashes.get(password);
  if (!h) {
    h = hashPassword(password);
    hashes.set(password, h);
  }
  return h;
};

export async function createOrganisation(
  db: Db,
  kind: 'municipality' | 'institution' | 'company' | 'other',
  name: string,
) {
  const row = await db
    .insertInto('organisations')
    .values({ kind, name })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** A company in an institution's network (its organisation row must exist: kind 'company'). */
export async function createCompanyProfile(
  db: Db,
  input: {
    organisationId: string;
    institutionId: string;
    industry: string;
    cvr?: string | null;
    street?: string;
    postcode?: string;
    city?: string;
    latitude?: number | null;
    longitude?: number | null;
    workFunctions?: string[];
    personalRelation?: string;
    notes?: string;
  },
) {
  await db
    .insertInto('companies')
    .values({
      organisation_id: input.organisationId,
      institution_id: input.institutionId,
      industry: input.industry,
      cvr: input.cvr ?? null,
      street: input.street ?? '',
      postcode: input.postcode ?? '',
      city: input.city ?? '',
      latitude: input.latitude ?? null,
      longitude: input.longitude ?? null,
      work_functions: input.workFunctions ?? [],
      personal_relation: input.personalRelation ?? '',
      notes: input.notes ?? '',
    })
    .execute();
  return input.organisationId;
}

export async function createUser(
  db: Db,
  input: { username: string; displayName: string; password: string; organisationId: string; role: string },
) {
  const user = await db
    .insertInto('users')
    .values({
      username: input.username.toLowerCase(),
      display_name: input.displayName,
      password_hash: await cachedHash(input.password),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await db
    .insertInto('memberships')
    .values({ user_id: user.id, organisation_id: input.organisationId, role: input.role })
    .execute();
  return user.id;
}

export async function createPartnership(
  db: Db,
  input: {
    municipalityId: string;
    institutionId: string;
    name: string;
    targetAdmitted?: number;
    targetCloserShare?: number;
  },
) {
  const row = await db
    .insertInto('partnerships')
    .values({
      municipality_id: input.municipalityId,
      institution_id: input.institutionId,
      name: input.name,
      target_admitted: input.targetAdmitted ?? null,
      target_closer_share: input.targetCloserShare ?? null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export interface CourseInput {
  partnershipId: string;
  municipalityId: string;
  ref: string;
  givenName: string;
  familyName: string;
  birthDate: string;
  gender: 'female' | 'male' | 'other';
  disabilities?: string[];
  acquiredStrains?: string[];
  supportNeeds?: string;
  phone?: string | null;
  cpr?: string | null;
  userId?: string | null;
  referralDate?: string | null;
  startDate: string | null;
  grantedMonths: number | null;
}

export async function createParticipantWithCourse(db: Db, input: CourseInput, cpr?: CprCipher) {
  const participant = await db
    .insertInto('participants')
    .values({
      municipality_id: input.municipalityId,
      partnership_id: input.partnershipId,
      ref: input.ref,
      given_name: input.givenName,
      family_name: input.familyName,
      birth_date: input.birthDate,
      gender: input.gender,
      disabilities: input.disabilities ?? [],
      acquired_strains: input.acquiredStrains ?? [],
      support_needs: input.supportNeeds ?? '',
      phone: input.phone ?? null,
      cpr_encrypted: input.cpr && cpr ? cpr.encrypt(input.cpr) : null,
      user_id: input.userId ?? null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const course = await db
    .insertInto('courses')
    .values({
      municipality_id: input.municipalityId,
      partnership_id: input.partnershipId,
      participant_id: participant.id,
      referral_date: input.referralDate ?? input.startDate,
      start_date: input.startDate,
      granted_months: input.grantedMonths,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  if (input.startDate) {
    await db
      .insertInto('course_status_history')
      .values({
        municipality_id: input.municipalityId,
        course_id: course.id,
        status: 'active',
        effective_date: input.startDate,
        reason: 'Forløbet startede',
      })
      .execute();
  }
  return { participantId: participant.id, courseId: course.id };
}

export async function addTeamMember(
  db: Db,
  input: {
    courseId: string;
    municipalityId: string;
    userId: string;
    organisationId: string;
    role: CourseRole;
  },
) {
  await db
    .insertInto('course_team')
    .values({
      course_id: input.courseId,
      municipality_id: input.municipalityId,
      user_id: input.userId,
      organisation_id: input.organisationId,
      role: input.role,
    })
    .execute();
}

export async function giveConsent(
  db: Db,
  input: {
    participantId: string;
    municipalityId: string;
    purpose: 'shareWithMunicipality' | 'shareWithCompany' | 'statistics';
    recipientOrganisationId?: string | null;
    givenOn: string;
    withdrawnOn?: string | null;
    categories?: readonly ConsentCategory[];
  },
) {
  const row = await db
    .insertInto('consents')
    .values({
      categories: [...(input.categories ?? defaultCategories[input.purpose])],
      participant_id: input.participantId,
      municipality_id: input.municipalityId,
      purpose: input.purpose,
      recipient_organisation_id: input.recipientOrganisationId ?? null,
      given_on: input.givenOn,
      withdrawn_on: input.withdrawnOn ?? null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}
