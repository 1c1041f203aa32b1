import type { Db } from '../platform/db.ts';

/** The users of an organisation with a membership role: whom a referral may put on the team. */
export function membersWithRole(tx: Db, organisationIds: readonly string[], role: string) {
  if (organisationIds.length === 0) return Promise.resolve([]);
  return tx
    .selectFrom('memberships as m')
    .innerJoin('users as u', 'u.id', 'm.user_id')
    .select(['u.id', 'u.display_name as displayName', 'm.organisation_id as organisationId'])
    .where('m.organisation_id', 'in', organisationIds)
    .where('m.role', '=', role)
    .where('u.disabled_at', 'is', null)
    .orderBy('u.display_name')
    .execute();
}

export async function insertReferral(
  tx: Db,
  r: {
    municipalityId: string;
    partnershipId: string;
    ref: string;
    givenName: string;
    familyName: string;
    birthDate: string;
    gender: 'female' | 'male' | 'other';
    disabilities: string[];
    phone: string | null;
    email: string | null;
    cprEncrypted: string | null;
    referralDate: string;
    grantedMonths: number | null;
    planSummary: string;
    package: string;
  },
) {
  const participant = await tx
    .insertInto('participants')
    .values({
      municipality_id: r.municipalityId,
      partnership_id: r.partnershipId,
      ref: r.ref,
      given_name: r.givenName,
      family_name: r.familyName,
      birth_date: r.birthDate,
      gender: r.gender,
      disabilities: r.disabilities,
      phone: r.phone,
      email: r.email,
      cpr_encrypted: r.cprEncrypted,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  // Not started: the course starts when the trial or the start-up begins, and owes nothing before.
  const course = await tx
    .insertInto('courses')
    .values({
      municipality_id: r.municipalityId,
      partnership_id: r.partnershipId,
      participant_id: participant.id,
      referral_date: r.referralDate,
      start_date: null,
      granted_months: r.grantedMonths,
      plan_summary: r.planSummary,
      package: r.package,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return { participantId: participant.id, courseId: course.id };
}

export async function insertTeam(
  tx: Db,
  courseId: string,
  municipalityId: string,
  members: Array<{ userId: string; organisationId: string; role: 'caseworker' | 'youthCoordinator' }>,
) {
  await tx
    .insertInto('course_team')
    .values(
      members.map((m) => ({
        course_id: courseId,
        municipality_id: municipalityId,
        user_id: m.userId,
        organisation_id: m.organisationId,
        role: m.role,
      })),
    )
    .execute();
}

export async function insertJobCentreConsent(
  tx: Db,
  c: {
    participantId: string;
    municipalityId: string;
    givenOn: string;
    categories: string[];
    recordedBy: string;
  },
) {
  const row = await tx
    .insertInto('consents')
    .values({
      participant_id: c.participantId,
      municipality_id: c.municipalityId,
      purpose: 'shareWithMunicipality',
      recipient_organisation_id: null,
      given_on: c.givenOn,
      categories: c.categories,
      recorded_by: c.recordedBy,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}
