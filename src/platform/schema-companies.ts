import type { ColumnType, Generated } from 'kysely';
import type {
  DailyContact,
  JobType,
  Level,
  NewPlace,
  OpeningStatus,
  ScheduleDay,
} from '../companies/vocabulary.ts';

/** Kysely's view of migrations/019 (companies, internships, the job, matching). */
type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
/** numeric comes back as a number (src/platform/db.ts sets the parser). */
type Numeric = number;

export interface CompaniesTable {
  organisation_id: string;
  institution_id: string;
  cvr: string | null;
  industry: string;
  street: Generated<string>;
  postcode: Generated<string>;
  city: Generated<string>;
  latitude: number | null;
  longitude: number | null;
  work_functions: Generated<string[]>;
  personal_relation: Generated<string>;
  notes: Generated<string>;
  new_place: Generated<NewPlace>;
  new_place_on: string | null;
  version: Generated<number>;
  created_by: string | null;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface CompanyContactsTable {
  id: Generated<string>;
  company_id: string;
  name: string;
  title: Generated<string>;
  phone: Generated<string>;
  email: Generated<string>;
  is_mentor: Generated<boolean>;
  user_id: string | null;
  removed_at: Date | null;
  created_at: Timestamp;
}

export interface RelationalCapacityAssessmentsTable {
  id: Generated<string>;
  company_id: string;
  assessed_on: string;
  level: Level;
  reasons: string;
  assessed_by: string | null;
  created_at: Timestamp;
}

export interface CompanyOpeningsTable {
  id: Generated<string>;
  company_id: string;
  title: string;
  work_functions: Generated<string[]>;
  hours_per_week: Numeric | null;
  available_from: string | null;
  status: Generated<OpeningStatus>;
  note: Generated<string>;
  version: Generated<number>;
  created_by: string | null;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface WorkplacesTable {
  id: Generated<string>;
  institution_id: string;
  name: string;
  work_functions: Generated<string[]>;
  description: Generated<string>;
  active: Generated<boolean>;
  version: Generated<number>;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface WorkplaceMentorsTable {
  workplace_id: string;
  user_id: string;
}

export interface InternshipsTable {
  id: Generated<string>;
  municipality_id: string;
  course_id: string;
  company_id: string;
  opening_id: string | null;
  mentor_contact_id: string | null;
  mentor_user_id: string | null;
  starts_on: string;
  ends_on: string | null;
  purpose: string;
  work_functions: Generated<string[]>;
  work_tasks: Generated<string>;
  colleagues: Generated<string>;
  place: Generated<string>;
  hours_per_week: Numeric | null;
  schedule: ColumnType<ScheduleDay[], string | undefined, string>;
  support_need: Generated<string>;
  goal_ids: Generated<string[]>;
  follow_up_plan: Generated<string>;
  daily_contact: Generated<DailyContact>;
  end_reason: Generated<string>;
  version: Generated<number>;
  created_by: string | null;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface InternshipHandoversTable {
  id: Generated<number>;
  municipality_id: string;
  internship_id: string;
  daily_contact: DailyContact;
  effective_on: string;
  note: Generated<string>;
  recorded_by: string | null;
  recorded_at: Timestamp;
}

export interface InternshipFollowUpsTable {
  id: Generated<string>;
  municipality_id: string;
  internship_id: string;
  held_on: string;
  note: string;
  next_on: string | null;
  recorded_by: string | null;
  created_at: Timestamp;
}

export interface InternshipObservationsTable {
  id: Generated<string>;
  municipality_id: string;
  internship_id: string;
  observed_on: string;
  text: string;
  written_by: string | null;
  created_at: Timestamp;
}

export interface WorkTrialsTable {
  id: Generated<string>;
  municipality_id: string;
  course_id: string;
  from_date: string;
  to_date: string | null;
  workplace_id: string | null;
  company_id: string | null;
  work_functions: Generated<string[]>;
  what_worked: Generated<string>;
  pace_and_stamina: Generated<string>;
  support_at_work: Generated<string>;
  support_in_daily_life: Generated<string>;
  authors: Generated<string[]>;
  version: Generated<number>;
  created_by: string | null;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface WorkEfficiencyAssessmentsTable {
  id: Generated<string>;
  municipality_id: string;
  course_id: string;
  assessed_on: string;
  percent: number;
  hours_per_week: Numeric;
  company_id: string | null;
  internship_id: string | null;
  company_assessor: Generated<string>;
  note: Generated<string>;
  assessed_by: string | null;
  created_at: Timestamp;
}

export interface JobAgreementsTable {
  id: Generated<string>;
  municipality_id: string;
  course_id: string;
  type: JobType;
  company_id: string;
  work_functions: Generated<string[]>;
  hours_per_week: Numeric;
  efficiency_percent: number | null;
  support: Generated<string>;
  mentor_support: Generated<boolean>;
  mentor_support_hours: Numeric | null;
  personal_assistance: Generated<boolean>;
  compensation_note: Generated<string>;
  starts_on: string | null;
  granted_on: string | null;
  version: Generated<number>;
  created_by: string | null;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface WorkProfilesTable {
  course_id: string;
  municipality_id: string;
  work_functions: Generated<string[]>;
  industries: Generated<string[]>;
  interests: Generated<string>;
  support_level: Generated<Level>;
  home_place: Generated<string>;
  home_latitude: number | null;
  home_longitude: number | null;
  max_distance_km: number | null;
  version: Generated<number>;
  updated_by: string | null;
  updated_at: Timestamp;
}

export interface MatchDecisionsTable {
  id: Generated<string>;
  municipality_id: string;
  course_id: string;
  company_id: string;
  opening_id: string | null;
  suggested_rank: number | null;
  score: Numeric | null;
  reason: string;
  decided_by: string | null;
  decided_at: Timestamp;
}

export interface CompaniesTables {
  companies: CompaniesTable;
  company_contacts: CompanyContactsTable;
  relational_capacity_assessments: RelationalCapacityAssessmentsTable;
  company_openings: CompanyOpeningsTable;
  workplaces: WorkplacesTable;
  workplace_mentors: WorkplaceMentorsTable;
  internships: InternshipsTable;
  internship_handovers: InternshipHandoversTable;
  internship_follow_ups: InternshipFollowUpsTable;
  internship_observations: InternshipObservationsTable;
  work_trials: WorkTrialsTable;
  work_efficiency_assessments: WorkEfficiencyAssessmentsTable;
  job_agreements: JobAgreementsTable;
  work_profiles: WorkProfilesTable;
  match_decisions: MatchDecisionsTable;
}
