import { categoriesFor } from '../../src/consents/categories.ts';
import {
  addTeamMember,
  createCompanyProfile,
  createOrganisation,
  createParticipantWithCourse,
  createPartnership,
  createUser,
  giveConsent,
} from '../../src/demo/builders.ts';
import type { CprCipher } from '../../src/participants/cpr.ts';
import type { Db } from '../../src/platform/db.ts';

export const PASSWORD = 'test-password';

/** Every kind of principal the authorization matrix asks about. */
export const principals = [
  'coordinator',
  'caseworker',
  'workshopMentor',
  'jobConsultant',
  'companyMentor',
  'participant',
  'leader',
  'otherCaseworker',
  'withdrawnMentor',
  'administrator',
] as const;
export type Principal = (typeof principals)[number];

export type World = Awaited<ReturnType<typeof buildWorld>>;

/**
 * Two municipalities and their partnerships. Course A has a full team; company 2's consent was
 * withdrawn; the other municipality's caseworker is on course B only.
 */
export async function buildWorld(db: Db, cpr?: CprCipher) {
  const municipality = await createOrganisation(db, 'municipality', 'Testby Kommune');
  const institution = await createOrganisation(db, 'institution', 'Testby Erhvervsskole');
  const company = await createOrganisation(db, 'company', 'Testby Tømrer ApS');
  const company2 = await createOrganisation(db, 'company', 'Testby Kantine A/S');
  const otherMunicipality = await createOrganisation(db, 'municipality', 'Andenby Kommune');
  const otherInstitution = await createOrganisation(db, 'institution', 'Andenby Skole');
  const operator = await createOrganisation(db, 'other', 'Testby IT-drift');
  // The institution's company network (both companies), and one company in the other network.
  await createCompanyProfile(db, {
    organisationId: company,
    institutionId: institution,
    industry: 'crafts',
    cvr: '10150817',
    street: 'Savværksvej 3',
    postcode: '7100',
    city: 'Testby',
    latitude: 55.71,
    longitude: 9.53,
    workFunctions: ['carpentry', 'construction'],
  });
  await createCompanyProfile(db, {
    organisationId: company2,
    institutionId: institution,
    industry: 'food',
    latitude: 55.7,
    longitude: 9.5,
    workFunctions: ['kitchen', 'cleaning'],
  });
  const otherCompany = await createCompanyProfile(db, {
    organisationId: await createOrganisation(db, 'company', 'Andenby Bageri'),
    institutionId: otherInstitution,
    industry: 'food',
    workFunctions: ['kitchen'],
  });
  const partnership = await createPartnership(db, {
    municipalityId: municipality,
    institutionId: institution,
    name: 'Testby',
    targetAdmitted: 40,
    targetCloserShare: 0.87,
  });
  const otherPartnership = await createPartnership(db, {
    municipalityId: otherMunicipality,
    institutionId: otherInstitution,
    name: 'Andenby',
  });
  const user = (username: string, organisationId: string, role: string) =>
    createUser(db, { username, displayName: username, password: PASSWORD, organisationId, role });
  const users: Record<Principal, string> = {
    coordinator: await user('coordinator', institution, 'youthCoordinator'),
    caseworker: await user('caseworker', municipality, 'caseworker'),
    workshopMentor: await user('workshopmentor', institution, 'workshopMentor'),
    jobConsultant: await user('jobconsultant', institution, 'jobConsultant'),
    companyMentor: await user('companymentor', company, 'companyMentor'),
    participant: await user('participant', institution, 'participant'),
    leader: await user('leader', institution, 'leader'),
    otherCaseworker: await user('othercaseworker', otherMunicipality, 'caseworker'),
    withdrawnMentor: await user('withdrawnmentor', company2, 'companyMentor'),
    administrator: await user('administrator', operator, 'administrator'),
  };
  const a = await createParticipantWithCourse(
    db,
    {
      partnershipId: partnership,
      municipalityId: municipality,
      ref: 'A1',
      givenName: 'Sara',
      familyName: 'Holm',
      birthDate: '2001-04-10',
      gender: 'female',
      disabilities: ['cognitive', 'psychological'],
      acquiredStrains: ['anxiety'],
      supportNeeds: 'Needs a fixed plan for the day',
      cpr: '100401-1234',
      userId: users.participant,
      startDate: '2025-01-06',
      grantedMonths: 36,
    },
    cpr,
  );
  const team: Array<[Principal, string, Parameters<typeof addTeamMember>[1]['role']]> = [
    ['coordinator', institution, 'youthCoordinator'],
    ['caseworker', municipality, 'caseworker'],
    ['workshopMentor', institution, 'workshopMentor'],
    ['jobConsultant', institution, 'jobConsultant'],
    ['companyMentor', company, 'companyMentor'],
    ['participant', institution, 'participant'],
    ['withdrawnMentor', company2, 'companyMentor'],
  ];
  for (const [who, organisationId, role] of team) {
    await addTeamMember(db, {
      courseId: a.courseId,
      municipalityId: municipality,
      userId: users[who],
      organisationId,
      role,
    });
  }
  const consent = (
    purpose: 'shareWithMunicipality' | 'shareWithCompany' | 'statistics',
    recipient?: string,
    withdrawnOn?: string,
  ) =>
    giveConsent(db, {
      participantId: a.participantId,
      municipalityId: municipality,
      purpose,
      recipientOrganisationId: recipient ?? null,
      givenOn: '2025-01-06',
      withdrawnOn: withdrawnOn ?? null,
      // Everything each purpose can share: tests that share less say so.
      categories: categoriesFor[purpose],
    });
  const consents = {
    municipality: await consent('shareWithMunicipality'),
    company: await consent('shareWithCompany', company),
    company2: await consent('shareWithCompany', company2, '2025-06-01'),
    statistics: await consent('statistics'),
  };
  const b = await createParticipantWithCourse(db, {
    partnershipId: otherPartnership,
    municipalityId: otherMunicipality,
    ref: 'B1',
    givenName: 'Bo',
    familyName: 'Berg',
    birthDate: '2000-02-29',
    gender: 'male',
    startDate: '2025-03-03',
    grantedMonths: null,
  });
  await addTeamMember(db, {
    courseId: b.courseId,
    municipalityId: otherMunicipality,
    userId: users.otherCaseworker,
    organisationId: otherMunicipality,
    role: 'caseworker',
  });
  await giveConsent(db, {
    participantId: b.participantId,
    municipalityId: otherMunicipality,
    purpose: 'shareWithMunicipality',
    givenOn: '2025-03-03',
  });
  return {
    organisations: {
      municipality,
      institution,
      company,
      company2,
      otherMunicipality,
      otherInstitution,
      otherCompany,
    },
    partnership,
    otherPartnership,
    users,
    courseA: a,
    courseB: b,
    consents,
  };
}

export const usernameOf: Record<Principal, string> = {
  coordinator: 'coordinator',
  caseworker: 'caseworker',
  workshopMentor: 'workshopmentor',
  jobConsultant: 'jobconsultant',
  companyMentor: 'companymentor',
  participant: 'participant',
  leader: 'leader',
  otherCaseworker: 'othercaseworker',
  withdrawnMentor: 'withdrawnmentor',
  administrator: 'administrator',
};
