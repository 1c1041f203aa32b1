import type { CourseScope } from '../auth/course-scope.ts';
import { type ConsentCategory, companyCategories } from '../consents/categories.ts';
import { type ConsentRow, consentQueries } from '../consents/queries.ts';
import type { GoalRow } from '../goals/queries.ts';
import { snapshotOf } from '../goals/snapshot.ts';
import { today } from '../platform/dates.ts';
import { type InternshipRow, internshipQueries } from './queries.ts';
import type { InternshipView } from './schemas.ts';

type CompanyCategory = (typeof companyCategories)[number];

/** The consents to share with one company that hold today. */
export function activeCompanyConsents(rows: readonly ConsentRow[], companyId: string, day = today()) {
  return rows.filter(
    (r) =>
      r.purpose === 'shareWithCompany' &&
      r.recipient_organisation_id === companyId &&
      r.withdrawn_on === null &&
      r.given_on <= day,
  );
}

/** What the company may read now: every category an active consent for it names, in the vocabulary's order. */
export function sharedWith(rows: readonly ConsentRow[], companyId: string): CompanyCategory[] {
  const named = new Set(
    activeCompanyConsents(rows, companyId).flatMap((r) => r.categories as ConsentCategory[]),
  );
  return companyCategories.filter((c) => named.has(c));
}

/**
 * The agreements as whole views (before the view policy cuts them for the reader), with the few
 * lookups they name done once for all rows.
 */
export async function viewInternships(
  scope: CourseScope,
  rows: readonly InternshipRow[],
): Promise<InternshipView[]> {
  if (rows.length === 0) return [];
  const q = scope.queries(internshipQueries);
  const unique = (xs: (string | null)[]) => [...new Set(xs.filter((x): x is string => x !== null))];
  const [companies, openings, contacts, goals, participant, coordinator, consents] = await Promise.all([
    q.companyNames(unique(rows.map((r) => r.company_id))),
    q.openings(unique(rows.map((r) => r.opening_id))),
    q.contacts(unique(rows.map((r) => r.mentor_contact_id))),
    q.goals(),
    q.participant(),
    q.coordinator(),
    scope.queries(consentQueries).list(),
  ]);
  const byId = <T extends { id: string }>(xs: readonly T[]) => new Map(xs.map((x) => [x.id, x]));
  const companyOf = byId(companies);
  const openingOf = byId(openings);
  const contactOf = byId(contacts);
  return rows.map((row) => {
    const contact = row.mentor_contact_id ? contactOf.get(row.mentor_contact_id) : undefined;
    const opening = row.opening_id ? openingOf.get(row.opening_id) : undefined;
    return {
      id: row.id,
      company: { id: row.company_id, name: companyOf.get(row.company_id)?.name ?? '' },
      opening: opening ? { id: opening.id, title: opening.title } : null,
      mentor: contact
        ? { contactId: contact.id, name: contact.name, phone: contact.phone, userId: row.mentor_user_id }
        : null,
      participant: {
        name: `${participant.given_name} ${participant.family_name}`,
        phone: participant.phone ?? '',
      },
      coordinator: coordinator ? { name: coordinator.display_name, phone: coordinator.phone ?? '' } : null,
      startsOn: row.starts_on,
      endsOn: row.ends_on,
      endReason: row.end_reason,
      purpose: row.purpose,
      workFunctions: row.work_functions,
      workTasks: row.work_tasks,
      colleagues: row.colleagues,
      place: row.place,
      hoursPerWeek: row.hours_per_week === null ? null : Number(row.hours_per_week),
      schedule: row.schedule,
      supportNeed: row.support_need,
      // A reader without the goals class gets no goals list at all, not an empty one (the view
      // policy would leave every row out anyway, and a health goal out for a company always).
      ...(scope.grant.classes.has('goals') ? { goals: chosenGoals(goals, row.goal_ids) } : {}),
      followUpPlan: row.follow_up_plan,
      dailyContact: row.daily_contact,
      companyMayRead: sharedWith(consents, row.company_id),
      version: row.version,
      updatedAt: new Date(row.updated_at).toISOString(),
    };
  });
}

/** A goal as the goals module shows it (its snapshot: title, status, area, track, circle). */
function goalOf(row: GoalRow) {
  return {
    id: row.id,
    ...snapshotOf(row),
    version: row.version,
    createdAt: new Date(row.created_at).toISOString(),
    updatedAt: new Date(row.updated_at).toISOString(),
  };
}

/**
 * The chosen goals in the course's order, each chosen sub-goal under its chosen goal; a sub-goal
 * whose goal was not chosen stands on its own (the goal it belongs to is not shown unasked).
 */
export function chosenGoals(all: readonly GoalRow[], ids: readonly string[]) {
  const chosen = new Set(ids);
  const picked = all.filter((g) => chosen.has(g.id));
  const tops = new Set(picked.filter((g) => g.parent_goal_id === null).map((g) => g.id));
  return picked
    .filter((g) => g.parent_goal_id === null || !tops.has(g.parent_goal_id))
    .map((g) => ({
      ...goalOf(g),
      subGoals: picked.filter((s) => g.parent_goal_id === null && s.parent_goal_id === g.id).map(goalOf),
    }));
}

export async function viewInternship(scope: CourseScope, row: InternshipRow): Promise<InternshipView> {
  const [view] = await viewInternships(scope, [row]);
  if (!view) throw new Error('an internship without its view');
  return view;
}
