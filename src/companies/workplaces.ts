import type { Selectable, Updateable } from 'kysely';
import { present } from '../auth/present.ts';
import type { Scope } from '../auth/scope.ts';
import { badRequest, conflict, notFound } from '../platform/errors.ts';
import type { WorkplacesTable } from '../platform/schema-companies.ts';
import { type Expected, StaleVersion } from '../platform/versions.ts';
import { networkReader } from './access.ts';
import { auditNetwork, chosenNetwork, readableNetworks } from './network.ts';
import { companyQueries } from './queries.ts';
import type { NewWorkplace, WorkplacePatch, WorkplaceView } from './schemas.ts';
import { workplaceQueries } from './workplace-queries.ts';

type Mentor = { workplace_id: string; id: string; displayName: string };

const viewWorkplace = (w: Selectable<WorkplacesTable>, mentors: Mentor[]): WorkplaceView => ({
  id: w.id,
  institutionId: w.institution_id,
  name: w.name,
  workFunctions: w.work_functions,
  description: w.description,
  active: w.active,
  mentors: mentors.filter((m) => m.workplace_id === w.id).map(({ id, displayName }) => ({ id, displayName })),
  version: w.version,
});

/** The workplace's mentors must be workshop mentors of its institution. */
async function checkMentors(scope: Scope, institutionId: string, ids: string[] | undefined) {
  if (!ids) return undefined;
  const options = await workplaceQueries(scope.tx).mentorOptions([institutionId]);
  const unique = [...new Set(ids)];
  if (!unique.every((id) => options.some((o) => o.id === id)))
    throw badRequest('body.mentorIds: not a workshop mentor of the institution', 'body.mentorIds');
  return unique;
}

/** Which workplaces and of which institutions: the networks the actor reads. */
export async function listWorkplaces(scope: Scope) {
  const access = await readableNetworks(scope);
  const q = workplaceQueries(scope.tx);
  const rows = await q.list(access.reads);
  const mentors = await q.mentorsOf(rows.map((r) => r.id));
  const networks = (await companyQueries(scope.tx).institutions(access.reads)).map((n) => ({
    ...n,
    writable: access.writes.includes(n.id),
  }));
  return {
    workplaces: rows.map((r) => viewWorkplace(r, mentors)),
    networks,
    mentorOptions: access.writes.length > 0 ? await q.mentorOptions(access.writes) : [],
  };
}

async function saved(scope: Scope, row: Selectable<WorkplacesTable>) {
  return viewWorkplace(row, await workplaceQueries(scope.tx).mentorsOf([row.id]));
}

export async function createWorkplace(scope: Scope, input: NewWorkplace) {
  const access = await readableNetworks(scope);
  const institutionId = chosenNetwork(access, input.institutionId);
  const q = workplaceQueries(scope.tx);
  if (await q.nameTaken(institutionId, input.name, null))
    throw conflict('body.name: the institution already has a workplace of this name', 'body.name');
  const mentorIds = await checkMentors(scope, institutionId, input.mentorIds);
  const row = await q.insert({
    institution_id: institutionId,
    name: input.name,
    work_functions: [...new Set(input.workFunctions ?? [])],
    description: input.description ?? '',
  });
  if (mentorIds) await q.setMentors(row.id, mentorIds);
  await auditNetwork(scope, 'workplaces.write', 'workplace', row.id, { change: 'create' });
  return saved(scope, row);
}

/** A change; deactivating (`active: false`) keeps the workplace for the history that names it. */
export async function changeWorkplace(
  scope: Scope,
  workplaceId: string,
  patch: WorkplacePatch,
  expected: Expected,
) {
  const access = await readableNetworks(scope);
  const q = workplaceQueries(scope.tx);
  const current = await q.find(workplaceId);
  if (!current || !access.writes.includes(current.institution_id)) throw notFound('workplace');
  if (patch.name !== undefined && (await q.nameTaken(current.institution_id, patch.name, workplaceId)))
    throw conflict('body.name: the institution already has a workplace of this name', 'body.name');
  const mentorIds = await checkMentors(scope, current.institution_id, patch.mentorIds);
  const changes: Updateable<WorkplacesTable> = {};
  if (patch.name !== undefined) changes.name = patch.name;
  if (patch.workFunctions !== undefined) changes.work_functions = [...new Set(patch.workFunctions)];
  if (patch.description !== undefined) changes.description = patch.description;
  if (patch.active !== undefined) changes.active = patch.active;
  const row = await q.update(workplaceId, changes, expected);
  if (!row) {
    const now = await q.find(workplaceId);
    if (!now) throw notFound('workplace');
    throw new StaleVersion(
      now.version,
      present('workplaceSaved', { workplace: await saved(scope, now) }, networkReader).workplace,
    );
  }
  if (mentorIds) await q.setMentors(workplaceId, mentorIds);
  await auditNetwork(scope, 'workplaces.write', 'workplace', workplaceId, {
    change: patch.active === false ? 'deactivate' : 'change',
    fields: [...Object.keys(changes), ...(mentorIds ? ['mentors'] : [])],
  });
  return saved(scope, row);
}
