import { randomUUID } from 'node:crypto';
import { audit } from '../audit/audit.ts';
import type { Actor } from '../auth/actor.ts';
import type { Scope } from '../auth/scope.ts';
import { municipalityCategories } from '../consents/categories.ts';
import { type CprCipher, normaliseCpr } from '../participants/cpr.ts';
import { findPartnership, type PartnershipSummary, partnershipsOf } from '../partnerships/queries.ts';
import { today } from '../platform/dates.ts';
import { badRequest, notFound } from '../platform/errors.ts';
import { stepQueries } from './queries.ts';
import { insertJobCentreConsent, insertReferral, insertTeam, membersWithRole } from './referral-queries.ts';
import type { NewReferral, ReferralOptions } from './schemas.ts';

/** Who refers (DOMAIN.md "The course workflow"): the municipality's caseworker or the institution's coordinator. */
const referringRoles: ReadonlySet<string> = new Set(['caseworker', 'youthCoordinator']);

/** The organisations in which the actor may refer a young person. */
const referringOrganisations = (actor: Actor) => [
  ...new Set(actor.memberships.filter((m) => referringRoles.has(m.role)).map((m) => m.organisationId)),
];

export function mayRefer(actor: Actor, p: Pick<PartnershipSummary, 'municipalityId' | 'institutionId'>) {
  const mine = referringOrganisations(actor);
  return mine.includes(p.municipalityId) || mine.includes(p.institutionId);
}

/** The partnerships the actor may refer to, each with the caseworkers and coordinators to choose from. */
export async function referralOptions(scope: Scope): Promise<ReferralOptions> {
  const partnerships = await partnershipsOf(scope.tx, referringOrganisations(scope.actor));
  const caseworkers = await membersWithRole(
    scope.tx,
    partnerships.map((p) => p.municipalityId),
    'caseworker',
  );
  const coordinators = await membersWithRole(
    scope.tx,
    partnerships.map((p) => p.institutionId),
    'youthCoordinator',
  );
  const people = (list: typeof caseworkers, organisationId: string) =>
    list
      .filter((m) => m.organisationId === organisationId)
      .map(({ id, displayName }) => ({ id, displayName }));
  return {
    partnerships: partnerships.map((p) => ({
      id: p.id,
      name: p.name,
      municipality: p.municipality,
      institution: p.institution,
      caseworkers: people(caseworkers, p.municipalityId),
      coordinators: people(coordinators, p.institutionId),
    })),
  };
}

/**
 * A referral: the young person, their course (not started yet), its team and its referral step,
 * in one transaction: all of it, or nothing with the field that was wrong.
 */
export async function createReferral(scope: Scope, cpr: CprCipher, input: NewReferral) {
  const partnership = await findPartnership(scope.tx, input.partnershipId);
  // To anyone who may not refer to it, the partnership does not exist.
  if (!partnership || !mayRefer(scope.actor, partnership)) throw notFound('partnership');
  const [caseworker] = (await membersWithRole(scope.tx, [partnership.municipalityId], 'caseworker')).filter(
    (m) => m.id === input.caseworkerId,
  );
  if (!caseworker)
    throw badRequest(
      "body.caseworkerId: not a caseworker of the partnership's municipality",
      'body.caseworkerId',
    );
  const [coordinator] = (
    await membersWithRole(scope.tx, [partnership.institutionId], 'youthCoordinator')
  ).filter((m) => m.id === input.coordinatorId);
  if (!coordinator)
    throw badRequest(
      "body.coordinatorId: not a youth coordinator of the partnership's institution",
      'body.coordinatorId',
    );
  const p = input.participant;
  if (p.birthDate >= input.referralDate)
    throw badRequest(
      'body.participant.birthDate: must be before the referral date',
      'body.participant.birthDate',
    );
  const cprNumber = p.cpr ? normaliseCpr(p.cpr, 'body.participant.cpr') : null;

  const { participantId, courseId } = await insertReferral(scope.tx, {
    municipalityId: partnership.municipalityId,
    partnershipId: partnership.id,
    // The partnership's reference for the young person (imports use their own).
    ref: `H-${randomUUID().slice(0, 8)}`,
    givenName: p.givenName,
    familyName: p.familyName,
    birthDate: p.birthDate,
    gender: p.gender,
    disabilities: [...new Set(p.disabilities)],
    phone: p.phone || null,
    email: p.email || null,
    cprEncrypted: cprNumber ? cpr.encrypt(cprNumber) : null,
    referralDate: input.referralDate,
    grantedMonths: input.grantedMonths,
    planSummary: input.planSummary,
    package: input.package,
  });
  await insertTeam(scope.tx, courseId, partnership.municipalityId, [
    { userId: caseworker.id, organisationId: partnership.municipalityId, role: 'caseworker' },
    ...(coordinator.id === caseworker.id
      ? []
      : [
          {
            userId: coordinator.id,
            organisationId: partnership.institutionId,
            role: 'youthCoordinator' as const,
          },
        ]),
  ]);
  const q = stepQueries(scope.tx, {
    courseId,
    participantId,
    municipalityId: partnership.municipalityId,
    partnershipId: partnership.id,
  });
  const details = {
    planSummary: input.planSummary,
    grantedMonths: input.grantedMonths,
    package: input.package,
  };
  const step = await q.insert('referral', input.referralDate, details, scope.actor.userId);
  await q.insertVersion(step.id, step.version, input.referralDate, details, scope.actor.userId);
  // Recorded today, the day the young person's word is written down; health is asked for on its own.
  const consentId = input.consentToJobCentre
    ? await insertJobCentreConsent(scope.tx, {
        participantId,
        municipalityId: partnership.municipalityId,
        givenOn: today(),
        categories: municipalityCategories.filter((c) => c !== 'health'),
        recordedBy: scope.actor.userId,
      })
    : null;
  const entry = {
    purpose: 'courseWork' as const,
    participantId,
    courseId,
    municipalityId: partnership.municipalityId,
  };
  await audit(scope.tx, scope.actor, [
    { ...entry, action: 'referral.create', objectType: 'course', objectId: courseId },
    ...(consentId
      ? [{ ...entry, action: 'consent.give' as const, objectType: 'consent', objectId: consentId }]
      : []),
  ]);
  return { courseId };
}
