import type { Updateable } from 'kysely';
import type { CourseScope } from '../auth/course-scope.ts';
import { badRequest, notFound } from '../platform/errors.ts';
import type { NetworkMembersTable } from '../platform/schema.ts';
import { type Expected, StaleVersion } from '../platform/versions.ts';
import { type MemberRow, networkQueries } from './queries.ts';
import { isHealthRelation } from './relations.ts';
import type { MemberPatch, MemberView, NewMember } from './schemas.ts';

function viewMember(row: MemberRow): MemberView {
  return {
    id: row.id,
    name: row.name,
    relation: row.relation,
    sphere: row.sphere,
    phone: row.phone,
    email: row.email,
    courseRole: row.course_role,
    closeness: row.closeness,
    version: row.version,
  };
}

/** Health-care people only with the health class (a company never has it). */
const mayRead = (scope: CourseScope, member: { relation?: unknown }) =>
  scope.grant.classes.has(isHealthRelation(member) ? 'health' : 'network');

function mayWrite(scope: CourseScope, member: { relation?: unknown }) {
  if (!mayRead(scope, member))
    throw badRequest('body.relation: you may not write health-care people on this course', 'body.relation');
}

/** 412 with the person as they are now, as this reader may see them (nothing when removed). */
async function stale(scope: CourseScope, memberId: string) {
  const now = await scope.queries(networkQueries).find(memberId);
  if (!now) return new StaleVersion(null, null);
  return new StaleVersion(
    now.version,
    scope.present('networkMemberSaved', { member: viewMember(now) }).member,
  );
}

async function findReadable(scope: CourseScope, memberId: string) {
  const row = await scope.queries(networkQueries).find(memberId);
  if (!row || !mayRead(scope, row)) throw notFound('network member');
  return row;
}

/** The young person's network as far as the reader may see it (DOMAIN.md "Network map"). */
export async function listNetwork(scope: CourseScope) {
  const rows = await scope.queries(networkQueries).list();
  const { members } = scope.present('networkList', { members: rows.map(viewMember) });
  await scope.audit('network.read', {
    objectType: 'course',
    objectId: scope.grant.courseId,
    detail: { count: members.length },
  });
  return { members };
}

export async function addMember(scope: CourseScope, input: NewMember): Promise<MemberView> {
  mayWrite(scope, input);
  const row = await scope.queries(networkQueries).insert({
    name: input.name,
    relation: input.relation,
    sphere: input.sphere,
    phone: input.phone ?? '',
    email: input.email ?? '',
    course_role: input.courseRole ?? '',
    closeness: input.closeness,
    created_by: scope.actor.userId,
  });
  await scope.audit('network.create', { objectType: 'networkMember', objectId: row.id });
  return viewMember(row);
}

export async function changeMember(
  scope: CourseScope,
  memberId: string,
  patch: MemberPatch,
  expected: Expected,
): Promise<MemberView> {
  await findReadable(scope, memberId);
  if (patch.relation !== undefined) mayWrite(scope, patch);
  const changes: Updateable<NetworkMembersTable> = {};
  if (patch.name !== undefined) changes.name = patch.name;
  if (patch.relation !== undefined) changes.relation = patch.relation;
  if (patch.sphere !== undefined) changes.sphere = patch.sphere;
  if (patch.phone !== undefined) changes.phone = patch.phone;
  if (patch.email !== undefined) changes.email = patch.email;
  if (patch.courseRole !== undefined) changes.course_role = patch.courseRole;
  if (patch.closeness !== undefined) changes.closeness = patch.closeness;
  const row = await scope.queries(networkQueries).update(memberId, changes, expected);
  if (!row) throw await stale(scope, memberId);
  await scope.audit('network.update', {
    objectType: 'networkMember',
    objectId: memberId,
    detail: { version: row.version, fields: Object.keys(changes) },
  });
  return viewMember(row);
}

/** Takes a person off the map; the row stays (with who removed them and when), never deleted. */
export async function removeMember(scope: CourseScope, memberId: string, expected: Expected) {
  await findReadable(scope, memberId);
  const row = await scope
    .queries(networkQueries)
    .update(memberId, { removed_at: new Date(), removed_by: scope.actor.userId }, expected);
  if (!row) throw await stale(scope, memberId);
  await scope.audit('network.remove', { objectType: 'networkMember', objectId: memberId });
}
