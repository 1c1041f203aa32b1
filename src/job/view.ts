import type { NameOf, WorkContext } from './context.ts';
import type { JobAgreementRow, WorkEfficiencyRow, WorkTrialRow } from './queries.ts';
import type { JobAgreementView, WorkEfficiencyView, WorkTrialView } from './schemas.ts';

type Fn = WorkTrialView['workFunctions'];
const iso = (t: Date | string) => new Date(t).toISOString();

export function viewWorkTrial(row: WorkTrialRow, places: WorkContext, nameOf: NameOf): WorkTrialView {
  return {
    id: row.id,
    fromDate: row.from_date,
    toDate: row.to_date,
    place: row.workplace_id
      ? { kind: 'workplace', id: row.workplace_id, name: places.workplaceName(row.workplace_id) }
      : { kind: 'company', id: row.company_id ?? '', name: places.companyName(row.company_id ?? '') },
    workFunctions: row.work_functions as Fn,
    whatWorked: row.what_worked,
    paceAndStamina: row.pace_and_stamina,
    supportAtWork: row.support_at_work,
    supportInDailyLife: row.support_in_daily_life,
    authors: row.authors.map(nameOf),
    version: row.version,
    updatedAt: iso(row.updated_at),
  };
}

export function viewWorkEfficiency(
  row: WorkEfficiencyRow,
  places: WorkContext,
  nameOf: NameOf,
): WorkEfficiencyView {
  return {
    id: row.id,
    assessedOn: row.assessed_on,
    percent: row.percent,
    hoursPerWeek: Number(row.hours_per_week),
    company: row.company_id ? { id: row.company_id, name: places.companyName(row.company_id) } : null,
    internshipId: row.internship_id,
    companyAssessor: row.company_assessor,
    note: row.note,
    assessedBy: row.assessed_by ? nameOf(row.assessed_by) : null,
    createdAt: iso(row.created_at),
  };
}

export function viewJobAgreement(row: JobAgreementRow, places: WorkContext): JobAgreementView {
  return {
    id: row.id,
    type: row.type,
    company: { id: row.company_id, name: places.companyName(row.company_id) },
    workFunctions: row.work_functions as Fn,
    hoursPerWeek: Number(row.hours_per_week),
    efficiencyPercent: row.efficiency_percent,
    support: row.support,
    compensation: {
      mentorSupport: row.mentor_support,
      mentorSupportHours: row.mentor_support_hours === null ? null : Number(row.mentor_support_hours),
      personalAssistance: row.personal_assistance,
      note: row.compensation_note,
    },
    startsOn: row.starts_on,
    grantedOn: row.granted_on,
    version: row.version,
    updatedAt: iso(row.updated_at),
  };
}
