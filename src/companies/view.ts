import type { Selectable } from 'kysely';
import type { RelationalCapacityAssessmentsTable } from '../platform/schema-companies.ts';
import type { CompanyRow, ContactRow, OpeningRow } from './queries.ts';
import type { AssessmentView, CompanyView, ContactView, HistoryView, OpeningView } from './schemas.ts';

const iso = (d: Date | string) => (d instanceof Date ? d.toISOString() : d);

export const viewCompany = (c: CompanyRow): CompanyView => ({
  id: c.organisation_id,
  institutionId: c.institution_id,
  name: c.name,
  cvr: c.cvr,
  industry: c.industry,
  street: c.street,
  postcode: c.postcode,
  city: c.city,
  latitude: c.latitude,
  longitude: c.longitude,
  workFunctions: c.work_functions,
  personalRelation: c.personal_relation,
  notes: c.notes,
  newPlace: c.new_place,
  newPlaceOn: c.new_place_on,
  version: c.version,
  updatedAt: iso(c.updated_at),
});

export const viewContact = (c: ContactRow): ContactView => ({
  id: c.id,
  name: c.name,
  title: c.title,
  phone: c.phone,
  email: c.email,
  isMentor: c.is_mentor,
  userId: c.user_id,
  removedAt: c.removed_at ? iso(c.removed_at) : null,
});

export const viewAssessment = (a: Selectable<RelationalCapacityAssessmentsTable>): AssessmentView => ({
  id: a.id,
  assessedOn: a.assessed_on,
  level: a.level,
  reasons: a.reasons,
  assessedBy: a.assessed_by,
});

export const viewOpening = (o: OpeningRow): OpeningView => ({
  id: o.id,
  title: o.title,
  workFunctions: o.work_functions,
  hoursPerWeek: o.hours_per_week === null ? null : Number(o.hours_per_week),
  availableFrom: o.available_from,
  status: o.status,
  note: o.note,
  version: o.version,
});

interface Placed {
  course_id: string;
  given_name: string;
}

/**
 * A company's history: internships and hires counted per year for every reader of the network;
 * who they were (first name, course) only for the institution's own staff, and only on courses
 * they may see.
 */
export function buildHistory(
  internships: Array<Placed & { starts_on: string; ends_on: string | null }>,
  hires: Array<Placed & { type: string; on: string | null }>,
  /** The courses the reader may see; null: not the institution's staff, no list at all. */
  visible: ReadonlySet<string> | null,
): HistoryView {
  const years = new Map<number, { internships: number; hires: number }>();
  const year = (y: number) => {
    let entry = years.get(y);
    if (!entry) {
      entry = { internships: 0, hires: 0 };
      years.set(y, entry);
    }
    return entry;
  };
  for (const i of internships) year(Number(i.starts_on.slice(0, 4))).internships++;
  for (const h of hires) if (h.on) year(Number(h.on.slice(0, 4))).hires++;
  return {
    years: [...years.entries()].sort(([a], [b]) => b - a).map(([y, n]) => ({ year: y, ...n })),
    internships: visible
      ? internships
          .filter((i) => visible.has(i.course_id))
          .map((i) => ({
            courseId: i.course_id,
            firstName: i.given_name,
            startsOn: i.starts_on,
            endsOn: i.ends_on,
          }))
      : null,
    hires: visible
      ? hires
          .filter((h) => visible.has(h.course_id))
          .map((h) => ({ courseId: h.course_id, firstName: h.given_name, type: h.type, on: h.on }))
      : null,
  };
}
