import { audit } from '../audit/audit.ts';
import type { Scope } from '../auth/scope.ts';
import { listPartnerships } from '../partnerships/queries.ts';
import { badRequest, notFound } from '../platform/errors.ts';
import { createUserIn, type OrganisationRole } from './create-user.ts';
import {
  addMembership,
  insertOrganisation,
  insertPartnership,
  listOrganisations,
  listUsers,
  type OrganisationKind,
  organisationKind,
  removeMembership,
  userExists,
} from './queries.ts';

const administration = (
  action:
    | 'admin.read'
    | 'admin.organisation.create'
    | 'admin.membership.add'
    | 'admin.membership.remove'
    | 'admin.partnership.create',
  objectType: string,
  objectId: string | null,
  detail?: Record<string, unknown>,
) => ({
  action,
  purpose: 'administration' as const,
  objectType,
  objectId,
  ...(detail ? { detail } : {}),
});

/** Everything an administrator manages, on one page. Reading who works where is audited. */
export async function adminOverview(scope: Scope) {
  const [organisations, users, partnerships] = await Promise.all([
    listOrganisations(scope.tx),
    listUsers(scope.tx),
    listPartnerships(scope.tx),
  ]);
  await audit(
    scope.tx,
    scope.actor,
    administration('admin.read', 'installation', null, { users: users.length }),
  );
  return {
    organisations,
    users,
    partnerships: partnerships.map((p) => ({
      id: p.id,
      name: p.name,
      municipality: p.municipality,
      institution: p.institution,
    })),
  };
}

export async function createOrganisation(scope: Scope, input: { kind: OrganisationKind; name: string }) {
  const organisation = await insertOrganisation(scope.tx, input.kind, input.name);
  await audit(
    scope.tx,
    scope.actor,
    administration('admin.organisation.create', 'organisation', organisation.id, { kind: input.kind }),
  );
  return { organisation };
}

export async function createUser(
  scope: Scope,
  input: { username: string; displayName: string; organisationId: string; role: OrganisationRole },
) {
  if (!(await organisationKind(scope.tx, input.organisationId)))
    throw badRequest('body.organisationId: no such organisation', 'body.organisationId');
  const created = await createUserIn(scope.tx, scope.actor, input);
  return { user: { id: created.userId, username: created.username }, password: created.password };
}

export async function changeMembership(
  scope: Scope,
  userId: string,
  input: { organisationId: string; role: OrganisationRole },
  change: 'add' | 'remove',
) {
  if (!(await userExists(scope.tx, userId))) throw notFound('user');
  // An administrator cannot lock themselves out; another administrator can take the role.
  if (change === 'remove' && userId === scope.actor.userId && input.role === 'administrator')
    throw badRequest('body.role: you cannot take your own administrator role', 'body.role');
  if (!(await organisationKind(scope.tx, input.organisationId)))
    throw badRequest('body.organisationId: no such organisation', 'body.organisationId');
  if (change === 'add') await addMembership(scope.tx, userId, input.organisationId, input.role);
  else if (!(await removeMembership(scope.tx, userId, input.organisationId, input.role)))
    throw notFound('membership');
  await audit(
    scope.tx,
    scope.actor,
    administration(change === 'add' ? 'admin.membership.add' : 'admin.membership.remove', 'user', userId, {
      organisationId: input.organisationId,
      role: input.role,
    }),
  );
}

export async function createPartnership(
  scope: Scope,
  input: { name: string; municipalityId: string; institutionId: string },
) {
  if ((await organisationKind(scope.tx, input.municipalityId)) !== 'municipality')
    throw badRequest('body.municipalityId: not a municipality', 'body.municipalityId');
  if ((await organisationKind(scope.tx, input.institutionId)) !== 'institution')
    throw badRequest('body.institutionId: not an institution', 'body.institutionId');
  const partnership = await insertPartnership(scope.tx, input);
  await audit(
    scope.tx,
    scope.actor,
    administration('admin.partnership.create', 'partnership', partnership.id),
  );
  return { partnership };
}
