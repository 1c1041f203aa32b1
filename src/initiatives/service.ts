import { audit } from '../audit/audit.ts';
import type { Scope } from '../auth/scope.ts';
import { type IsoDate, today } from '../platform/dates.ts';
import { badRequest, notFound } from '../platform/errors.ts';
import { type Expected, StaleVersion } from '../platform/versions.ts';
import { type InitiativeAccess, initiativeAccess } from './access.ts';
import { followUpState } from './follow-up.ts';
import { type InitiativeContent, type InitiativeRow, initiativeQueries } from './queries.ts';
import type {
  InitiativeChoices,
  InitiativeInput,
  InitiativeList,
  InitiativeSummary,
  InitiativeView,
  NewInitiative,
} from './schemas.ts';

const isoDay = (value: unknown): IsoDate | null =>
  value === null || value === undefined
    ? null
    : value instanceof Date
      ? value.toISOString().slice(0, 10)
      : String(value).slice(0, 10);

const personOf = (id: string | null, name: string | null) => (id && name ? { id, displayName: name } : null);

function summaryOf(row: InitiativeRow, asOf: IsoDate): InitiativeSummary {
  const followUpOn = isoDay(row.follow_up_on);
  return {
    id: row.id,
    municipalityId: row.municipality_id,
    municipality: row.municipality,
    area: row.area,
    theme: row.theme,
    effortGoal: row.effort_goal,
    responsible: row.responsible,
    responsibleUser: personOf(row.responsible_user_id, row.responsible_name),
    followUpOn,
    ...followUpState(followUpOn, row.status, asOf),
    partnership: personOfPartnership(row),
    status: row.status,
    version: row.version,
  };
}

const personOfPartnership = (row: InitiativeRow) =>
  row.partnership_id && row.partnership_name ? { id: row.partnership_id, name: row.partnership_name } : null;

function viewOf(row: InitiativeRow, access: InitiativeAccess, asOf: IsoDate): InitiativeView {
  return {
    ...summaryOf(row, asOf),
    currentEffort: row.current_effort,
    worksWell: row.works_well,
    doesNotWork: row.does_not_work,
    inspiration: row.inspiration,
    newIdeas: row.new_ideas,
    contribution: row.contribution,
    baseline: row.baseline,
    followUp: row.follow_up,
    targetGroup: row.target_group,
    targetCount: row.target_count,
    content: row.content,
    organisation: row.organisation,
    actors: row.actors,
    plan: row.plan.map((s) => ({ text: s.text, due: s.due })),
    totalCost: row.total_cost,
    financing: row.financing,
    investmentNeed: row.investment_need,
    mayEdit: access.writes.includes(row.municipality_id),
    createdAt: new Date(row.created_at).toISOString(),
    updatedAt: new Date(row.updated_at).toISOString(),
    updatedBy: personOf(row.updated_by, row.updated_by_name),
  };
}

/** Who may read anything at all: to anyone else the portfolio does not exist. */
async function readerAccess(scope: Scope) {
  const access = await initiativeAccess(scope.tx, scope.actor);
  if (access.reads.length === 0) throw notFound('initiatives');
  return access;
}

async function choicesFor(scope: Scope, access: InitiativeAccess, municipalityIds: readonly string[]) {
  const q = initiativeQueries(scope.tx);
  const writable = municipalityIds.filter((id) => access.writes.includes(id));
  const [names, partnerships, staff] = await Promise.all([
    q.municipalities(municipalityIds),
    q.partnershipsOf(writable),
    q.writersOf(writable),
  ]);
  return names.map(
    (m): InitiativeChoices => ({
      municipalityId: m.id,
      municipality: m.name,
      mayWrite: writable.includes(m.id),
      partnerships: partnerships
        .filter((p) => p.municipality_id === m.id)
        .map((p) => ({ id: p.id, name: p.name })),
      staff: staff
        .filter((s) => s.organisation_id === m.id)
        .map((s) => ({ id: s.id, displayName: s.display_name })),
    }),
  );
}

/** The portfolios the actor reads (or one of them), with the follow-up state as of today. */
export async function listInitiatives(
  scope: Scope,
  filter: { municipalityId?: string | undefined },
): Promise<InitiativeList> {
  const access = await readerAccess(scope);
  if (filter.municipalityId !== undefined && !access.reads.includes(filter.municipalityId))
    throw notFound('municipality');
  const ids = filter.municipalityId !== undefined ? [filter.municipalityId] : access.reads;
  const asOf = today();
  const rows = await initiativeQueries(scope.tx).list(ids);
  return {
    asOf,
    municipalities: await choicesFor(scope, access, ids),
    initiatives: rows.map((r) => summaryOf(r, asOf)),
  };
}

async function readable(scope: Scope, access: InitiativeAccess, id: string) {
  const row = await initiativeQueries(scope.tx).find(id);
  if (!row || !access.reads.includes(row.municipality_id)) throw notFound('initiative');
  return row;
}

export async function getInitiative(scope: Scope, id: string) {
  const access = await readerAccess(scope);
  const row = await readable(scope, access, id);
  const [choices] = await choicesFor(scope, access, [row.municipality_id]);
  if (!choices) throw notFound('initiative');
  return { initiative: viewOf(row, access, today()), choices };
}

/** The partnership must be one of the municipality's, the responsible one of its leaders or caseworkers. */
async function contentOf(
  scope: Scope,
  municipalityId: string,
  input: InitiativeInput,
): Promise<InitiativeContent> {
  const q = initiativeQueries(scope.tx);
  if (input.partnershipId !== null) {
    const own = await q.partnershipsOf([municipalityId]);
    if (!own.some((p) => p.id === input.partnershipId))
      throw badRequest('body.partnershipId: not a partnership of this municipality', 'body.partnershipId');
  }
  if (input.responsibleUserId !== null) {
    const staff = await q.writersOf([municipalityId]);
    if (!staff.some((s) => s.id === input.responsibleUserId))
      throw badRequest(
        'body.responsibleUserId: not a leader or caseworker of this municipality',
        'body.responsibleUserId',
      );
  }
  return {
    area: input.area,
    theme: input.theme,
    current_effort: input.currentEffort,
    works_well: input.worksWell,
    does_not_work: input.doesNotWork,
    inspiration: input.inspiration,
    new_ideas: input.newIdeas,
    contribution: input.contribution,
    effort_goal: input.effortGoal,
    baseline: input.baseline,
    follow_up_on: input.followUpOn,
    follow_up: input.followUp,
    target_group: input.targetGroup,
    target_count: input.targetCount,
    content: input.content,
    organisation: input.organisation,
    responsible: input.responsible,
    responsible_user_id: input.responsibleUserId,
    actors: input.actors,
    plan: JSON.stringify(input.plan),
    total_cost: input.totalCost,
    financing: input.financing,
    investment_need: input.investmentNeed,
    partnership_id: input.partnershipId,
    status: input.status,
  };
}

const auditWrite = (
  scope: Scope,
  action: 'initiatives.create' | 'initiatives.update',
  row: { id: string; municipality_id: string; version: number },
) =>
  audit(scope.tx, scope.actor, {
    action,
    purpose: 'administration',
    municipalityId: row.municipality_id,
    objectType: 'initiative',
    objectId: row.id,
    detail: { version: row.version },
  });

export async function createInitiative(scope: Scope, input: NewInitiative) {
  const access = await readerAccess(scope);
  if (access.writes.length === 0) throw notFound('municipality');
  const { municipalityId: asked, ...content } = input;
  let municipalityId = asked;
  if (municipalityId === undefined) {
    if (access.writes.length !== 1)
      throw badRequest('body.municipalityId: name the municipality', 'body.municipalityId');
    municipalityId = access.writes[0] as string;
  }
  // Reading without writing is a refusal like any other; not reading at all hides the municipality.
  if (!access.writes.includes(municipalityId)) throw notFound('municipality');
  const q = initiativeQueries(scope.tx);
  const id = await q.insert(
    municipalityId,
    await contentOf(scope, municipalityId, content),
    scope.actor.userId,
  );
  const row = (await q.find(id)) as InitiativeRow;
  await auditWrite(scope, 'initiatives.create', row);
  return viewOf(row, access, today());
}

export async function changeInitiative(scope: Scope, id: string, input: InitiativeInput, expected: Expected) {
  const access = await readerAccess(scope);
  const current = await readable(scope, access, id);
  if (!access.writes.includes(current.municipality_id)) throw notFound('initiative');
  const q = initiativeQueries(scope.tx);
  const content = await contentOf(scope, current.municipality_id, input);
  const changed = await q.update(id, content, expected, scope.actor.userId);
  if (!changed) throw new StaleVersion(current.version, { initiative: viewOf(current, access, today()) });
  const row = (await q.find(id)) as InitiativeRow;
  await auditWrite(scope, 'initiatives.update', row);
  return viewOf(row, access, today());
}
